/**
 * The rows of a table of projects (/projects/, country, fund and organisation pages), every
 * figure already written for the reader by `keyFigures`, as on the project pages.
 */
import { firstDay, lastDay } from "../../lib/dates.ts";
import { keyFigures, type FigureText } from "../../lib/present/figures.ts";
import { langMark } from "../../lib/present/lang.ts";
import { fundPeriodKey, fundShortName, projectTitle } from "../../lib/present/names.ts";
import type { ProjectWithLinks } from "../projects.ts";
import { getFund, organisationIndex } from "../reference.ts";
import { selfAndParents } from "../../lib/organisations.ts";
import { keywordText } from "../../lib/search.ts";
import { useLocalization } from "../../i18n/index.ts";

export interface ProjectRow {
  id: string;
  href: string;
  title: string;
  /** `lang` of the title where it is not in the page's language. */
  titleLang: string | undefined;
  country: string;
  fund?: string | undefined;
  start?: FigureText | undefined;
  end?: FigureText | undefined;
  total?: FigureText | undefined;
  euRate?: FigureText | undefined;
  euAmount?: FigureText | undefined;
  returned?: FigureText | undefined;
  /** What the list's filter and sort script reads from the row (`data-*` attributes). */
  data: Record<string, string>;
}

/** An organisation's names as a reader may type them: in this language, in English, its own, its abbreviation. */
export function organisationNames(id: string, lang: string): string[] {
  const o = organisationIndex.byId.get(id)!;
  return [o.name[lang], o.name.en, o.own_name, o.abbreviation].filter((name): name is string => !!name);
}

export function projectRows(items: readonly ProjectWithLinks[], lang: string): ProjectRow[] {
  const l = useLocalization(lang);
  return items.map(({ project: p, published }) => {
    const k = keyFigures(published, l.format);
    const translated = published.titles[lang];
    const fund = getFund(p.fund);
    const returned = p.results.find((r) => r.indicator === "returned")?.count;
    return {
      id: p.id,
      href: l.path(`/projects/${p.id}/`),
      title: projectTitle(p, translated),
      titleLang: translated ? undefined : langMark(lang),
      country: l.country(p.memberState),
      fund: fund && fundShortName(fund, lang),
      start: k.start,
      end: k.end,
      total: k.total,
      euRate: k.euRate,
      euAmount: k.euAmount,
      returned: k.results.returned,
      data: {
        "data-id": p.id,
        "data-member-state": p.memberState,
        "data-fund": p.fund ?? "",
        "data-period": fundPeriodKey(fund),
        "data-status": p.status,
        // The managing organisation and every organisation it is a unit of: filtering by IOM finds its country offices' projects.
        "data-managing-entity": p.managingEntityId ? selfAndParents(p.managingEntityId, organisationIndex).join(" ") : "",
        "data-elements": p.elements.join(" "),
        "data-has-results": p.results.length > 0 ? "1" : "0",
        "data-has-budget": p.budget.total ? "1" : "0",
        "data-start": p.start ? String(firstDay(p.start)) : "",
        "data-end": p.end ? String(lastDay(p.end)) : "",
        "data-currency": p.budget.total?.currency ?? "",
        "data-budget-currency": p.budget.currency ?? "",
        "data-total": p.budget.total ? String(p.budget.total.cents) : "",
        "data-eu-rate": p.budget.euSharePct ? String(p.budget.euSharePct.value) : "",
        "data-eu-amount": p.budget.euAmount ? String(p.budget.euAmount.value.cents) : "",
        "data-eu-basis": p.budget.euAmount?.basis ?? "",
        "data-returned": returned?.toString() ?? "",
        // What the keyword filter matches: the title in every form, the acronym, the organisations (as written, and by their names), the countries of return in this language.
        "data-keywords": keywordText([
          p.title,
          p.titleEn,
          ...Object.values(published.titles),
          p.acronym,
          p.managingEntity,
          ...p.partners,
          ...[p.managingEntityId, ...p.partnerIds].flatMap((id) => (id ? selfAndParents(id, organisationIndex) : [])).flatMap((id) => organisationNames(id, lang)),
          ...p.returnCountries.map((code) => l.country(code)),
        ]),
      },
    };
  });
}
