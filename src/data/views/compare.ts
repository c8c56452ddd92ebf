/** What /compare/ renders: the picker and the texts and locale the comparison script needs. */
import type { CompareScriptData, ComparisonStrings } from "../../lib/present/comparison.ts";
import { fundShortName, nameIsOriginal } from "../../lib/present/names.ts";
import { langMark } from "../../lib/present/lang.ts";
import { keyFigures } from "../../lib/present/figures.ts";
import { keywordText } from "../../lib/search.ts";
import { getProjects } from "../projects.ts";
import { funds } from "../reference.ts";
import { useLocalization } from "../../i18n/index.ts";

export interface CompareView {
  script: CompareScriptData;
  /** The projects to pick from, in the list's order. */
  picks: {
    id: string;
    label: string;
    labelLang: string | undefined;
    country: string;
    /** Dates and total cost, written as on the project page (`keyFigures`). */
    facts: string;
    /** What the picker's filter matches (`keywordText`): the title in every form, the acronym, the member state, the organisations. */
    keywords: string;
    href: string;
  }[];
  example: string;
}

const MEASURES = [
  "memberState", "fund", "managingEntity", "dates", "duration", "total", "awarded", "euRate", "euAmount",
  "returned", "reintegration", "counselled", "againstTarget", "costPerReturned", "returnCountries", "confidence", "sources",
];

export async function getCompareView(lang: string): Promise<CompareView> {
  const l = useLocalization(lang);
  const items = await getProjects();
  const strings: ComparisonStrings = {
    measures: Object.fromEntries(MEASURES.map((k) => [k, l.t(`compare.measure.${k}`)])),
    funds: Object.fromEntries(funds.map((f) => [f.id, fundShortName(f, lang)])),
    confidence: { high: l.t("confidence.high"), medium: l.t("confidence.medium"), low: l.t("confidence.low") },
    notReported: Object.fromEntries(MEASURES.map((k) => [k, l.t("common.notReported", { gender: l.t(`compare.measure.${k}.gender`) })])),
    calculated: l.t("table.calculated"),
    months: l.message("count.months"),
    warnings: {
      currency: l.message("compare.warn.currency"),
      period: l.message("compare.warn.period"),
      missing: l.message("compare.warn.missing"),
      units: l.message("compare.warn.units"),
      unknown: l.message("compare.warn.unknown"),
      count: l.message("compare.warn.count"),
    },
    heading: l.t("compare.measure.heading"),
    projectPath: l.path("/projects/"),
    startNotReported: `${l.t("project.start")} ${l.t("common.notReported", { gender: l.t("project.start.gender") })}`,
    endNotReported: `${l.t("project.end")} ${l.t("common.notReported", { gender: l.t("project.end.gender") })}`,
  };
  return {
    script: { strings, locale: { intl: l.locale.intl, spaceBeforePercent: l.locale.spaceBeforePercent } },
    picks: items.map(({ project: p, published }) => {
      const translated = published.titles[lang];
      const k = keyFigures(published, l.format);
      const dates = k.start || k.end ? `${k.start?.text ?? strings.startNotReported} – ${k.end?.text ?? strings.endNotReported}` : "";
      return {
        id: p.id,
        label: translated ?? p.title,
        labelLang: nameIsOriginal({ ...p, acronym: undefined }, translated) ? langMark(lang) : undefined,
        country: l.country(p.memberState),
        facts: [dates, k.total?.text].filter(Boolean).join(" · "),
        keywords: keywordText([p.title, p.titleEn, ...Object.values(published.titles), p.acronym, l.country(p.memberState), p.managingEntity, ...p.partners]),
        href: l.path(`/projects/${p.id}/`),
      };
    }),
    example: `${l.path("/compare/")}?ids=it-partir-ii,nl-post-arrival-assistance,sk-rra-phase-ii`,
  };
}
