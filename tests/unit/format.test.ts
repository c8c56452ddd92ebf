import { describe, expect, it } from "vitest";
import {
  formatAllowanceAmount,
  formatDocumentTitle,
  formatCount,
  formatCountry,
  formatCurrencyName,
  formatMoney,
  formatPercent,
  formatPrecisionDate,
} from "../../src/lib/format.ts";
import { toPrecisionDate } from "../../src/lib/dates.ts";

describe("formatMoney keeps the original currency", () => {
  // Intl joins a currency code to the amount with a no-break space (U+00A0).
  it.each([
    [140000000, "EUR", "€1,400,000"],
    [105000000, "EUR", "€1,050,000"],
    [107998884, "EUR", "€1,079,988.84"],
    [6000000000, "CZK", "CZK\u00a060,000,000"],
    [2758060000, "HUF", "HUF\u00a027,580,600"],
    [150000, "GBP", "£1,500"],
    [7500000, "LVL", "LVL\u00a075,000"],
    [0, "EUR", "€0"],
  ])("%d cents %s", (cents, currency, text) => expect(formatMoney({ cents, currency })).toBe(text));
});

describe("formatPrecisionDate reads at the date's precision", () => {
  it.each([
    ["2010-07-01", "1 July 2010"],
    ["2011-06-30", "30 June 2011"],
    ["2010-07", "July 2010"],
    ["2010", "2010"],
  ])("%s", (date, text) => expect(formatPrecisionDate(toPrecisionDate(date))).toBe(text));
});

describe("numbers, names and allowances", () => {
  it.each([
    [75, "75%"],
    [66.67, "66.67%"],
    [100, "100%"],
  ])("formatPercent(%d)", (pct, text) => expect(formatPercent(pct)).toBe(text));

  it("formatCount", () => expect(formatCount(17000)).toBe("17,000"));

  it.each([
    ["IT", "Italy"],
    ["GR", "Greece"],
    ["GB", "United Kingdom"],
    ["XK", "Kosovo"],
    ["EU", "European Union"],
  ])("formatCountry(%s)", (code, name) => expect(formatCountry(code)).toBe(name));

  it("formatCurrencyName", () => expect(formatCurrencyName("CZK")).toBe("Czech Koruna"));

  it.each([
    [{ amount: 400, currency: "EUR" }, "€400"],
    [{ amount_min: 700, amount_max: 2800, currency: "EUR" }, "€700 to €2,800"],
    [{ amount: 1500, currency: "GBP" }, "£1,500"],
  ])("formatAllowanceAmount %j", (allowance, text) => expect(formatAllowanceAmount(allowance)).toBe(text));
});

describe("formatDocumentTitle stays within 70 characters", () => {
  const site = "EU Return and Reintegration Projects";
  it.each([
    ["All projects", "All projects – EU Return and Reintegration Projects"],
    [site, site],
    ["PARTIR II: Assisted voluntary return for migrants living in vulnerable", "PARTIR II: Assisted voluntary return for migrants living in vulnerable"],
    ["PARTIR II: Assisted voluntary return for migrants living in vulnerable conditions", "PARTIR II: Assisted voluntary return for migrants living in…"],
    ["URA: URA / URA 2 'Brücke' – return and reintegration project for Kosovo", "URA: URA / URA 2 'Brücke' – return and reintegration project…"],
  ])("%s", (page, title) => {
    expect(formatDocumentTitle(page, site)).toBe(title);
    expect(title.length).toBeLessThanOrEqual(70);
  });
});
