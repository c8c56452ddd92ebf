/**
 * Aggregates on synthetic records: values, the records behind each, what is left out and why,
 * currencies kept apart, targets never counted as results, and order-independence.
 */
import { describe, expect, it } from "vitest";
import {
  budgetByCurrency,
  budgetByMemberState,
  completeness,
  costPerReturned,
  euRateBins,
  projectsByManagingEntity,
  projectsByMemberState,
  projectsByStartYearAndFund,
  resultByMemberState,
  resultTotal,
} from "../../src/lib/aggregate.ts";
import { syntheticProject as project } from "../fixtures/factory.ts";

const projects = [
  project("it-a", {
    fund: "return-fund",
    start: "2010-07-01",
    end: "2011-06-30",
    budget: { currency: "EUR", total: 1000000, eu_share_pct: 75 },
    results: { returned: 200, reintegration_assisted: 150 },
  }),
  project("it-b", { fund: "return-fund", start: 2010, budget: { currency: "EUR", total: 500000.5, eu_amount: 250000.25 }, targets: { returned: 100 } }),
  project("hu-c", {
    member_state: "HU",
    managing_entity: "Hungarian Interchurch Aid",
    fund: "return-fund",
    start: "2012-01",
    budget: { currency: "HUF", total: 90000000, eu_share_pct: 75 },
    results: { returned: 30 },
  }),
  project("lv-d", { member_state: "LV", fund: "refugee-fund", start: 2007, budget: { currency: "LVL", total: 70280.4 }, results: { returned: 0 } }),
  project("mt-e", { member_state: "MT", start: 2014, results: { counselled: 12 } }),
  project("it-f", { fund: "amif-2014-2020", budget: { currency: "EUR", eu_share_pct: 90 } }),
];

describe("counts", () => {
  it("counts every record once per member state, most first, with the ids", () => {
    expect(projectsByMemberState(projects)).toEqual({
      values: [
        { key: "IT", value: 3, ids: ["it-a", "it-b", "it-f"] },
        { key: "HU", value: 1, ids: ["hu-c"] },
        { key: "LV", value: 1, ids: ["lv-d"] },
        { key: "MT", value: 1, ids: ["mt-e"] },
      ],
      leftOut: [],
    });
    expect(projectsByManagingEntity(projects).values.map((v) => [v.key, v.value])).toEqual([
      ["IOM", 5],
      ["Hungarian Interchurch Aid", 1],
    ]);
  });

  it("counts by start year and fund, leaving out records without a start or a fund", () => {
    const { values, leftOut } = projectsByStartYearAndFund(projects);
    expect(values.map((v) => [v.key.year, v.key.fund, v.value, v.ids.join()])).toEqual([
      [2007, "refugee-fund", 1, "lv-d"],
      [2010, "return-fund", 2, "it-a,it-b"],
      [2012, "return-fund", 1, "hu-c"],
    ]);
    expect(leftOut).toEqual([
      { id: "it-f", reason: "no-dates" },
      { id: "mt-e", reason: "no-fund" },
    ]);
  });
});

describe("money", () => {
  it("sums budgets per member state and currency, never across currencies, to the cent", () => {
    const { values, leftOut } = budgetByMemberState(projects);
    expect(values).toEqual([
      { key: { group: "IT", currency: "EUR" }, value: 150000050, ids: ["it-a", "it-b"] },
      { key: { group: "HU", currency: "HUF" }, value: 9000000000, ids: ["hu-c"] },
      { key: { group: "LV", currency: "LVL" }, value: 7028040, ids: ["lv-d"] },
    ]);
    expect(leftOut).toEqual([
      { id: "it-f", reason: "no-budget" },
      { id: "mt-e", reason: "no-budget" },
    ]);
  });

  it("sums budgets per currency only", () => {
    expect(budgetByCurrency(projects)).toEqual({
      values: [
        { key: "EUR", value: 150000050, ids: ["it-a", "it-b"] },
        { key: "HUF", value: 9000000000, ids: ["hu-c"] },
        { key: "LVL", value: 7028040, ids: ["lv-d"] },
      ],
      leftOut: [
        { id: "it-f", reason: "no-budget" },
        { id: "mt-e", reason: "no-budget" },
      ],
    });
  });

  it("gives cost per person returned per project in its own currency, leaving out what cannot be divided", () => {
    const { values, leftOut } = costPerReturned(projects);
    expect(values.map((v) => [v.key.group, v.key.currency, v.value])).toEqual([
      ["it-a", "EUR", 500000],
      ["hu-c", "HUF", 300000000],
    ]);
    expect(leftOut).toEqual([
      { id: "it-b", reason: "only-targets" },
      { id: "it-f", reason: "no-budget" },
      { id: "lv-d", reason: "zero-returned" },
      { id: "mt-e", reason: "no-budget" },
    ]);
  });
});

