/**
 * What the search index holds for each project, in one language: the record's own text as its
 * page in that language shows it (the translation's title, summary, narrative — its first
 * NARRATIVE_WORDS words — and free-text facts where there is one, else the record's), every rendering of its title, the names of its
 * organisations and countries in that language, and nothing of the interface (no labels, no
 * "not reported"), so that a word finds a project only when the project's text has it.
 *
 * The search-index step (src/integrations/search-index.ts) gives these to Pagefind as custom
 * records after `astro build`, through the build-only file /<lang>/search/documents.json, which
 * it removes once indexed.
 */
import { langMark } from "../../lib/present/lang.ts";
import { fundShortName } from "../../lib/present/names.ts";
import { firstWords, htmlToText, NARRATIVE_WORDS, parseSynonyms, relatedTerms, titleKey } from "../../lib/search.ts";
import { getProjects } from "../projects.ts";
import { getTranslation } from "../translations.ts";
import { getFund, organisationIndex } from "../reference.ts";
import { getProjectPageView } from "./project-page.ts";
import { organisationNames } from "./project-rows.ts";
import { useLocalization } from "../../i18n/index.ts";
import { selfAndParents } from "../../lib/organisations.ts";

/** Meta fields a result shows; Pagefind also searches them, so each one's words are in `content` too. */
export interface SearchMeta {
  /** The title as the source gives it (the project page's heading). */
  title: string;
  /** `lang` of `title` where it must be marked (an English title on another language's page), else "". */
  title_lang: string;
  /** The title's rendering in the page's language, where it differs, else "". */
  rendering: string;
  /** The other renderings and the acronym, for finding a title by any of its forms. */
  titles: string;
  member_state: string;
  /** The fund's short name, or "" where the sources do not name it. */
  fund: string;
  /** The dates as the project page writes them. */
  dates: string;
}

export interface SearchDocument {
  /** The page's address: `/projects/<id>/`, `/it/projects/<id>/`. */
  url: string;
  /** ISO 639-1 code: the language of the index (and of its stemmer). */
  language: string;
  meta: SearchMeta;
  /**
   * What the search results can be narrowed by: the member state's code, the fund's id ("none"
   * where not stated); and `title`, each form of the title (original, renderings, acronym) as
   * `titleKey` writes it, by which a query that is exactly a title finds that project first.
   */
  filters: { member_state: string[]; fund: string[]; title: string[] };
  /** The text that is searched, and from which Pagefind cuts the excerpt. */
  content: string;
}

const sentence = (text: string | undefined) => (text ? (/[.!?…:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`) : "");

export async function getSearchDocuments(lang: string, site: URL | undefined): Promise<SearchDocument[]> {
  const l = useLocalization(lang);
  const synonyms = parseSynonyms(l.t("search.synonyms"));
  const startNotReported = `${l.t("project.start")} ${l.t("common.notReported", { gender: l.t("project.start.gender") })}`;
  const endNotReported = `${l.t("project.end")} ${l.t("common.notReported", { gender: l.t("project.end.gender") })}`;
  const documents: SearchDocument[] = [];
  for (const item of await getProjects()) {
    const { project: p, entry, published } = item;
    const v = await getProjectPageView(item, lang, site);
    const translation = await getTranslation(lang, p.id);
    const k = v.figures;
    const fund = getFund(p.fund);
    const rendering = v.titleRendering?.text ?? "";
    const titles = [...new Set([p.titleEn, ...Object.values(published.titles), p.acronym].filter((t): t is string => !!t && t !== p.title && t !== rendering))];
    const dates = k.start || k.end ? `${k.start?.text ?? startNotReported} – ${k.end?.text ?? endNotReported}` : "";
    const organisations = [v.managingEntity, ...v.partners].map((o) => o.text);
    // The organisations the record's names resolve to, and those they are units of, by their names: "IOM" finds IOM Malta's projects.
    const resolved = [p.managingEntityId, ...p.partnerIds].flatMap((id) => (id ? selfAndParents(id, organisationIndex) : [])).flatMap((id) => organisationNames(id, lang));
    const narrative = firstWords(htmlToText((translation ?? entry).rendered?.html ?? ""), NARRATIVE_WORDS);
    const text = [
      sentence(v.summary),
      narrative,
      sentence([v.memberState.name, ...v.participatingStates].join(", ")),
      sentence(fund ? [fundShortName(fund, lang), v.fund?.label, v.text.fundDetail].filter(Boolean).join(", ") : v.text.fundDetail),
      sentence(p.reference),
      sentence([...new Set([...organisations, ...resolved].filter(Boolean))].join(", ")),
      sentence(dates),
      sentence(v.text.targetGroup),
      sentence(v.text.resultsNote),
      sentence(v.text.notes),
      ...v.text.conflicts.map(sentence),
      ...v.allowances.map((a) => sentence(a.kind)),
      sentence(v.returnCountries.join(", ")),
      sentence(v.elements.map((e) => e.label).join(", ")),
      // The titles last: an excerpt then starts in the summary, and a result's title is shown above it anyway.
      ...[p.title, rendering, ...titles].map(sentence),
    ]
      .filter(Boolean)
      .join(" ");
    const related = relatedTerms(text, synonyms);
    documents.push({
      url: l.path(`/projects/${p.id}/`),
      language: lang,
      meta: {
        title: p.title,
        title_lang: (p.titleEn ? undefined : langMark(lang)) ?? "",
        rendering,
        titles: titles.join(" · "),
        member_state: v.memberState.name,
        fund: fund ? fundShortName(fund, lang) : "",
        dates,
      },
      filters: { member_state: [p.memberState], fund: [p.fund ?? "none"], title: [...new Set([p.title, rendering, ...titles].filter(Boolean).map(titleKey))] },
      // A reader's word that the site does not use ("reinserimento") finds the records that use the site's word ("reintegrazione"): said so in the index's text, and on the search page.
      content: related.length ? `${text} ${l.t("search.relatedTerms", { terms: related.join(", ") })}` : text,
    });
  }
  return documents;
}
