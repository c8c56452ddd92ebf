/**
 * What a project page renders, in one language: titles, the key figures as `keyFigures`
 * writes them (the same texts as the list, the group pages and the comparison), the facts,
 * the texts marked with their language, the JSON-LD and the correction links.
 */
import { render } from "astro:content";
import { formatIsoPrecisionDate } from "../../lib/dates.ts";
import { keyFigures, type FigureText, type KeyFigures } from "../../lib/present/figures.ts";
import { langMark } from "../../lib/present/lang.ts";
import { fundLabel, nameIsOriginal, projectName, projectPageTitle } from "../../lib/present/names.ts";
import { METHODS, type MethodId, type Project } from "../../lib/derive.ts";
import { getStatusDate, type ProjectWithLinks } from "../projects.ts";
import { getTranslatedTitles } from "../titles.ts";
import { getTranslation, translationNote } from "../translations.ts";
import { getFund, indicators } from "../reference.ts";
import { REPOSITORY } from "../site.ts";
import { correctionLinks, type CorrectionLinks } from "../../lib/corrections.ts";
import { elementOf } from "../elements.ts";
import { namedOrganisation, type NamedOrganisation } from "./organisations.ts";
import { useLocalization } from "../../i18n/index.ts";
import { DEFAULT_LOCALE } from "../../i18n/locales.ts";

/** A link from a figure to a source in the page's list of sources: `1` → `#source-1`. */
export interface FigureRef {
  label: string;
  href: string;
}

/**
 * The sources that state one or more figures of a record, as the page links them after the
 * figures (`FigureRefs`): the figure keys (`start`, `results.returned`, `allowances.2`, as
 * `states` writes them) and the numbered links, in the order of the list of sources.
 */
export interface SourceRefs {
  figures: string[];
  refs: FigureRef[];
}

/** A key figure as `keyFigures` wrote it, with the sources that state it, or the method that calculated it. */
export interface KeyFigure extends FigureText {
  /** The sources of the record that state the figure; none for a calculated figure. */
  refs?: SourceRefs | undefined;
  /** How a calculated figure is calculated, and where the methodology page says so. */
  method?: MethodId | undefined;
  methodHref?: string | undefined;
}

/** A reported result in the key facts, with the planned target beside it where the record has no result. */
export interface KeyResult {
  indicator: string;
  label: string;
  figure?: KeyFigure | undefined;
  /** `Planned: 88 (a target, not a result)`, where there is a target but no result. */
  planned?: string | undefined;
  /** The sources of that target. */
  plannedRefs?: SourceRefs | undefined;
  /** The key of the label's gender (`<of>.gender`), for "not reported". */
  of: string;
}

/** The panel under the title: what a reader of a project page looks for first, every figure written by `keyFigures`. */
export interface KeyFactsView {
  start?: KeyFigure | undefined;
  end?: KeyFigure | undefined;
  /** The sources of both dates, where the same sources state both: shown once, after the end date (otherwise each date has its own). */
  datesRefs?: SourceRefs | undefined;
  /** `Status: Closed, as of 23 November 2026, the date of the data.` */
  status: string;
  /** The method of the status on the methodology page: the status is calculated from the dates. */
  statusHref: string;
  total?: KeyFigure | undefined;
  awarded?: KeyFigure | undefined;
  euAmount?: KeyFigure | undefined;
  euRate?: KeyFigure | undefined;
  /** People returned, then people supported to reintegrate: always both, "not reported" where missing. */
  results: KeyResult[];
}

