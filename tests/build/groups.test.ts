/** Country and fund pages: their counts and totals equal a recount from the records, in both languages. */
import { describe, expect, it } from "vitest";
import { readPage, readRecords, textOf } from "./helpers.ts";
import type { ProjectData } from "../../src/lib/schema/project.ts";

const records = [...readRecords()].map(([id, data]) => ({ id, data }));

function expected(filter: (r: ProjectData) => boolean) {
  const chosen = records.filter((r) => filter(r.data));
  const totals = new Map<string, number>();
  for (const { data } of chosen) {
    if (data.budget?.total !== undefined) totals.set(data.budget.currency!, (totals.get(data.budget.currency!) ?? 0) + Math.round(data.budget.total * 100));
  }
  return {
    ids: chosen.map((r) => r.id).sort(),
    totals: [...totals].sort(([a], [b]) => a.localeCompare(b)),
    returned: chosen.reduce((n, r) => n + (r.data.results?.returned ?? 0), 0),
  };
}

function figures(html: string) {
  return {
    count: Number(/<dd data-count="(\d+)"/.exec(html)?.[1]),
    totals: [...html.matchAll(/<li data-currency="([A-Z]{3})" data-cents="(\d+)"/g)].map((m) => [m[1], Number(m[2])]),
    returned: Number(/<dd data-returned="(\d+)"/.exec(html)?.[1]),
    rows: [...html.matchAll(/<th scope="row"><a href="(?:\/it)?\/projects\/([a-z0-9-]+)\/"/g)].map((m) => m[1]).sort(),
  };
}

describe.each([
  ["countries/it/index.html", (r: ProjectData) => r.member_state === "IT"],
  ["it/countries/it/index.html", (r: ProjectData) => r.member_state === "IT"],
  ["countries/hu/index.html", (r: ProjectData) => r.member_state === "HU"],
  ["funds/return-fund/index.html", (r: ProjectData) => r.fund === "return-fund"],
  ["it/funds/return-fund/index.html", (r: ProjectData) => r.fund === "return-fund"],
  ["funds/amif-2014-2020/index.html", (r: ProjectData) => r.fund === "amif-2014-2020"],
])("%s", (page, filter) => {
  const html = readPage(page);
  const want = expected(filter);
  const got = figures(html);

  it("lists exactly the records of the group, and counts them", () => {
    expect(got.rows).toEqual(want.ids);
    expect(got.count).toBe(want.ids.length);
    expect(want.ids.length).toBeGreaterThan(0);
  });

  it("gives the total cost per currency and the people returned, recounted from the records", () => {
    expect(got.totals).toEqual(want.totals);
    expect(got.returned).toBe(want.returned);
  });
});

it("the Italian country page has the Italian figures: 21 projects, 2,040,000 EUR, 1419 returned", () => {
  const html = readPage("it/countries/it/index.html");
  expect(figures(html)).toMatchObject({ count: 21, totals: [["EUR", 204000000]], returned: 1419 });
  expect(textOf(html)).toContain("21 progetti su questo sito. Costo totale riportato: 2.040.000 € (2 progetti).");
});
