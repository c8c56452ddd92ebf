/**
 * Every stated figure on a project page links to the sources that state it: for every record
 * and every figure key `figureKeysOf` gives (dates, budget figures, each result, target and
 * allowance, the monitoring months), on the built English and Italian page, each place the
 * figure is shown (`data-figure`) is followed, in the same fact, by its numbered references
 * (`<sup class="refs" data-refs="…">`) and they are exactly the sources the record credits with
 * it (recomputed here from the record's `sources[].states`, not with the site's code); every
 * reference points to an item of the list of sources. Every figure the site calculates (the
 * status, the duration, an EU amount or rate, cost per person, returns against target) links to
 * its method on the methodology page.
 */
import { describe, expect, it } from "vitest";
import { parse } from "parse5";
import { parseCsv } from "../../src/lib/export/csv.ts";
import { figureKeysOf } from "../../src/lib/provenance.ts";
import type { ProjectData } from "../../src/lib/schema/project.ts";
import { readPage, readRecords } from "./helpers.ts";

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; parentNode?: Node | null };

const records = readRecords();
const LANGS = [
  { lang: "en", prefix: "" },
  { lang: "it", prefix: "it/" },
] as const;

const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const hasClass = (node: Node, name: string) => (attr(node, "class") ?? "").split(/\s+/).includes(name);

/** The elements under `node`, in document order. */
function elements(node: Node, out: Node[] = []): Node[] {
  for (const child of node.childNodes ?? []) {
    if (child.attrs) out.push(child);
    elements(child, out);
  }
  return out;
}

/** The sources a record credits with a figure, by position: the only source where it has one and it lists nothing. */
function expectedSources(r: ProjectData, key: string): number[] {
  if (r.sources.length === 1 && r.sources[0]!.states === undefined) return [1];
  return r.sources.flatMap((s, i) => ((s.states ?? []).includes(key) ? [i + 1] : []));
}

/** The `data-figure` name the page gives the figure a `states` key names. */
function hookOf(key: string): string {
  const budget: Record<string, string> = {
    "budget.total": "total",
    "budget.eu_share_pct": "euRate",
    "budget.eu_amount": "euAmount",
    "budget.awarded": "awarded",
  };
  if (budget[key]) return budget[key];
  if (key.startsWith("results.")) return `result.${key.slice("results.".length)}`;
  if (key.startsWith("targets.")) return `target.${key.slice("targets.".length)}`;
  return key; // start, end, allowances.<n>, monitoring_months
}

/** The positions a `<sup class="refs">` links to (`#source-2` → 2). */
const positionsOf = (sup: Node) =>
  elements(sup)
    .filter((e) => e.nodeName === "a")
    .map((a) => {
      const match = /^#source-(\d+)$/.exec(attr(a, "href") ?? "");
      if (!match) throw new Error(`a reference links to ${attr(a, "href")}, not to a source`);
      return Number(match[1]);
    });

/** The fact a figure belongs to: its `<dd>`, or its item of a list. */
function factOf(node: Node): Node {
  for (let n: Node | null | undefined = node.parentNode; n; n = n.parentNode) if (n.nodeName === "dd" || n.nodeName === "li") return n;
  throw new Error("a figure outside any fact");
}

interface PageRefs {
  /** Per figure key: the references found after each place the page shows it (undefined: none). */
  shown: Map<string, (number[] | undefined)[]>;
  /** Every reference group of the page, with the figures it names. */
  groups: { figures: string[]; positions: number[] }[];
  /** The ids of the items of the list of sources. */
  sourceItems: Set<string>;
  /** The links of the "calculated" marks, and whether the status has one. */
  calculated: (string | undefined)[];
  statusLinked: boolean;
}

/** What a built page (its HTML) shows of the references of the figures `keys`. */
function pageRefs(html: string, keys: readonly string[]): PageRefs {
  const document = parse(html) as unknown as Node;
  const article = elements(document).find((e) => e.nodeName === "article")!;
  const all = elements(article);
  const sups = all.filter((e) => e.nodeName === "sup" && hasClass(e, "refs"));
  const shown = new Map<string, (number[] | undefined)[]>();
  for (const key of keys) {
    const places = all.filter((e) => attr(e, "data-figure") === hookOf(key));
    shown.set(
      key,
      places.map((place) => {
        const fact = elements(factOf(place));
        const after = fact.slice(fact.indexOf(place) + 1);
        const sup = after.find((e) => sups.includes(e) && (attr(e, "data-refs") ?? "").split(" ").includes(key));
        return sup && positionsOf(sup);
      }),
    );
  }
  const sourceList = all.find((e) => e.nodeName === "ol" && hasClass(e, "sources"));
  const statusLine = all.find((e) => hasClass(e, "status-line"));
  return {
    shown,
    groups: sups.map((sup) => ({ figures: (attr(sup, "data-refs") ?? "").split(" "), positions: positionsOf(sup) })),
    sourceItems: new Set(
      (sourceList?.childNodes ?? [])
        .filter((n) => n.nodeName === "li")
        .map((li) => attr(li, "id"))
        .filter((id): id is string => id !== undefined),
    ),
    calculated: all.filter((e) => hasClass(e, "basis-calculated")).map((e) => (e.nodeName === "a" ? attr(e, "href") : undefined)),
    statusLinked: statusLine !== undefined && elements(statusLine).some((e) => e.nodeName === "a" && hasClass(e, "basis-calculated")),
  };
}