export interface ProjectPageView {
  project: Project;
  figures: KeyFigures;
  keyFacts: KeyFactsView;
  /** The element id of each source in the list (`source-1`, ...), in order: the figures link to them. */
  sourceIds: string[];
  /** The sources of each reported result and each planned target, by indicator id. */
  resultRefs: Record<string, SourceRefs>;
  targetRefs: Record<string, SourceRefs>;
  /** Where the methodology page says how each calculated figure is calculated. */
  methodHrefs: Record<MethodId, string>;
  /** The rendered narrative (the translation's where there is one). */
  Content: Awaited<ReturnType<typeof render>>["Content"];
  /** The title in the page's language where there is one (document title, lists, JSON-LD). */
  title: string;
  /** The heading: the title as the source gives it, always. */
  originalTitle: string;
  /** `lang` of the heading: English titles are marked on other languages' pages; a title in another language has no rendering of its language code in the record, so it is left unmarked. */
  originalTitleLang: string | undefined;
  /** A rendering of the title in the page's language, shown under the heading where it differs. */
  titleRendering?: { text: string; lang: string } | undefined;
  /** `ACRONYM: title` for the document title, never the acronym twice. */
  pageTitle: string;
  summary: string;
  /** `lang` for the record's own texts (title, summary, narrative) when shown untranslated. */
  textLang: string | undefined;
  /** `lang` for the record's free-text facts (notes, target group, ...) when shown untranslated. */
  factLang: string | undefined;
  /** The record's free-text facts in the page's language (the translation's where there is one). */
  text: { fundDetail?: string | undefined; targetGroup?: string | undefined; resultsNote?: string | undefined; notes?: string | undefined; conflicts: string[] };
  /** The acronym line, where the title does not already hold it. */
  acronymLine?: string | undefined;
  /** How the translation was made and whether it was checked, in plain words. */
  translationLabel?: string | undefined;
  untranslated: boolean;
  breadcrumbLabel: string;
  memberState: { code: string; name: string; href: string };
  /** The managing organisation and the partners as the record names them, linked to their pages where they resolve. */
  managingEntity: NamedOrganisation;
  partners: NamedOrganisation[];
  participatingStates: string[];
  /** The coordinating member state of an EU-level record, by name ("Coordinated by"). */
  coordinator?: string | undefined;
  fund?: { label: string; href: string } | undefined;
  currencyNote?: string | undefined;
  durationText?: string | undefined;
  returnCountries: string[];
  /** Each allowance with the sources that state it (`allowances.<n>`, 1 = the first). */
  allowances: { figure: string; kind: string; amount: string; per: string; refs?: SourceRefs | undefined }[];
  /** The design elements; monitoring with its months and their sources, where a source states them. */
  elements: { id: string; label: string; href: string; monitoring?: { text: string; refs?: SourceRefs | undefined } | undefined }[];
  related: { id: string; name: string; nameLang: string | undefined; href: string; relation: string }[];
  checkedText: string;
  /** "Suggest a correction" and "Edit this record", on the project's repository (REPOSITORY in src/data/site.ts). */
  corrections: CorrectionLinks;
  jsonLd: Record<string, unknown>;
}

/** Under the heading: the page language's rendering of a title in another language (the translation's, or the record's `title_en` on English pages). */
function titleRendering(p: Project, translatedTitle: string | undefined, lang: string): { text: string; lang: string } | undefined {
  const text = lang === DEFAULT_LOCALE ? p.titleEn : translatedTitle;
  return text !== undefined && text !== p.title ? { text, lang } : undefined;
}

/** The indicators the key facts always show, in this order. */
const KEY_RESULTS = ["returned", "reintegration_assisted"] as const;

/** The element id of the n-th source (1-based) in a project page's list of sources. */
export const sourceId = (n: number) => `source-${n}`;

/**
 * The one place that decides which sources a page links after figures: the positions the
 * record's `figureSources` gives for each figure key (`src/lib/provenance.ts`), once each, in
 * list order. Undefined where no source is named (a calculated figure).
 */
export function refsOf(figureSources: Readonly<Record<string, number[]>>, ...figures: string[]): SourceRefs | undefined {
  const positions = [...new Set(figures.flatMap((key) => figureSources[key] ?? []))].sort((a, b) => a - b);
  if (positions.length === 0) return undefined;
  return { figures, refs: positions.map((n) => ({ label: String(n), href: `#${sourceId(n)}` })) };
}

const sameSources = (a: SourceRefs | undefined, b: SourceRefs | undefined) =>
  a !== undefined && b !== undefined && a.refs.map((r) => r.href).join(" ") === b.refs.map((r) => r.href).join(" ");

/** Where the methodology page says how a figure is calculated: `/methodology/#method-euAmount`, and `#method-status`. */
const methodHrefOf = (lang: string, method: MethodId | "status") => useLocalization(lang).path(`/methodology/#method-${method}`);

