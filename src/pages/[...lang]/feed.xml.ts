/** /feed.xml and /it/feed.xml: records added or updated, as Atom. */
import type { APIRoute } from "astro";
import { buildFeed } from "../../lib/feed.ts";
import { getProjects } from "../../data/projects.ts";
import { getTranslation } from "../../data/translations.ts";
import { SITE_URL, LICENSE } from "../../data/exports.ts";
import { languagePaths, useLocalization } from "../../i18n/index.ts";

export const getStaticPaths = languagePaths;

export const GET: APIRoute<{ lang: string }> = async ({ props }) => {
  const { lang } = props;
  const l = useLocalization(lang);
  const projects = (await getProjects()).map((item) => item.project);
  const texts = new Map<string, { title: string; summary: string; lang?: string }>();
  for (const p of projects) {
    const t = await getTranslation(lang, p.id);
    texts.set(p.id, t ? { title: t.data.title, summary: t.data.summary } : { title: p.title, summary: p.summary, lang: "en" });
  }
  const xml = buildFeed(projects, {
    site: SITE_URL,
    prefix: l.path("/").slice(1),
    lang,
    title: l.t("feed.title"),
    subtitle: l.t("feed.subtitle"),
    author: l.t("feed.author"),
    rights: `${LICENSE.title} (${LICENSE.name})`,
    text: (p) => texts.get(p.id)!,
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
