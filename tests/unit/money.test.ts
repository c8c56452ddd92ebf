import { describe, expect, it } from "vitest";
import { applyPercent, divideCents, hasAtMostTwoDecimals, isEuAmountConsistent, sumMoney, toCents } from "../../src/lib/money.ts";
import { isSharePct, percentOf } from "../../src/lib/percent.ts";

describe("toCents", () => {
  it.each([
    [1400000, 140000000],
    [1079988.84, 107998884],
    [130575492.13, 13057549213],
    [939922.0, 93992200],
    [0.1, 10],
    [0, 0],
  ])("%d", (amount, cents) => expect(toCents(amount)).toBe(cents));

  it.each([1400000.125, 0.001, Number.NaN, Infinity])("rejects %d", (amount) => {
    expect(hasAtMostTwoDecimals(amount)).toBe(false);
    expect(() => toCents(amount)).toThrow(RangeError);
  });
});

describe("EU amount from total and rate", () => {
  it.each([
    [140000000, 75, 105000000],
    [38037_00, 75, 2852775],
    [1_01, 50, 51], // 50.5 cents rounds half away from zero
    [46966_00, 50, 2348300],
    [100, 33.33, 33],
  ])("%d cents × %d%%", (total, pct, eu) => expect(applyPercent(total, pct)).toBe(eu));
});

describe("isEuAmountConsistent: within one unit of currency", () => {
  it.each([
    [140000000, 75, 105000000, true],
    [140000000, 75, 105000100, true],
    [140000000, 75, 104999900, true],
    [140000000, 75, 105000101, false],
    [140000000, 75, 100000000, false],
    [40000000, 75, 30000000, true],
  ])("%d × %d%% vs %d", (total, pct, eu, ok) => expect(isEuAmountConsistent(total, pct, eu)).toBe(ok));
});

describe("divideCents and percentOf", () => {
  it.each([
    [140000000, 208, 673077],
    [100, 3, 33],
    [100, 0, undefined],
  ])("%d / %d", (cents, count, expected) => expect(divideCents(cents, count)).toBe(expected));

  it.each([
    [300000, 400000, 75],
    [1080, 900, 120],
    [1, 3, 33.33],
    [2, 3, 66.67],
    [5, 0, undefined],
  ])("%d of %d", (part, whole, pct) => expect(percentOf(part, whole)).toBe(pct));

  it.each([
    [75, true],
    [100, true],
    [0.5, true],
    [0, false],
    [175, false],
    [-5, false],
    [Number.NaN, false],
  ])("isSharePct(%d)", (pct, ok) => expect(isSharePct(pct)).toBe(ok));
});

describe("sumMoney never adds two currencies", () => {
  it("adds one currency", () => {
    expect(
      sumMoney(
        [
          { cents: 100, currency: "EUR" },
          { cents: 250, currency: "EUR" },
        ],
        "EUR",
      ),
    ).toEqual({ cents: 350, currency: "EUR" });
  });
  it("refuses euro plus koruna", () => {
    expect(() =>
      sumMoney(
        [
          { cents: 100, currency: "EUR" },
          { cents: 250, currency: "CZK" },
        ],
        "EUR",
      ),
    ).toThrow(/cannot add CZK to EUR/);
  });
});
