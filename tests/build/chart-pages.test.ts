/**
 * The chart pages as built: every chart of the gallery has its page and its embed in both
 * languages, with its table, sources, CSV, image button, citation and embed code; the gallery
 * is grouped by question; each map's shapes carry the same names and numbers as the table
 * beside it, every shape named for screen readers; the embeds stay out of the sitemap; the
 * country pages say where their returnees went.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "parse5";
import { describe, expect, it } from "vitest";
import { dist, readPage, readRecords } from "./helpers.ts";
import { CHART_QUESTIONS } from "../../src/lib/charts.ts";
import { MEMBER_STATE_CODES } from "../../src/lib/iso-codes.ts";
import { useLocalization } from "../../src/i18n/index.ts";

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

const dom = (html: string) => parse(html) as unknown as Node;
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
function all(node: Node, test: (n: Node) => boolean, out: Node[] = []): Node[] {
  if (test(node)) out.push(node);
  for (const child of node.childNodes ?? []) all(child, test, out);
  if (node.content) all(node.content, test, out);
  return out;
}
const byTag = (node: Node, tag: string) => all(node, (n) => n.tagName === tag);
const byId = (node: Node, id: string) => all(node, (n) => attr(n, "id") === id)[0];
const text = (node: Node): string => (node.nodeName === "#text" ? (node.value ?? "") : (node.childNodes ?? []).map(text).join("")).replace(/\s+/g, " ").trim();

const records = readRecords();
const langs = ["en", "it"] as const;
const prefix = (lang: string) => (lang === "en" ? "" : `${lang}/`);

/** The chart ids of the gallery, in page order, with the question each is grouped under. */
function gallery(lang: string): { id: string; question: string; href: string }[] {
  const page = dom(readPage(`${prefix(lang)}charts/index.html`));
  return all(page, (n) => n.tagName === "section" && attr(n, "data-question") !== undefined).flatMap((section) =>
    all(section, (n) => n.tagName === "li" && attr(n, "data-chart") !== undefined).map((card) => ({
      id: attr(card, "data-chart")!,
      question: attr(section, "data-question")!,
      href: attr(byTag(card, "a")[0]!, "href")!,
    })),
  );
}

const ids = gallery("en").map((c) => c.id);

