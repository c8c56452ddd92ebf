/**
 * The IATI builder on synthetic records: what goes in, what is left out and why, dates at
 * their precision, a file the official 2.03 schema accepts, and exactly the exceptions to the
 * IATI Standard ruleset the file declares.
 */
import { describe, expect, it } from "vitest";
import { create } from "xmlbuilder2";
import { buildIati, iatiExclusions, withinAYear, type IatiOptions } from "../../src/lib/export/iati.ts";
import { parsePrecisionDate, type PrecisionDate } from "../../src/lib/dates.ts";
import { applyRuleset, organisationRegistrationAgencies, standardRuleset } from "../standards/iati-rules.ts";
import type { Project } from "../../src/lib/derive.ts";
import { AS_OF as asOf, syntheticProject } from "../fixtures/factory.ts";
import { useLocalization } from "../../src/i18n/index.ts";
import { iatiActivityOrder, iatiSchemaErrors } from "../standards/validate.ts";

const project = (id: string, fields: Record<string, unknown>): Project => syntheticProject(id, { managing_entity: "Fixture Organisation", ...fields });

const options: IatiOptions = {
  reportingOrgRef: "example.org",
  reportingOrgRegistered: false,
  reportingOrgName: "Example publisher",
  asOf,
  pageUrl: (id) => `https://example.org/projects/${id}/`,
  translations: (id) => (id === "it-full" ? { it: { title: "Titolo sintetico", summary: "Sintesi." } } : {}),
  text: (key, values) => ({ en: useLocalization("en").t(key, values), it: useLocalization("it").t(key, values) }),
  fundName: (fund) => (fund === "return-fund" ? "European Return Fund 2008–2013" : undefined),
  indicators: [
    { id: "returned", label: { en: "People returned", it: "Persone rimpatriate" }, definition: { en: "Returned.", it: "Rimpatriate." }, summable: true },
    { id: "reintegration_assisted", label: { en: "People supported to reintegrate" }, definition: { en: "Supported." }, summable: false },
  ],
};

const full = project("it-full", {
  title: 'Return & reintegration <pilot> = "test"',
  fund: "return-fund",
  reference: "HOME/2010/RF/01",
  start: 2010,
  end: "2011-06",
  budget: { currency: "EUR", total: 1400000.5, eu_share_pct: 75 },
  results: { returned: 208 },
  targets: { returned: 250, reintegration_assisted: 100 },
  return_countries: ["MA", "XK"],
  related: [{ id: "it-end-only", relation: "part-of" }],
});
const endOnly = project("it-end-only", { end: "2007-12", results: { returned: 12 } });
const undated = project("it-undated", {});
const startOnly = project("it-start-only", { start: "2019-03-01" });
const future = project("it-future", { start: "2027-01", budget: { currency: "EUR", total: 90000 }, targets: { returned: 12 } });
const oneYear = project("it-one-year", {
  start: "2012-01",
  end: "2012-12",
  budget: { currency: "EUR", total: 300000 },
  return_countries: ["TN"],
  related: [{ id: "it-full", relation: "part-of" }],
});

const element = (parent: Element, name: string) => [...parent.childNodes].filter((c): c is Element => c.nodeType === 1).filter((c) => c.nodeName === name);
function activities(xml: string): Element[] {
  const root = create(xml).root().node as unknown as Element;
  return element(root, "iati-activity");
}

describe("which records IATI can hold", () => {
  it("leaves out a record with no date, one whose single date does not settle the status, and one with no start date", () => {
    expect(iatiExclusions(undated, asOf)).toEqual(["no-date"]);
    expect(iatiExclusions(startOnly, asOf)).toEqual(["status-unknown"]);
    expect(iatiExclusions(endOnly, asOf)).toEqual(["no-start"]);
    expect(iatiExclusions(future, asOf)).toEqual([]);
  });

  it("names every record it leaves out, in the file and in its result", () => {
    const file = buildIati([full, endOnly, undated, startOnly, future], options);
    expect(file.included).toEqual(["it-full", "it-future"]);
    expect(file.excluded).toEqual([
      { id: "it-end-only", reasons: ["no-start"] },
      { id: "it-undated", reasons: ["no-date"] },
      { id: "it-start-only", reasons: ["status-unknown"] },
    ]);
    expect(file.xml).toContain("2 of 5 project records");
    expect(file.xml).toMatch(/it-end-only: the sources give an end date but no start date/);
    expect(file.xml).toMatch(/it-undated: the sources give neither a start nor an end date/);
    expect(file.xml).toMatch(/it-start-only: the sources give only one date/);
    expect(activities(file.xml)).toHaveLength(2);
  });
});