function keyFactsOf(p: Project, k: KeyFigures, statusLine: string, lang: string): KeyFactsView {
  const l = useLocalization(lang);
  /** A stated figure links to its sources; a calculated one to its method, never to a source. */
  const key = (figure: FigureText | undefined, sourceKey: string, method: MethodId): KeyFigure | undefined =>
    figure &&
    (figure.basis === "calculated"
      ? { ...figure, method, methodHref: methodHrefOf(lang, method) }
      : { ...figure, refs: refsOf(p.figureSources, sourceKey) });
  const start = k.start && { ...k.start, refs: refsOf(p.figureSources, "start") };
  const end = k.end && { ...k.end, refs: refsOf(p.figureSources, "end") };
  return {
    start,
    end,
    datesRefs: sameSources(start?.refs, end?.refs) ? refsOf(p.figureSources, "start", "end") : undefined,
    status: statusLine,
    statusHref: methodHrefOf(lang, "status"),
    total: k.total && { ...k.total, refs: refsOf(p.figureSources, "budget.total") },
    awarded: k.awarded && { ...k.awarded, refs: refsOf(p.figureSources, "budget.awarded") },
    euAmount: key(k.euAmount, "budget.eu_amount", METHODS.euAmount),
    euRate: key(k.euRate, "budget.eu_share_pct", METHODS.euSharePct),
    results: KEY_RESULTS.map((indicator) => {
      const label = l.text(indicators.find((i) => i.id === indicator)!.label);
      const result = k.results[indicator];
      const target = k.targets[indicator];
      return {
        indicator,
        label,
        figure: result && { ...result, refs: refsOf(p.figureSources, `results.${indicator}`) },
        planned: !result && target ? l.t("project.plannedInstead", { count: target.text }) : undefined,
        plannedRefs: !result && target ? refsOf(p.figureSources, `targets.${indicator}`) : undefined,
        of: `indicator.${indicator}`,
      };
    }),
  };
}