describe.each(LANGS)("every stated figure links to the sources that state it ($lang)", ({ prefix }) => {
  const methodAnchors = new Set([...readPage(`${prefix}methodology/index.html`).matchAll(/\bid="(method-[^"]+)"/g)].map((m) => m[1]));

  it.each([...records.keys()])("%s", (id) => {
    const r = records.get(id)!;
    const keys = figureKeysOf(r);
    const page = pageRefs(readPage(`${prefix}projects/${id}/index.html`), keys);
    for (const key of keys) {
      const want = expectedSources(r, key);
      expect(want.length, `${id}: ${key}: the record credits no source with it`).toBeGreaterThan(0);
      const shown = page.shown.get(key)!;
      expect(shown.length, `${id}: ${key} is not on the page (data-figure="${hookOf(key)}")`).toBeGreaterThan(0);
      shown.forEach((refs, i) => expect(refs, `${id}: ${key}, place ${i + 1}: the sources after it`).toEqual(want));
    }
    // Every group of references names figures of the record and links exactly to their sources.
    expect(page.groups.length > 0, `${id}: references on the page, as the record states ${keys.length} figures`).toBe(keys.length > 0);
    for (const group of page.groups) {
      for (const figure of group.figures) expect(keys, `${id}: data-refs names "${figure}"`).toContain(figure);
      const want = [...new Set(group.figures.flatMap((figure) => expectedSources(r, figure)))].sort((a, b) => a - b);
      expect(group.positions, `${id}: the references of ${group.figures.join(" ")}`).toEqual(want);
      for (const n of group.positions) expect(page.sourceItems.has(`source-${n}`), `${id}: #source-${n} is an item of the list of sources`).toBe(true);
    }
    expect(page.sourceItems.size, id).toBe(r.sources.length);
    // Calculated figures link to their method, an anchor of the methodology page in the page's language.
    expect(page.statusLinked, `${id}: the status links to its method`).toBe(true);
    for (const href of page.calculated) {
      expect(href, `${id}: a calculated figure's mark`).toMatch(new RegExp(`^/${prefix}methodology/#method-\\w+$`));
      expect(methodAnchors.has(href!.split("#")[1]), `${id}: ${href}`).toBe(true);
    }
  });
});

describe("the data files give the same source for every figure", () => {
  const projects = new Map(parseCsv(readPage("data/projects.csv")).map((row) => [row.id!, row]));
  const json = new Map((JSON.parse(readPage("data/projects.json")) as Record<string, unknown>[]).map((row) => [row.id as string, row]));
  const results = parseCsv(readPage("data/results.csv"));
  const allowances = parseCsv(readPage("data/allowances.csv"));
  const cell = (text: string | undefined) => (text ? text.split("; ").map(Number) : undefined);

  it.each([...records.keys()])("%s", (id) => {
    const r = records.get(id)!;
    const row = projects.get(id)!;
    for (const key of figureKeysOf(r)) {
      const want = expectedSources(r, key);
      const list = /^(results|targets)\.(\w+)$/.exec(key);
      const allowance = /^allowances\.(\d+)$/.exec(key);
      if (`${key}_source` in row) {
        expect(cell(row[`${key}_source`]), `${id}: projects.csv ${key}_source`).toEqual(want);
        expect(json.get(id)![`${key}_source`], `${id}: projects.json ${key}_source`).toEqual(want.map(String));
      }
      if (list) {
        const found = results.filter((x) => x.project_id === id && x.indicator === list[2] && x.kind === (list[1] === "results" ? "result" : "target"));
        expect(
          found.map((x) => cell(x.source)),
          `${id}: results.csv ${key}`,
        ).toEqual([want]);
      } else if (allowance) {
        const found = allowances.filter((x) => x.project_id === id && x.position === allowance[1]);
        expect(
          found.map((x) => cell(x.source)),
          `${id}: allowances.csv ${key}`,
        ).toEqual([want]);
      } else expect(Object.keys(row), `${id}: ${key} has a column of its source in projects.csv`).toContain(`${key}_source`);
    }
  });
});

describe("the check itself", () => {
  it("covers every kind of figure key across the records", () => {
    const kinds = new Set([...records.values()].flatMap((r) => figureKeysOf(r).map((key) => key.replace(/\.\w+$/, ".*"))));
    for (const kind of ["start", "end", "budget.*", "results.*", "targets.*", "allowances.*", "monitoring_months"]) expect(kinds).toContain(kind);
  });

  it("finds a figure without references, and references that name the wrong source", () => {
    const [id, r] = [...records].find(([, record]) => figureKeysOf(record).length > 0)!;
    const keys = figureKeysOf(r);
    const html = readPage(`projects/${id}/index.html`);
    // Without the sup of the first figure key, that figure has no references.
    const withoutRefs = pageRefs(
      html.replace(new RegExp(`<sup class="refs" data-refs="[^"]*\\b${keys[0]!.replace(".", "\\.")}\\b[^"]*">[\\s\\S]*?</sup>`), ""),
      keys,
    );
    expect(withoutRefs.shown.get(keys[0]!)).toContain(undefined);
    // A reference to a source the record does not have points to no item of the list.
    const wrong = pageRefs(html.replace(/href="#source-1"/, 'href="#source-99"'), keys);
    expect(wrong.groups.some((g) => g.positions.includes(99))).toBe(true);
    expect(wrong.sourceItems.has("source-99")).toBe(false);
  });
});