describe("the IATI Standard ruleset", () => {
  const file = buildIati([full, oneYear, future], options);
  const outcomes = applyRuleset(
    standardRuleset(),
    file.xml,
    { orgIds: new Set(), orgIdPrefixes: organisationRegistrationAgencies() },
    new Date(Date.UTC(2026, 11, 2)),
  );
  const failing = (rule: string) => outcomes.filter((o) => o.id === rule && o.result === "fail").map((o) => o.activity.replace("example.org-", ""));

  it("declares, for each rule the file still fails, the activities and the reason", () => {
    expect(file.exceptions).toEqual([
      { reason: "publisher-unregistered", rule: "1.14.8", severity: "warning", ids: ["it-full", "it-one-year", "it-future"] },
      { reason: "no-return-country", rule: "3.7.1", severity: "error", ids: ["it-future"] },
      { reason: "countries-without-shares", rule: "3.7.1", severity: "error", ids: ["it-full"] },
    ]);
    expect(file.xml).toContain("   rule 1.14.8 (warning), all 3 activities: the site has no organisation identifier");
    expect(file.xml).toContain("   rule 3.7.1 (error), 1 of 3 activities: the sources name no country of return");
    expect(file.xml).toContain("\n     it-future \n");
  });

  it("fails exactly those rules for exactly those activities, and passes every other", () => {
    const failed = [...new Set(outcomes.filter((o) => o.result === "fail").map((o) => o.id))].sort();
    expect(failed).toEqual(["1.14.8", "3.7.1"]);
    expect(failing("1.14.8")).toEqual(["it-full", "it-one-year", "it-future"]);
    expect(failing("3.7.1").sort()).toEqual(["it-full", "it-future"]);
  });

  it("passes 1.14.8 with an identifier from a registration agency", () => {
    const registered = buildIati([oneYear], { ...options, reportingOrgRef: "XI-IATI-EXAMPLE", reportingOrgRegistered: true });
    expect(registered.exceptions).toEqual([]);
    const result = applyRuleset(
      standardRuleset(),
      registered.xml,
      { orgIds: new Set(), orgIdPrefixes: organisationRegistrationAgencies() },
      new Date(Date.UTC(2026, 11, 2)),
    );
    expect(result.filter((o) => o.result === "fail")).toEqual([]);
  });

  it("counts a year as the ruleset does: at most 365 days from the first to the last day", () => {
    const d = (text: string): PrecisionDate => {
      const parsed = parsePrecisionDate(text);
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed.date;
    };
    expect(withinAYear(d("2012"), d("2012"))).toBe(true);
    expect(withinAYear(d("2012-01-01"), d("2012-12-31"))).toBe(true);
    expect(withinAYear(d("2011-07-01"), d("2012-06-30"))).toBe(true);
    // 2012 is a leap year: 1 July 2011 to 1 July 2012 is 366 days.
    expect(withinAYear(d("2011-07-01"), d("2012-07-01"))).toBe(false);
    expect(withinAYear(d("2010"), d("2011-06"))).toBe(false);
  });
});

