import { describe, expect, it } from "vitest";
import { compareNewestFirst, deriveBudget, deriveProject, deriveStatus, METHODS } from "../../src/lib/derive.ts";
import { toPrecisionDate } from "../../src/lib/dates.ts";
import { projectData, syntheticProject } from "../fixtures/factory.ts";

const today = new Date("2026-11-23T00:00:00Z");
const order = ["returned", "reintegration_assisted", "counselled"];

describe("deriveBudget", () => {
  it("calculates the EU amount from a stated rate", () => {
    expect(deriveBudget({ currency: "EUR", total: 1400000, eu_share_pct: 75 })).toEqual({
      currency: "EUR",
      total: { cents: 140000000, currency: "EUR" },
      awarded: undefined,
      euSharePct: { value: 75, basis: "stated" },
      euAmount: { value: { cents: 105000000, currency: "EUR" }, basis: "calculated", method: METHODS.euAmount },
    });
  });

  it("calculates the rate from a stated amount", () => {
    const budget = deriveBudget({ currency: "EUR", total: 400000, eu_amount: 300000 });
    expect(budget.euSharePct).toEqual({ value: 75, basis: "calculated", method: METHODS.euSharePct });
    expect(budget.euAmount).toEqual({ value: { cents: 30000000, currency: "EUR" }, basis: "stated" });
  });

  it("marks both as stated when both are given", () => {
    const budget = deriveBudget({ currency: "EUR", total: 1000, eu_share_pct: 50, eu_amount: 500 });
    expect([budget.euSharePct?.basis, budget.euAmount?.basis]).toEqual(["stated", "stated"]);
  });

  it("derives nothing without a total", () => {
    expect(deriveBudget({ currency: "EUR", eu_share_pct: 75 })).toEqual({
      currency: "EUR",
      total: undefined,
      awarded: undefined,
      euSharePct: { value: 75, basis: "stated" },
    });
    expect(deriveBudget({ currency: "EUR", eu_amount: 5512747 }).euSharePct).toBeUndefined();
    expect(deriveBudget(undefined)).toEqual({});
  });

  it("keeps koruna in koruna", () => {
    expect(deriveBudget({ currency: "CZK", total: 60000000, eu_share_pct: 75 }).euAmount?.value).toEqual({ cents: 4500000000, currency: "CZK" });
  });
});

describe("deriveStatus on 23 November 2026", () => {
  const d = (s: string | undefined) => (s === undefined ? undefined : toPrecisionDate(s));
  it.each([
    ["2010-07-01", "2011-06-30", "closed"],
    [undefined, "2011", "closed"],
    ["2025-07-01", "2026-12-31", "ongoing"],
    ["2023", "2026", "ongoing"],
    ["2026-11-23", "2027", "ongoing"],
    ["2027-01", undefined, "planned"],
    ["2026-11-24", "2027-12-31", "planned"],
    ["2019-04", undefined, "unknown"],
    [undefined, "2026-12", "unknown"],
    [undefined, undefined, "unknown"],
  ] as const)("%s to %s is %s", (start, end, status) => {
    expect(deriveStatus(d(start), d(end), today)).toBe(status);
  });
});

describe("deriveProject", () => {
  const partir = projectData({
    title: "PARTIR II",
    acronym: "PARTIR II",
    summary: "Support.",
    member_state: "IT",
    fund: "return-fund",
    managing_entity: "IOM",
    start: new Date(Date.UTC(2010, 6, 1)),
    end: "2011-06-30",
    budget: { currency: "EUR", total: 1400000, eu_share_pct: 75 },
    results: { reintegration_assisted: 139, returned: 208 },
    targets: { returned: 200 },
    sources: [{ url: "https://example.org", title: "t", publisher: "p" }],
    confidence: "high",
    checked: "2026-11-23",
  });
  const p = deriveProject("it-partir-ii", partir, today, order);

  it("keeps dates, orders results by indicator, and derives duration and status", () => {
    expect(p.start).toEqual({ year: 2010, month: 7, day: 1, precision: "day" });
    expect(p.results).toEqual([
      { indicator: "returned", count: 208 },
      { indicator: "reintegration_assisted", count: 139 },
    ]);
    expect([p.durationMonths, p.durationDays, p.status]).toEqual([12, 365, "closed"]);
  });

  it("derives cost per person returned and returns against target, with methods", () => {
    expect(p.costPerReturned).toEqual({ value: { cents: 673077, currency: "EUR" }, method: METHODS.costPerReturned });
    expect(p.returnsAgainstTarget).toEqual({ value: 104, method: METHODS.returnsAgainstTarget });
  });

  it("derives nothing from a record with targets only", () => {
    const targetsOnly = deriveProject("lv-x", { ...partir, results: undefined, targets: { returned: 280 } }, today, order);
    expect(targetsOnly.results).toEqual([]);
    expect(targetsOnly.costPerReturned).toBeUndefined();
    expect(targetsOnly.returnsAgainstTarget).toBeUndefined();
  });

  it("gives no cost per person when none returned", () => {
    expect(deriveProject("x", { ...partir, results: { returned: 0 } }, today, order).costPerReturned).toBeUndefined();
  });
});

describe("compareNewestFirst", () => {
  it("orders by start, then end-only, then undated, ties by id", () => {
    const base = syntheticProject("x", {}, { asOf: today, indicatorOrder: order });
    const make = (id: string, start?: string, end?: string) => ({
      ...base,
      id,
      ...(start ? { start: toPrecisionDate(start) } : {}),
      ...(end ? { end: toPrecisionDate(end) } : {}),
    });
    const projects = [
      make("b-undated"),
      make("a-undated"),
      make("end-only-2026", undefined, "2026-08"),
      make("start-2010", "2010-07-01"),
      make("start-2025", "2025-07-01", "2026-12-31"),
      make("start-2010-longer", "2010-07-01", "2012"),
      make("start-2010-year", "2010"),
    ];
    expect(projects.sort(compareNewestFirst).map((p) => p.id)).toEqual([
      "start-2025",
      "start-2010-longer",
      "start-2010",
      "start-2010-year",
      "end-only-2026",
      "a-undated",
      "b-undated",
    ]);
  });
});
