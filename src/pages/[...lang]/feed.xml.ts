/** /feed.xml and /it/feed.xml: the records most recently added or updated, as Atom (src/lib/feed.ts). */
import type { APIRoute } from "astro";
import { buildFeed, feedProjects, FEED_ENTRIES } from "../../lib/feed.ts";
import { getProjects } from "../../data/projects.ts";
import { getTranslation, translationNote } from "../../data/translations.ts";
import { projectPageTitle } from "../../lib/present/names.ts";
import { SITE_URL, LICENSE } from "../../data/exports.ts";
import { languagePaths, useLocalization } from "../../i18n/index.ts";

export const getStaticPaths = languagePaths;

export const GET: APIRoute<{ lang: string }> = async ({ props }) => {
  const { lang } = props;
  const l = useLocalization(lang);
  const projects = feedProjects((await getProjects()).map((item) => item.project));
  const texts = new Map<string, Parameters<typeof buildFeed>[1]["text"] extends (p: never) => infer T ? T : never>();
  for (const p of projects) {
    const t = await getTranslation(lang, p.id);
    const info = t?.data.translation;
    texts.set(
      p.id,
      t && info
        ? {
            title: projectPageTitle(t.data.title, p.acronym),
            summary: t.data.summary,
            translation: { method: info.method, review: info.review, label: translationNote(info, l) },
          }
        : { title: projectPageTitle(p.title, p.acronym), summary: p.summary, lang: "en" },
    );
  }
  const xml = buildFeed(projects, {
    site: SITE_URL,
    prefix: l.path("/").slice(1),
    lang,
    title: l.t("feed.title"),
    subtitle: l.t("feed.subtitle", { count: FEED_ENTRIES }),
    author: l.t("feed.author"),
    rights: `${LICENSE.title} (${LICENSE.name})`,
    text: (p) => texts.get(p.id)!,
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
