/**
 * The Atom feed of records added or updated (RFC 4287): the `FEED_ENTRIES` most recently
 * checked records, one entry each, dated by the day it was last checked against its sources (a
 * feed says what is new; the whole register is in the data files, so the feed does not grow with it). Entry ids are tag URIs built from the record id,
 * so they never change; there is no build time anywhere, so the same records give the same file.
 */
import { create } from "xmlbuilder2";
import { formatIsoPrecisionDate, firstDay } from "./dates.ts";
import type { Project } from "./derive.ts";

export interface FeedOptions {
  /** The site's address with a trailing slash. */
  site: string;
  /** The language prefix of the pages: "" or "it/". */
  prefix: string;
  lang: string;
  title: string;
  subtitle: string;
  author: string;
  rights: string;
  /** The record's title and summary in the feed's language. */
  /** `lang` is set where the text is not in the feed's language (an untranslated record). */
  text: (p: Project) => { title: string; summary: string; lang?: string; translation?: { method: string; review: string; label: string } };
}

/** How many entries the feed carries: the most recently checked records. */
export const FEED_ENTRIES = 50;

/** The records the feed carries, newest check first (ties by id). */
export function feedProjects<T extends Pick<Project, "id" | "checked">>(projects: readonly T[], limit = FEED_ENTRIES): T[] {
  return [...projects].sort((a, b) => firstDay(b.checked) - firstDay(a.checked) || a.id.localeCompare(b.id)).slice(0, limit);
}

/** The tag URI of a record: stable for ever, whatever the site's address becomes. */
export const entryId = (id: string) => `tag:avrr-transparency.eu,2026:project:${id}`;

export function buildFeed(projects: readonly Project[], options: FeedOptions): string {
  const day = (p: Project) => `${formatIsoPrecisionDate(p.checked)}T00:00:00Z`;
  const sorted = feedProjects(projects);
  const feedUrl = `${options.site}${options.prefix}feed.xml`;
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const feed = doc.ele("http://www.w3.org/2005/Atom", "feed", { "xml:lang": options.lang });
  feed.ele("id").txt(feedUrl);
  feed.ele("title").txt(options.title);
  feed.ele("subtitle").txt(options.subtitle);
  feed.ele("updated").txt(sorted.length ? day(sorted[0]!) : "1970-01-01T00:00:00Z");
  feed.ele("author").ele("name").txt(options.author);
  feed.ele("link", { rel: "self", type: "application/atom+xml", href: feedUrl });
  feed.ele("link", { rel: "alternate", type: "text/html", href: `${options.site}${options.prefix}projects/` });
  feed.ele("rights").txt(options.rights);
  for (const p of sorted) {
    const { title, summary, lang, translation } = options.text(p);
    const other = lang && lang !== options.lang ? { "xml:lang": lang } : {};
    const entry = feed.ele("entry");
    entry.ele("id").txt(entryId(p.id));
    entry.ele("title", other).txt(title);
    entry.ele("link", { rel: "alternate", type: "text/html", href: `${options.site}${options.prefix}projects/${p.id}/` });
    entry.ele("updated").txt(day(p));
    entry.ele("summary", other).txt(summary);
    entry.ele("category", { term: p.memberState });
    if (p.fund) entry.ele("category", { term: p.fund });
    // How the entry's text was translated, and whether a fluent reader checked it (docs/record-format.md, Translations).
    if (translation) {
      entry.ele("category", { scheme: `${options.site}data/#translation-method`, term: translation.method, label: translation.label });
      entry.ele("category", { scheme: `${options.site}data/#translation-review`, term: translation.review });
    }
  }
  return `${doc.end({ prettyPrint: true, indent: "  ", newline: "\n" })}\n`;
}
