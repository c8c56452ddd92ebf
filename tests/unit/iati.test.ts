/**
 * The IATI builder on synthetic records: what goes in, what is left out and why, dates at
 * their precision, and a file the official 2.03 schema accepts.
 */
import { describe, expect, it } from "vitest";
import { create } from "xmlbuilder2";
import { buildIati, iatiExclusions, type IatiOptions } from "../../src/lib/export/iati.ts";
import type { Project } from "../../src/lib/derive.ts";
import { AS_OF as asOf, syntheticProject } from "../fixtures/factory.ts";
import { useLocalization } from "../../src/i18n/index.ts";
import { iatiActivityOrder, iatiSchemaErrors } from "../standards/validate.ts";

const project = (id: string, fields: Record<string, unknown>): Project => syntheticProject(id, { managing_entity: "Fixture Organisation", ...fields });

const options: IatiOptions = {
  reportingOrgRef: "example.org",
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
const future = project("it-future", { start: "2027-01" });

const element = (parent: Element, name: string) => [...parent.childNodes].filter((c): c is Element => c.nodeType === 1).filter((c) => c.nodeName === name);
function activities(xml: string): Element[] {
  const root = create(xml).root().node as unknown as Element;
  return element(root, "iati-activity");
}

describe("which records IATI can hold", () => {
  it("leaves out a record with no date, and one whose single date does not settle the status", () => {
    expect(iatiExclusions(undated, asOf)).toEqual(["no-date"]);
    expect(iatiExclusions(startOnly, asOf)).toEqual(["status-unknown"]);
    expect(iatiExclusions(endOnly, asOf)).toEqual([]);
    expect(iatiExclusions(future, asOf)).toEqual([]);
  });

  it("names every record it leaves out, in the file and in its result", () => {
    const file = buildIati([full, endOnly, undated, startOnly, future], options);
    expect(file.included).toEqual(["it-full", "it-end-only", "it-future"]);
    expect(file.excluded).toEqual([
      { id: "it-undated", reasons: ["no-date"] },
      { id: "it-start-only", reasons: ["status-unknown"] },
    ]);
    expect(file.xml).toContain("3 of 5 project records");
    expect(file.xml).toMatch(/it-undated: the sources give neither a start nor an end date/);
    expect(file.xml).toMatch(/it-start-only: the sources give only one date/);
    expect(activities(file.xml)).toHaveLength(3);
  });
});

describe("an activity", () => {
  const file = buildIati([full, endOnly, future], options);
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
    expect(attr(element(a, "sector")[0], "code")).toBe("15190");
    expect(element(a, "recipient-country").map((e) => attr(e, "code"))).toEqual(["MA", "XK"]);
    expect(attr(element(a, "related-activity")[0], "ref")).toBe("example.org-it-end-only");
  });

  it("widens a year or month to its first or last day and says so in words", () => {
    const dates = element(a, "activity-date");
    expect(dates.map((d) => [attr(d, "type"), attr(d, "iso-date"), element(d, "narrative")[0]?.textContent])).toEqual([
      ["1", "2010-01-01", "Stated by the sources to the year only: 2010"],
      ["3", "2011-06-30", "Stated by the sources to the month only: 2011-06"],
    ]);
    expect(element(b, "activity-date").map((d) => attr(d, "iso-date"))).toEqual(["2007-12-31"]);
  });

  it("has the budget only where the total and both dates are known, in the record's currency", () => {
    const [budget] = element(a, "budget");
    expect(attr(element(budget!, "period-start")[0], "iso-date")).toBe("2010-01-01");
    expect(attr(element(budget!, "period-end")[0], "iso-date")).toBe("2011-06-30");
    const value = element(budget!, "value")[0]!;
    expect([value.textContent, attr(value, "currency")]).toEqual(["1400000.5", "EUR"]);
    expect(element(b, "budget")).toEqual([]);
    expect(element(a, "transaction")).toEqual([]);
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
    const indicator = element(element(b, "result")[0]!, "indicator")[0]!;
    expect(element(indicator, "period")).toEqual([]);
    expect(indicator.textContent).toContain("Over the whole project (dates not reported): reported result 12.");
  });

  it("is the same text for the same input", () => {
    expect(buildIati([full, endOnly, future], options).xml).toBe(file.xml);
  });
});
