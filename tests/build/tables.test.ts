/**
 * Every table of every page has a <caption> as its name, first in the table; a table in a
 * scroll box is in a keyboard-reachable region named by that caption (TableRegion.astro, and
 * the Markdown tables through src/integrations/table-captions.ts), never in a <section>.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dist } from "./helpers.ts";

const pages = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith(".html"));

describe("tables", () => {
  it("every table starts with a non-empty caption", () => {
    const problems: string[] = [];
    let tables = 0;
    for (const file of pages) {
      const html = readFileSync(join(dist, file), "utf8");
      for (const m of html.matchAll(/<table\b[^>]*>\s*(<caption\b[^>]*>([\s\S]*?)<\/caption>)?/g)) {
        tables++;
        if (!m[1] || m[2]!.replace(/<[^>]+>/g, "").trim() === "") problems.push(`${file}: ${m[0].slice(0, 80)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(tables).toBeGreaterThan(400);
  });

  it("every scroll box is a region named by its table's caption, reachable by keyboard", () => {
    const problems: string[] = [];
    let boxes = 0;
    for (const file of pages) {
      const html = readFileSync(join(dist, file), "utf8");
      if (/<section[^>]*class="table-wrap"/.test(html)) problems.push(`${file}: a table in a <section>`);
      for (const m of html.matchAll(/<div class="table-wrap(?: [\w-]+)*"[^>]*>/g)) {
        boxes++;
        const region = /^<div class="table-wrap(?: [\w-]+)*" role="region" aria-labelledby="([^"]+)" tabindex="0">$/.exec(m[0]);
        const after = html.slice(m.index + m[0].length, m.index + m[0].length + 400);
        if (!region || !new RegExp(`^\\s*<table\\b[^>]*>\\s*<caption id="${region[1]}"`).test(after)) problems.push(`${file}: ${m[0]}`);
      }
    }
    expect(problems).toEqual([]);
    expect(boxes).toBeGreaterThan(400);
  });

  it("the group rows of #element-counts head their rows with scope rowgroup, and each cell names its headers", () => {
    for (const page of ["elements/index.html", "it/elements/index.html"]) {
      const html = readFileSync(join(dist, page), "utf8");
      const table = html.slice(html.indexOf('<table id="element-counts"'), html.indexOf("</table>", html.indexOf('<table id="element-counts"')));
      expect(table).not.toContain("colgroup");
      const groups = [...table.matchAll(/<tbody data-area="([^"]+)">/g)].map((m) => m[1]);
      expect(groups.length).toBeGreaterThan(2);
      expect([...table.matchAll(/<th scope="rowgroup" rowspan="\d+" id="counts-area-([^"]+)"/g)].map((m) => m[1])).toEqual(groups);
      for (const td of table.matchAll(/<td\b[^>]*>/g)) expect(td[0]).toMatch(/ headers="counts-(definition|projects) counts-area-[a-z-]+ counts-row-[a-z-]+"/);
    }
  });
});
