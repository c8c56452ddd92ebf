/**
 * The publishers of sources (data/publishers.json): who published a page, found from its
 * address, and what kind of body that is. Pure functions: the confidence rule of the records
 * and the attribution rule of the context statistics both rest on `lookupPublisher`.
 */
import type { Publisher, PublisherKind, ReturnStatistics } from "./schema/reference-data.ts";

/** Kinds whose own pages can support `confidence: high` and carry a body's own figures. */
export const PRIMARY_KINDS: readonly PublisherKind[] = ["official", "implementer"];

/** The publishers, indexed by host entry (`ec.europa.eu`, `ec.europa.eu/eurostat`) and by id. */
export interface PublisherIndex {
  byHost: ReadonlyMap<string, Publisher>;
  byId: ReadonlyMap<string, Publisher>;
}

export function indexPublishers(publishers: readonly Publisher[]): PublisherIndex {
  const byHost = new Map<string, Publisher>();
  const byId = new Map<string, Publisher>();
  for (const publisher of publishers) {
    byId.set(publisher.id, publisher);
    for (const host of publisher.hosts) byHost.set(host.toLowerCase(), publisher);
  }
  return { byHost, byId };
}

/** The host of an address, lower case, without a trailing dot; undefined if it is not a URL. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url.trim()).hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return undefined;
  }
}

/**
 * The publisher of a page: the entry for its exact host, else for the nearest parent domain
 * listed (`austria.iom.int` → `iom.int`). On each domain, an entry with a path
 * (`ec.europa.eu/eurostat`) wins over the bare domain where the page's path starts with it.
 */
export function lookupPublisher(index: PublisherIndex, url: string): Publisher | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  const labels = parsed.hostname.toLowerCase().replace(/\.$/, "").split(".");
  const segments = parsed.pathname
    .split("/")
    .filter(Boolean)
    .map((s) => s.toLowerCase());
  for (let i = 0; i < labels.length - 1; i++) {
    const domain = labels.slice(i).join(".");
    for (let n = segments.length; n > 0; n--) {
      const withPath = index.byHost.get(`${domain}/${segments.slice(0, n).join("/")}`);
      if (withPath) return withPath;
    }
    const bare = index.byHost.get(domain);
    if (bare) return bare;
  }
  return undefined;
}

/** A problem in the context statistics, as `path: value rule`. */
export interface StatisticsIssue {
  path: (string | number)[];
  value: unknown;
  message: string;
}

/**
 * The attribution rule of data/return-statistics.json. A series is attributed to the body in
 * `publisher_of_data`, which must be official or the implementer. A point whose source is that
 * body's own page has no `reported_by`; a point taken from anyone else's page (a news report,
 * a blog) must name that publisher in `reported_by`, so that it is shown as "<body> figure as
 * reported by <outlet>", never as the body's own. Every source's host must be in the table.
 */
export function statisticsAttributionIssues(statistics: ReturnStatistics, index: PublisherIndex): StatisticsIssue[] {
  const issues: StatisticsIssue[] = [];
  statistics.series.forEach((series, i) => {
    const body = index.byId.get(series.publisher_of_data);
    if (!body) {
      issues.push({ path: ["series", i, "publisher_of_data"], value: series.publisher_of_data, message: "is not a publisher id in data/publishers.json" });
    } else if (!PRIMARY_KINDS.includes(body.kind)) {
      issues.push({
        path: ["series", i, "publisher_of_data"],
        value: series.publisher_of_data,
        message: `is a publisher of kind ${body.kind}: figures are attributed only to an official body or an implementer`,
      });
    }
    series.points.forEach((point, j) => {
      const source = lookupPublisher(index, point.source.url);
      if (!source) {
        issues.push({
          path: ["series", i, "points", j, "source", "url"],
          value: point.source.url,
          message: `is on host ${hostOf(point.source.url) ?? "(none)"}, which is not in data/publishers.json: add the host to data/publishers.json`,
        });
        return;
      }
      // A series credited to no known official or implementer body is reported once, above.
      if (!body || !PRIMARY_KINDS.includes(body.kind)) return;
      if (source.id === body.id) {
        if (point.reported_by !== undefined) {
          issues.push({
            path: ["series", i, "points", j, "reported_by"],
            value: point.reported_by,
            message: `is given, but the source is ${body.name}'s own publication: leave reported_by out`,
          });
        }
      } else if (point.reported_by !== source.id) {
        issues.push({
          path: ["series", i, "points", j, point.reported_by === undefined ? "source" : "reported_by", ...(point.reported_by === undefined ? ["url"] : [])],
          value: point.reported_by ?? point.source.url,
          message: `${point.reported_by === undefined ? "is" : "does not match the source, which is"} published by ${source.name} (${source.kind}), not by ${body.name}: a figure from another publisher's page is attributed as reported by it: set "reported_by": "${source.id}"`,
        });
      }
    });
  });
  return issues;
}