describe("rates", () => {
  it("bins stated and calculated rates, 100 in the last bin, and leaves out records without a rate", () => {
    const extra = project("eu-g", { member_state: "EU", budget: { currency: "EUR", eu_share_pct: 100 } });
    const { values, leftOut } = euRateBins([...projects, extra], 25);
    expect(values.map((v) => [v.key.from, v.key.to, v.value, v.ids.join()])).toEqual([
      [0, 25, 0, ""],
      [25, 50, 0, ""],
      [50, 75, 1, "it-b"],
      [75, 100, 4, "eu-g,hu-c,it-a,it-f"],
    ]);
    expect(leftOut).toEqual([
      { id: "lv-d", reason: "no-rate" },
      { id: "mt-e", reason: "no-rate" },
    ]);
  });
});

describe("results", () => {
  it("sums reported results only; a record with only a target is left out as such; a reported zero counts", () => {
    const total = resultTotal(projects, "returned");
    expect(total.values).toEqual([{ key: "returned", value: 230, ids: ["hu-c", "it-a", "lv-d"] }]);
    expect(total.leftOut).toEqual([
      { id: "it-b", reason: "only-targets" },
      { id: "it-f", reason: "not-reported" },
      { id: "mt-e", reason: "not-reported" },
    ]);
    expect(resultByMemberState(projects, "returned").values).toEqual([
      { key: "IT", value: 200, ids: ["it-a"] },
      { key: "HU", value: 30, ids: ["hu-c"] },
      { key: "LV", value: 0, ids: ["lv-d"] },
    ]);
  });

  it("accounts for every record exactly once: values' ids plus left out equal all records", () => {
    for (const aggregate of [
      budgetByMemberState(projects),
      costPerReturned(projects),
      resultTotal(projects, "returned"),
      projectsByStartYearAndFund(projects),
      euRateBins(projects),
    ]) {
      const all = [...aggregate.values.flatMap((v) => v.ids), ...aggregate.leftOut.map((l) => l.id)].sort();
      expect(all).toEqual(projects.map((p) => p.id).sort());
    }
  });
});

describe("completeness and determinism", () => {
  it("counts, per field, the records that report it", () => {
    const byField = Object.fromEntries(completeness(projects).map((c) => [c.values[0]!.key, [c.values[0]!.value, c.total, c.leftOut.length]]));
    expect(byField.start).toEqual([5, 6, 1]);
    expect(byField.end).toEqual([1, 6, 5]);
    expect(byField["budget.total"]).toEqual([4, 6, 2]);
    expect(byField["budget.eu_share_pct"]).toEqual([3, 6, 3]);
    expect(byField["budget.eu_amount"]).toEqual([1, 6, 5]);
    expect(byField["results.returned"]).toEqual([3, 6, 3]);
    expect(byField.targets).toEqual([1, 6, 5]);
  });

  it("gives the same result for the records in any order", () => {
    const reversed = [...projects].reverse();
    expect(budgetByMemberState(reversed)).toEqual(budgetByMemberState(projects));
    expect(projectsByStartYearAndFund(reversed)).toEqual(projectsByStartYearAndFund(projects));
    expect(costPerReturned(reversed)).toEqual(costPerReturned(projects));
    expect(completeness(reversed)).toEqual(completeness(projects));
  });
});