/** The sources of each count of a list (`results.<indicator>` or `targets.<indicator>`), by indicator. */
function refsByIndicator(figureSources: Readonly<Record<string, number[]>>, list: "results" | "targets", entries: readonly { indicator: string }[]) {
  return Object.fromEntries(
    entries.flatMap(({ indicator }) => {
      const refs = refsOf(figureSources, `${list}.${indicator}`);
      return refs ? [[indicator, refs]] : [];
    }),
  ) as Record<string, SourceRefs>;
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Each project's view, by language and site: the page and the search index's document are made from the same one, computed once. */
const views = new WeakMap<ProjectWithLinks, Map<string, Promise<ProjectPageView>>>();

export function getProjectPageView(item: ProjectWithLinks, lang: string, site: URL | undefined): Promise<ProjectPageView> {
  let byLang = views.get(item);
  if (!byLang) views.set(item, (byLang = new Map()));
  const key = `${lang} ${site?.href ?? ""}`;
  let view = byLang.get(key);
  if (!view) byLang.set(key, (view = projectPageView(item, lang, site)));
  return view;
}

async function projectPageView(item: ProjectWithLinks, lang: string, site: URL | undefined): Promise<ProjectPageView> {
  const { project: p, entry, links, published } = item;
  const l = useLocalization(lang);
  const translation = await getTranslation(lang, p.id);
  const { Content } = await render(translation ?? entry);
  const figures = keyFigures(published, l.format);
  const translatedTitles = await getTranslatedTitles(lang);
  const recordLang = langMark(lang);
  const title = translation?.data.title ?? p.title;
  const tf = translation?.data.fields;
  const summary = translation?.data.summary ?? p.summary;
  const fund = getFund(p.fund);
  const b = p.budget;
  const pageUrl = new URL(l.path(`/projects/${p.id}/`), site).href;
  const asOf = await getStatusDate();
  const asOfDay = l.date({ year: asOf.getUTCFullYear(), month: asOf.getUTCMonth() + 1, day: asOf.getUTCDate(), precision: "day" });
  const statusText = l.t(`status.${p.status}`);
  const months = figures.durationMonths;
  const days = figures.durationDays;
  return {
    project: p,
    figures,
    keyFacts: keyFactsOf(p, figures, l.t("project.statusLine", { status: statusText, date: asOfDay }), lang),
    sourceIds: p.sources.map((_, i) => sourceId(i + 1)),
    resultRefs: refsByIndicator(p.figureSources, "results", p.results),
    targetRefs: refsByIndicator(p.figureSources, "targets", p.targets),
    methodHrefs: Object.fromEntries(Object.values(METHODS).map((method) => [method, methodHrefOf(lang, method)])) as Record<MethodId, string>,
    Content,
    title,
    originalTitle: p.title,
    originalTitleLang: p.titleEn ? undefined : recordLang,
    titleRendering: titleRendering(p, translation?.data.title, lang),
    pageTitle: projectPageTitle(title, p.acronym),
    summary,
    textLang: translation ? undefined : recordLang,
    factLang: translation ? undefined : recordLang,
    text: {
      fundDetail: tf?.fund_detail ?? p.fundDetail,
      targetGroup: tf?.target_group ?? p.targetGroup,
      resultsNote: tf?.results_note ?? p.resultsNote,
      notes: tf?.notes ?? p.notes,
      conflicts: tf?.conflicts ?? p.conflicts,
    },
    managingEntity: namedOrganisation(p.managingEntity, p.managingEntityId, lang),
    partners: p.partners.map((partner, i) => namedOrganisation(partner, p.partnerIds[i], lang)),
    acronymLine: p.acronym && !title.includes(p.acronym) ? l.t("project.shortName", { acronym: p.acronym }) : undefined,
    translationLabel: translation ? translationNote(translation.data.translation, l) : undefined,
    untranslated: lang !== DEFAULT_LOCALE && !translation,
    breadcrumbLabel: p.acronym ?? title,
    memberState: { code: p.memberState, name: l.country(p.memberState), href: l.path(`/countries/${p.memberState.toLowerCase()}/`) },
    participatingStates: p.participatingStates.map((code) => l.country(code)),
    coordinator: p.coordinator ? l.country(p.coordinator) : undefined,
    fund: fund ? { label: fundLabel(fund, lang), href: l.path(`/funds/${fund.id}/`) } : undefined,

    currencyNote: b.currency && b.currency !== "EUR" ? `${l.currencyName(b.currency)} (${b.currency})` : undefined,
    durationText: months
      ? `${l.t("count.months", { count: Number(months.value) })}${days ? ` (${l.t("count.days", { count: Number(days.value) })})` : ""}`
      : undefined,
    returnCountries: p.returnCountries.map((code) => l.country(code)),
    allowances: p.allowances.map((a, i) => ({
      figure: `allowances.${i + 1}`,
      kind: capitalised(tf?.allowances?.[i]?.kind ?? a.kind),
      amount: l.allowance(a),
      per: l.t(`per.${a.per}`),
      refs: refsOf(p.figureSources, `allowances.${i + 1}`),
    })),
    elements: p.elements.map((id) => ({
      id,
      label: l.text(elementOf(id).label),
      href: l.path(`/elements/#${id}`),
      monitoring:
        id === "monitoring" && p.monitoringMonths !== undefined
          ? {
              text: l.t("elements.upTo", { months: l.t("count.months", { count: p.monitoringMonths }) }),
              refs: refsOf(p.figureSources, "monitoring_months"),
            }
          : undefined,
    })),
    related: links.map((link) => ({
      id: link.id,
      name: projectName(link, translatedTitles.get(link.id)),
      nameLang: nameIsOriginal(link, translatedTitles.get(link.id)) ? recordLang : undefined,
      href: l.path(`/projects/${link.id}/`),
      relation: l.t(`relation.${link.relation}`),
    })),
    checkedText: l.t("project.checked", { date: l.date(p.checked) }),
    corrections: correctionLinks(REPOSITORY, p.id, pageUrl),
    /** schema.org: the EU funding of this project, as far as the record states it. */
    jsonLd: {
      "@context": "https://schema.org",
      "@type": "MonetaryGrant",
      name: title,
      description: summary,
      url: pageUrl,
      identifier: p.id,
      ...(p.reference ? { alternateName: p.reference } : {}),
      funder: { "@type": "GovernmentOrganization", name: fund ? `European Union (${l.text(fund.name)})` : "European Union" },
      ...(figures.euAmount && b.currency ? { amount: { "@type": "MonetaryAmount", value: figures.euAmount.value, currency: b.currency } } : {}),
      ...(p.start ? { startDate: formatIsoPrecisionDate(p.start) } : {}),
      ...(p.end ? { endDate: formatIsoPrecisionDate(p.end) } : {}),
      fundedItem: { "@type": "Project", name: title, url: pageUrl, member: { "@type": "Organization", name: p.managingEntity } },
      isBasedOn: p.sources.map((source) => source.url),
      license: "https://creativecommons.org/licenses/by/4.0/",
    },
  };
}
