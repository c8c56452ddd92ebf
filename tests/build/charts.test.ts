/**
 * The sentences written from the data on /charts/: each figure in them recomputed from the raw
 * records, then put in the page's own wording, must be what the page says, in both languages.
 */
import { describe, expect, it } from "vitest";
import { readPage, readRecords, textOf } from "./helpers.ts";
import { useLocalization } from "../../src/i18n/index.ts";

const records = [...readRecords().values()];

/** The key with the largest sum of `value` over the records, and that sum. */
function top(by: (r: (typeof records)[number]) => string | undefined, value: (r: (typeof records)[number]) => number | undefined) {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const r of records) {
    const key = by(r);
    const v = value(r);
    if (key === undefined || v === undefined) continue;
    const entry = sums.get(key) ?? { sum: 0, n: 0 };
    sums.set(key, { sum: entry.sum + v, n: entry.n + 1 });
  }
  const sorted = [...sums].sort((a, b) => b[1].sum - a[1].sum || a[0].localeCompare(b[0]));
  expect(sorted[0]![1].sum, "the top value is not tied").toBeGreaterThan(sorted[1]![1].sum);
  return { key: sorted[0]![0], ...sorted[0]![1], all: sorted };
}

describe.each(["en", "it"])("/charts/ in %s", (lang) => {
  const l = useLocalization(lang);
  const text = textOf(readPage(lang === "en" ? "charts/index.html" : "it/charts/index.html"));

  it("says how many records, countries and EU-level projects there are, and which country has most", () => {
    // EU-level records have their own row and are never named as the member state with most.
    const byState = top(
      (r) => (r.member_state === "EU" ? undefined : r.member_state),
      () => 1,
    );
    const countries = new Set(records.map((r) => r.member_state).filter((s) => s !== "EU")).size;
    const eu = records.filter((r) => r.member_state === "EU").length;
    expect(text).toContain(
      textOf(l.t("charts.byState.takeaway", { records: records.length, countries, eu, shape: "top", top: l.country(byState.key), count: byState.sum })),
    );
  });

  it("gives the euro total cost of the top country and how many records have one", () => {
    const euro = top(
      (r) => (r.budget?.currency === "EUR" && r.member_state !== "EU" ? r.member_state : undefined),
      (r) => (r.budget?.total === undefined ? undefined : Math.round(r.budget.total * 100)),
    );
    const records_ = records.filter((r) => r.budget?.currency === "EUR" && r.budget.total !== undefined).length;
    expect(text).toContain(
      textOf(
        l.t("charts.budget.takeaway", {
          records: records_,
          shape: "top",
          top: l.country(euro.key),
          amount: l.money({ cents: euro.sum, currency: "EUR" }),
          count: euro.n,
        }),
      ),
    );
  });

  it("gives the people returned as reported, in total and for the top country", () => {
    const returned = top(
      (r) => (r.member_state === "EU" ? undefined : r.member_state),
      (r) => r.results?.returned,
    );
    const total = records.reduce((n, r) => n + (r.results?.returned ?? 0), 0);
    const reporting = records.filter((r) => r.results?.returned !== undefined).length;
    expect(text).toContain(
      textOf(l.t("charts.returned.takeaway", { total, records: reporting, shape: "top", top: l.country(returned.key), count: returned.sum })),
    );
  });
});

it("the English page's first takeaway reads as a person would write it, with the records' numbers", () => {
  const text = textOf(readPage("charts/index.html"));
  const byState = top(
    (r) => (r.member_state === "EU" ? undefined : r.member_state),
    () => 1,
  );
  const countries = new Set(records.map((r) => r.member_state).filter((s) => s !== "EU")).size;
  const eu = records.filter((r) => r.member_state === "EU").length;
  const country = new Intl.DisplayNames(["en-GB"], { type: "region" }).of(byState.key);
  expect(text).toContain(
    `The ${records.length} records come from ${countries} member states, plus ${eu} at EU level; the largest number of projects in a member state is ${byState.sum} (${country}).`,
  );
});
