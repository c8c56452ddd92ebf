/**
 * EU-level work stays EU-level, and context figures are credited honestly, on the built site.
 * Everything is recomputed from the records and data files: for each member state's page, the
 * projects listed are exactly the records with that member_state; EU-level records appear on no
 * member state's page, count, total or chart row; and no context figure credited to an official
 * body comes from a news or other page.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dist, factOf, readPage, readRecords, root, textOf } from "./helpers.ts";
import { parseCsv } from "../../src/lib/export/csv.ts";
import { indexPublishers, lookupPublisher, PRIMARY_KINDS } from "../../src/lib/publishers.ts";
import { publishersSchema, returnStatisticsSchema } from "../../src/lib/schema/reference-data.ts";
import { useLocalization } from "../../src/i18n/index.ts";

const records = [...readRecords()].map(([id, data]) => ({ id, data }));
const euLevel = records
  .filter((r) => r.data.member_state === "EU")
  .map((r) => r.id)
  .sort();
const states = [...new Set(records.map((r) => r.data.member_state).filter((s) => s !== "EU"))].sort();
const idsOf = (state: string) =>
  records
    .filter((r) => r.data.member_state === state)
    .map((r) => r.id)
    .sort();
const listed = (html: string) => [...html.matchAll(/<th scope="row"><a href="(?:\/it)?\/projects\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!).sort();
/** Every project linked from the page's main content, in any table, list or chart. */
const linked = (html: string) =>
  new Set([...(/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "").matchAll(/href="(?:\/it)?\/projects\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!));

it("the records have EU-level work to keep apart, and the ERRIN and ERIN networks are among it", () => {
  expect(euLevel.length).toBeGreaterThan(0);
  expect(euLevel).toEqual(expect.arrayContaining(["eu-errin", "eu-erin"]));
  for (const r of records.filter((r) => r.id.startsWith("eu-"))) expect(r.data.member_state, r.id).toBe("EU");
});

describe.each(["", "it/"])("member-state pages (%s)", (prefix) => {
  it.each(states)("%s lists, counts and totals exactly its own records, and no EU-level one", (state) => {
    const html = readPage(`${prefix}countries/${state.toLowerCase()}/index.html`);
    const want = idsOf(state);
    expect(listed(html)).toEqual(want);
    expect(Number(/<dd data-count="(\d+)"/.exec(html)?.[1])).toBe(want.length);
    const totals = new Map<string, number>();
    for (const r of records.filter((r) => r.data.member_state === state && r.data.budget?.total !== undefined)) {
      totals.set(r.data.budget!.currency!, (totals.get(r.data.budget!.currency!) ?? 0) + Math.round(r.data.budget!.total! * 100));
    }
    expect([...html.matchAll(/<li data-currency="([A-Z]{3})" data-cents="(\d+)"/g)].map((m) => [m[1], Number(m[2])])).toEqual(
      [...totals].sort(([a], [b]) => a.localeCompare(b)),
    );
    const returned = records.filter((r) => r.data.member_state === state).reduce((n, r) => n + (r.data.results?.returned ?? 0), 0);
    expect(Number(/<dd data-returned="(\d+)"/.exec(html)?.[1])).toBe(returned);
    for (const id of euLevel) expect(linked(html).has(id), `${state} page links ${id}`).toBe(false);
  });

  it("the EU-level page is labelled as such and lists exactly the EU-level records", () => {
    const l = useLocalization(prefix ? "it" : "en");
    const html = readPage(`${prefix}countries/eu/index.html`);
    expect(listed(html)).toEqual(euLevel);
    expect(textOf(/<h1>[\s\S]*?<\/h1>/.exec(html)![0])).toBe(l.t("euLevel.title"));
    expect(textOf(html)).toContain(textOf(l.t("euLevel.lead", { count: euLevel.length })));
  });

  it("the home page lists each member state with its own count, and the EU-level group last, under its own name", () => {
    const l = useLocalization(prefix ? "it" : "en");
    const html = readPage(`${prefix}index.html`);
    const list = /<h3 id="by-state">[\s\S]*?<\/ul>/.exec(html)![0];
    const items = [...list.matchAll(/<a href="(?:\/it)?\/countries\/([a-z]{2})\/">([^<]+)<\/a> \(([\d.,]+)\)/g)].map(
      (m) => [m[1]!.toUpperCase(), m[2], Number(m[3]!.replace(/[.,]/g, ""))] as const,
    );
    expect(items.map(([code]) => code).sort()).toEqual([...states, "EU"].sort());
    for (const [code, , count] of items) expect(count, code).toBe(code === "EU" ? euLevel.length : idsOf(code).length);
    expect(items.at(-1)).toEqual(["EU", l.t("euLevel.group"), euLevel.length]);
  });
});

describe("charts by member state", () => {
  it.each(["projects-by-member-state", "budget-by-member-state", "people-returned-by-member-state"])(
    "%s.csv: each member state's row holds only its records, the EU-level records only the last row",
    (chart) => {
      const rows = parseCsv(readFileSync(join(dist, "charts", `${chart}.csv`), "utf8"));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const ids = row.record_ids!.split("; ");
        if (row.member_state === "EU")
          expect(
            ids.every((id) => euLevel.includes(id)),
            chart,
          ).toBe(true);
        else for (const id of ids) expect(records.find((r) => r.id === id)?.data.member_state, `${chart} ${row.member_state} ${id}`).toBe(row.member_state);
      }
      const eu = rows.findIndex((row) => row.member_state === "EU");
      if (eu >= 0) expect(eu, `${chart}: the EU-level row comes last`).toBe(rows.length - 1);
    },
  );

  it("the charts never name the EU-level group as the member state with most", () => {
    const l = useLocalization("en");
    const text = textOf(readPage("charts/index.html"));
    expect(text).not.toMatch(new RegExp(`\\(${l.t("euLevel.name")}\\)|${l.t("euLevel.name")} has the (most|largest)`));
    for (const chart of ["projects-by-member-state", "people-returned-by-member-state", "budget-by-member-state"]) {
      const page = textOf(readPage(`charts/${chart}/index.html`));
      expect(page, chart).not.toMatch(new RegExp(`\\(${l.t("euLevel.name")}\\)|${l.t("euLevel.name")} has the (most|largest)`));
    }
    const byState = textOf(readPage("charts/projects-by-member-state/index.html"));
    expect(byState).toContain(textOf(l.t("charts.euLevelNote", { count: euLevel.length })));
  });
});

it("an EU-level project page names its coordinator, and its participating states include it", () => {
  const l = useLocalization("en");
  const withCoordinator = records.filter((r) => r.data.coordinator !== undefined);
  expect(withCoordinator.map((r) => r.id)).toEqual(expect.arrayContaining(["eu-errin", "eu-erin"]));
  for (const { id, data } of withCoordinator) {
    expect(data.member_state, id).toBe("EU");
    expect(data.participating_states, id).toContain(data.coordinator);
    const html = readPage(`projects/${id}/index.html`);
    expect(factOf(html, l.t("project.coordinator")), id).toBe(l.country(data.coordinator!));
    // The member state reads as the EU and links to the EU-level group, not to the coordinator's page.
    expect(factOf(html, l.t("project.memberState")), id).toBe(l.country("EU"));
    expect(html).toMatch(new RegExp(`<dt[^>]*>${l.t("project.memberState")}</dt>\\s*<dd[^>]*><a href="/countries/eu/"`));
  }
});

describe("context statistics", () => {
  const publishers = indexPublishers(publishersSchema.parse(JSON.parse(readFileSync(join(root, "data/publishers.json"), "utf8"))));
  const statistics = returnStatisticsSchema.parse(JSON.parse(readFileSync(join(root, "data/return-statistics.json"), "utf8")));

  it.each(statistics.series.map((s) => [s.id, s] as const))(
    "%s: no figure credited to the body comes from a news or other page, and every other one names who reported it",
    (id, series) => {
      const body = publishers.byId.get(series.publisher_of_data)!;
      expect(PRIMARY_KINDS).toContain(body.kind);
      const rows = parseCsv(readFileSync(join(dist, "charts", `context-${id}.csv`), "utf8"));
      expect(rows.map((r) => r.period)).toEqual(series.points.map((p) => p.period));
      const html = readPage(`charts/context-${id}/index.html`);
      const figure = /<section id="table"[\s\S]*?<\/section>/.exec(html)![0];
      for (const row of rows) {
        const source = lookupPublisher(publishers, row.source_url!)!;
        expect(source, row.source_url).toBeDefined();
        if (row.reported_by === "") {
          // Credited to the body itself: its own, official or implementer, page.
          expect(source.id, `${id} ${row.period}`).toBe(body.id);
          expect(["news", "other"]).not.toContain(source.kind);
        } else {
          expect(source.id, `${id} ${row.period}`).not.toBe(body.id);
          expect(row.reported_by, `${id} ${row.period}`).toBe(source.name);
          expect(textOf(figure)).toContain(`figure as reported by ${source.name}`);
        }
      }
    },
  );
});