describe("the gallery", () => {
  it.each(langs)("in %s: a card per chart, grouped by question in the order of the questions, each linking to its page", (lang) => {
    const cards = gallery(lang);
    expect(cards.map((c) => c.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    const order = [...new Set(cards.map((c) => c.question))];
    expect(order).toEqual(CHART_QUESTIONS.filter((q) => order.includes(q)));
    expect(order).toEqual([...CHART_QUESTIONS]);
    for (const card of cards) expect(card.href).toBe(`/${prefix(lang)}charts/${card.id}/`);
    const l = useLocalization(lang);
    const page = dom(readPage(`${prefix(lang)}charts/index.html`));
    expect(byTag(page, "h2").map(text)).toEqual(CHART_QUESTIONS.map((q) => l.t(`charts.question.${q}`)));
  });

  it("holds at least three maps, previewed by their own SVG file in each language", () => {
    const maps = ids.filter((id) => id.startsWith("map-"));
    expect(maps).toEqual(expect.arrayContaining(["map-projects-by-member-state", "map-people-returned-by-member-state", "map-countries-of-return"]));
    for (const lang of langs) for (const id of maps) expect(existsSync(join(dist, `${prefix(lang)}charts/${id}.svg`)), `${lang} ${id}`).toBe(true);
  });
});

describe.each(langs)("every chart's page in %s", (lang) => {
  const l = useLocalization(lang);
  it.each(ids)("%s: chart, table, sources, CSV, PNG button, citation and embed code", (id) => {
    const html = readPage(`${prefix(lang)}charts/${id}/index.html`);
    const page = dom(html);
    // The sections, and the links to them that work without JavaScript.
    for (const section of ["chart", "table", "sources", "download"]) {
      expect(byId(page, section), section).toBeDefined();
      expect(all(page, (n) => n.tagName === "a" && attr(n, "href") === `#${section}`)).toHaveLength(1);
    }
    const table = byId(page, `${id}-table`)!;
    expect(table.tagName).toBe("table");
    expect(byTag(table, "tbody")[0]!.childNodes!.filter((n) => n.tagName === "tr").length).toBeGreaterThan(0);
    expect(text(byId(page, "sources")!).length).toBeGreaterThan(40);
    // The CSV link names a file that exists.
    const csv = all(byId(page, "download")!, (n) => n.tagName === "a" && (attr(n, "href") ?? "").endsWith(".csv"))[0]!;
    expect(existsSync(join(dist, attr(csv, "href")!))).toBe(true);
    // The PNG button: hidden until its script shows it, with the words drawn into the image.
    const button = all(page, (n) => n.tagName === "button" && (attr(n, "class") ?? "").includes("png-download"))[0]!;
    expect(button).toBeDefined();
    const item = all(page, (n) => n.tagName === "li" && (attr(n, "class") ?? "").includes("png-item"))[0]!;
    expect(attr(item, "hidden")).toBe("");
    expect(attr(button, "data-source")).toContain(l.t("site.name"));
    expect(attr(button, "data-licence")).toContain("CC-BY-4.0");
    // The citation: site, title, the page's own address, the data's date, the licence.
    const citation = text(all(page, (n) => attr(n, "class") === "citation")[0]!);
    const title = text(byTag(page, "h1")[0]!);
    expect(citation).toContain(l.t("site.name"));
    expect(citation).toContain(title);
    expect(citation).toContain(`https://avrr-transparency.eu/${prefix(lang)}charts/${id}/`);
    expect(citation).toContain("CC-BY-4.0");
    // The embed code frames the embed page, which exists.
    const code = text(byTag(byId(page, "download")!, "textarea")[0]!);
    expect(code).toContain(`<iframe src="https://avrr-transparency.eu/${prefix(lang)}embed/charts/${id}/"`);
    expect(existsSync(join(dist, `${prefix(lang)}embed/charts/${id}/index.html`))).toBe(true);
    // No record is listed on the page: values link to the project list instead.
    expect(all(page, (n) => n.tagName === "a" && /\/projects\/[a-z]{2}-[a-z0-9-]+\/$/.test(attr(n, "href") ?? ""))).toEqual([]);
  });
});

describe("the embeds", () => {
  it.each(langs)("in %s: marked noindex, with the chart's page as canonical, and out of the sitemap", (lang) => {
    const sitemap = readFileSync(join(dist, "sitemap-0.xml"), "utf8");
    expect(sitemap).not.toContain("/embed/");
    for (const id of ids) {
      const html = readPage(`${prefix(lang)}embed/charts/${id}/index.html`);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain(`<link rel="canonical" href="https://avrr-transparency.eu/${prefix(lang)}charts/${id}/">`);
      expect(html).not.toContain('class="site-header"');
    }
  });
});

/** A map's shapes, by code: the value drawn and the accessible name. */
function mapShapes(page: Node, svgId: string) {
  const svg = byId(page, svgId)!;
  expect(svg.tagName).toBe("svg");
  return new Map(
    all(svg, (n) => n.tagName === "path" && attr(n, "data-code") !== undefined).map((p) => [
      attr(p, "data-code")!,
      { value: attr(p, "data-value")!, role: attr(p, "role"), label: attr(p, "aria-label")!, title: text(byTag(p, "title")[0]!) },
    ]),
  );
}
/** A chart table's rows: key, value and row heading. */
function tableRows(page: Node, tableId: string) {
  const table = byId(page, tableId)!;
  return all(table, (n) => n.tagName === "tr" && attr(n, "data-key") !== undefined).map((tr) => ({
    key: attr(tr, "data-key")!,
    value: attr(all(tr, (n) => n.tagName === "td" && attr(n, "data-value") !== undefined)[0]!, "data-value")!,
    label: attr(byTag(tr, "th")[0]!, "data-label")!,
  }));
}

describe.each(langs)("the maps in %s", (lang) => {
  const l = useLocalization(lang);
  it.each(["map-projects-by-member-state", "map-people-returned-by-member-state", "map-countries-of-return"])(
    "%s: every shape with a value is a row of the table with the same number, and named with it",
    (id) => {
      const page = dom(readPage(`${prefix(lang)}charts/${id}/index.html`));
      const shapes = mapShapes(page, `${id}-map`);
      const rows = tableRows(page, `${id}-table`);
      const drawnRows = rows.filter((r) => r.key !== "eu");
      // Same codes with a value, same values.
      const withValue = [...shapes].filter(([, s]) => s.value !== "");
      expect(Object.fromEntries(withValue.map(([code, s]) => [code.toLowerCase(), s.value]))).toEqual(
        Object.fromEntries(drawnRows.map((r) => [r.key, r.value])),
      );
      for (const [code, shape] of shapes) {
        expect(shape.role, code).toBe("img");
        expect(shape.label, code).toBe(shape.title);
        expect(shape.label.startsWith(`${l.country(code)}: `), shape.label).toBe(true);
        if (shape.value !== "") expect(shape.label).toContain(l.count(Number(shape.value)));
      }
      // A member-state map names every member state, with a value or as without one.
      if (id !== "map-countries-of-return") expect([...shapes.keys()].sort()).toEqual([...MEMBER_STATE_CODES].sort());
    },
  );

  it("the countries of return include Kosovo where a record names it, found by name (it has no ISO numeric code)", () => {
    const named = [...records.values()].some((r) => r.return_countries?.includes("XK"));
    const page = dom(readPage(`${prefix(lang)}charts/map-countries-of-return/index.html`));
    const shapes = mapShapes(page, "map-countries-of-return-map");
    expect(shapes.has("XK")).toBe(named);
    if (named) expect(text(byId(page, "chart")!)).toContain(l.t("charts.map.kosovoNote"));
  });
});

describe("country pages", () => {
  it.each(langs)("in %s: say where their projects' returnees went, after the project list, with the same counts as the records", (lang) => {
    const byState = new Map<string, Map<string, number>>();
    for (const r of records.values()) {
      if (r.member_state === "EU") continue;
      const counts = byState.get(r.member_state) ?? new Map<string, number>();
      for (const c of new Set(r.return_countries ?? [])) counts.set(c, (counts.get(c) ?? 0) + 1);
      byState.set(r.member_state, counts);
    }
    let withMap = 0;
    for (const [state, counts] of byState) {
      const html = readPage(`${prefix(lang)}countries/${state.toLowerCase()}/index.html`);
      const page = dom(html);
      const heading = byId(page, "return-countries")!;
      expect(heading, state).toBeDefined();
      expect(html.indexOf('id="return-countries"')).toBeGreaterThan(html.indexOf('id="projects"'));
      if (counts.size === 0) continue;
      withMap++;
      const rows = tableRows(page, `returns-${state.toLowerCase()}`);
      expect(Object.fromEntries(rows.map((r) => [r.key, Number(r.value)]))).toEqual(Object.fromEntries([...counts].map(([c, n]) => [c.toLowerCase(), n])));
      const shapes = mapShapes(page, `returns-${state.toLowerCase()}-map`);
      expect(Object.fromEntries([...shapes].map(([code, s]) => [code.toLowerCase(), Number(s.value)]))).toEqual(
        Object.fromEntries(rows.filter((r) => shapes.has(r.key.toUpperCase())).map((r) => [r.key, Number(r.value)])),
      );
    }
    expect(withMap).toBeGreaterThan(0);
  });
});
