/** What /elements/ renders: projects per design element, and the matrix of projects × elements. */
import type { Project } from "../../lib/derive.ts";
import { projectName } from "../../lib/present/names.ts";
import { getElementsOverview, type ElementsOverview } from "../elements.ts";
import { getTranslatedTitles } from "../titles.ts";
import { pageCount, pageSlice } from "../../lib/present/paging.ts";
import { useLocalization } from "../../i18n/index.ts";

export interface ElementsView {
  overview: ElementsOverview;
  /** This page's matrix rows (PAGE_SIZE at most): projects that list an element, by country, then by the name lists show. */
  rows: { project: Project; translatedTitle?: string | undefined; country: string }[];
  /** Which page of the matrix, of how many, and how many rows it has in all. */
  page: { current: number; count: number; total: number };
  caveat: string;
  without: string;
}

/** /elements/ (`page` 1) or a later page of its matrix (/elements/page/<n>/). */
export async function getElementsView(lang: string, page = 1): Promise<ElementsView> {
  let whole = cache.get(lang);
  if (!whole) cache.set(lang, (whole = wholeView(lang)));
  const { rows, ...rest } = await whole;
  return { ...rest, rows: pageSlice(rows, page), page: { current: page, count: pageCount(rows.length), total: rows.length } };
}

/** The view with every matrix row, sorted once per language (each page of the matrix cuts its own). */
const cache = new Map<string, Promise<Omit<ElementsView, "page">>>();

async function wholeView(lang: string): Promise<Omit<ElementsView, "page">> {
  const l = useLocalization(lang);
  const overview = await getElementsOverview();
  const titles = await getTranslatedTitles(lang);
  const compare = l.format.compareText;
  return {
    overview,
    rows: overview.withElements
      .map((p) => ({ project: p, translatedTitle: titles.get(p.id), country: l.country(p.memberState), name: projectName(p, titles.get(p.id)) }))
      .sort((a, b) => compare(a.country, b.country) || compare(a.name, b.name))
      .map(({ project, translatedTitle, country }) => ({ project, translatedTitle, country })),
    caveat: l.t("elements.caveat", { withElements: overview.withElements.length, total: overview.total }),
    without: l.t("elements.without", { count: overview.total - overview.withElements.length }),
  };
}