describe("an activity", () => {
  const file = buildIati([full, oneYear, future], options);
  const [a, b, c] = activities(file.xml) as [Element, Element, Element];
  const attr = (e: Element | undefined, name: string) => e?.getAttribute(name);

  it("is valid against the official IATI 2.03 schema", async () => {
    expect(await iatiSchemaErrors(file.xml)).toEqual([]);
  });

  it("has its children in the order the schema's sequence demands", () => {
    const order = iatiActivityOrder();
    expect(order.slice(0, 4)).toEqual(["iati-identifier", "reporting-org", "title", "description"]);
    for (const activity of [a, b, c]) {
      const positions = [...activity.childNodes].filter((n) => n.nodeType === 1).map((child) => order.indexOf(child.nodeName));
      expect(positions).not.toContain(-1);
      expect(positions).toEqual([...positions].sort((x, y) => x - y));
    }
  });

  it("escapes text and keeps it exactly, with Italian where translated", () => {
    const titles = element(element(a, "title")[0]!, "narrative");
    expect(titles.map((n) => [n.getAttribute("xml:lang"), n.textContent])).toEqual([
      [null, 'Return & reintegration <pilot> = "test"'],
      ["it", "Titolo sintetico"],
    ]);
    expect(file.xml).toContain("Return &amp; reintegration &lt;pilot&gt;");
    expect(element(b, "title")[0]!.children).toHaveLength(1);
  });

  it("gives identifier, funder, implementer, code, status and sector", () => {
    expect(element(a, "iati-identifier")[0]!.textContent).toBe("example.org-it-full");
    expect(element(a, "participating-org").map((o) => [attr(o, "role"), element(o, "narrative")[0]?.textContent])).toEqual([
      ["1", "European Union (European Return Fund 2008–2013)"],
      ["4", "Fixture Organisation"],
    ]);
    expect(attr(element(a, "other-identifier")[0], "ref")).toBe("HOME/2010/RF/01");
    expect([a, b, c].map((x) => attr(element(x, "activity-status")[0], "code"))).toEqual(["4", "4", "1"]);
    expect([attr(element(a, "sector")[0], "code"), attr(element(a, "sector")[0], "percentage")]).toEqual(["15190", "100"]);
    expect(attr(element(a, "related-activity")[0], "ref")).toBe("example.org-it-end-only");
  });

  it("gives one country of return as the recipient country, several without shares as beneficiary locations", () => {
    expect(element(b, "recipient-country").map((e) => [attr(e, "code"), attr(e, "percentage")])).toEqual([["TN", "100"]]);
    expect(element(b, "location")).toEqual([]);
    expect(element(a, "recipient-country")).toEqual([]);
    expect(
      element(a, "location").map((l) => [
        attr(element(l, "location-reach")[0], "code"),
        element(element(l, "name")[0]!, "narrative").map((n) => n.textContent),
        attr(element(l, "administrative")[0], "vocabulary"),
        attr(element(l, "administrative")[0], "code"),
      ]),
    ).toEqual([
      ["2", ["Morocco", "Marocco"], "A4", "MA"],
      ["2", ["Kosovo", "Kosovo"], "A4", "XK"],
    ]);
    expect(element(c, "recipient-country")).toEqual([]);
    expect(element(c, "location")).toEqual([]);
  });

  it("widens a year or month to its first or last day and says so in words", () => {
    const dates = element(a, "activity-date");
    expect(dates.map((d) => [attr(d, "type"), attr(d, "iso-date"), element(d, "narrative")[0]?.textContent])).toEqual([
      ["1", "2010-01-01", "Stated by the sources to the year only: 2010"],
      ["3", "2011-06-30", "Stated by the sources to the month only: 2011-06"],
    ]);
    expect(element(b, "activity-date").map((d) => attr(d, "iso-date"))).toEqual(["2012-01-01", "2012-12-31"]);
    expect(element(c, "activity-date").map((d) => [attr(d, "type"), attr(d, "iso-date")])).toEqual([["1", "2027-01-01"]]);
  });

  it("has a budget only for a period of at most a year, and the total in words otherwise, never split", () => {
    const [budget] = element(b, "budget");
    expect(attr(element(budget!, "period-start")[0], "iso-date")).toBe("2012-01-01");
    expect(attr(element(budget!, "period-end")[0], "iso-date")).toBe("2012-12-31");
    const value = element(budget!, "value")[0]!;
    expect([value.textContent, attr(value, "currency")]).toEqual(["300000", "EUR"]);
    expect(element(a, "budget")).toEqual([]);
    expect(element(c, "budget")).toEqual([]);
    const words = (x: Element) =>
      element(x, "description")
        .filter((d) => attr(d, "type") === "4")
        .map((d) => element(d, "narrative")[0]!.textContent);
    expect(words(a)).toEqual([
      "Total eligible cost as stated by the sources: 1400000.5 EUR, for the whole project period (2010 to 2011-06), with no split by year. An IATI budget may cover at most one year, so the total is given here in words.",
    ]);
    expect(words(c)[0]).toMatch(/^Total eligible cost as stated by the sources: 90000 EUR, for a project period the sources do not state in full\./);
    expect(words(b)).toEqual([]);
    expect(file.totalsInWords).toEqual(["it-full", "it-future"]);
    expect(element(a, "transaction")).toEqual([]);
    expect(file.xml).not.toContain("budget-not-provided=");
  });

  it("keeps results and targets apart, over the project period", () => {
    const results = element(a, "result");
    expect(results.map((r) => attr(r, "aggregation-status"))).toEqual(["1", "0"]);
    const period = element(element(results[0]!, "indicator")[0]!, "period")[0]!;
    expect(attr(element(period, "target")[0], "value")).toBe("250");
    expect(attr(element(period, "actual")[0], "value")).toBe("208");
    const second = element(element(results[1]!, "indicator")[0]!, "period")[0]!;
    expect(attr(element(second, "target")[0], "value")).toBe("100");
    expect(element(second, "actual")).toEqual([]);
  });

  it("puts figures in words where no period can be given", () => {
    const indicator = element(element(c, "result")[0]!, "indicator")[0]!;
    expect(element(indicator, "period")).toEqual([]);
    expect(indicator.textContent).toContain("Over the whole project (dates not reported): target 12.");
  });

  it("is the same text for the same input", () => {
    expect(buildIati([full, oneYear, future], options).xml).toBe(file.xml);
  });
});
