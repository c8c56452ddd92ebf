import { describe, expect, it } from "vitest";
import yaml from "js-yaml";
import {
  compareAtCommonPrecision,
  durationDays,
  durationMonths,
  firstDay,
  formatIsoPrecisionDate,
  lastDay,
  parsePrecisionDate,
  toPrecisionDate,
} from "../../src/lib/dates.ts";

describe("parsePrecisionDate keeps the precision of what the record says", () => {
  it.each([
    ["2010-07-01", { year: 2010, month: 7, day: 1, precision: "day" }],
    ["2010-07", { year: 2010, month: 7, precision: "month" }],
    ["2010", { year: 2010, precision: "year" }],
    [2010, { year: 2010, precision: "year" }],
    [new Date(Date.UTC(2010, 6, 1)), { year: 2010, month: 7, day: 1, precision: "day" }],
    ["2012-02-29", { year: 2012, month: 2, day: 29, precision: "day" }],
    ["2000-02-29", { year: 2000, month: 2, day: 29, precision: "day" }],
    [" 2011-12-31 ", { year: 2011, month: 12, day: 31, precision: "day" }],
  ])("%j", (input, expected) => {
    expect(parsePrecisionDate(input)).toEqual({ ok: true, date: expected });
  });

  it.each([
    ["2011-02-30", "is not a real calendar date: that month has 28 days"],
    ["2011-02-29", "is not a real calendar date: that month has 28 days"],
    ["1900-02-29", "is not a real calendar date: that month has 28 days"],
    ["2011-04-31", "is not a real calendar date: that month has 30 days"],
    ["2011-13", "is not a real calendar date: the month must be 01–12"],
    ["2011-00-10", "is not a real calendar date: the month must be 01–12"],
    ["2011-06-00", "is not a real calendar date: that month has 30 days"],
    ["2010-7-1", "is not a date: give YYYY, YYYY-MM or YYYY-MM-DD"],
    ["01/07/2010", "is not a date: give YYYY, YYYY-MM or YYYY-MM-DD"],
    [2010.5, "is not a date: give YYYY, YYYY-MM or YYYY-MM-DD"],
    [null, "is not a date: give YYYY, YYYY-MM or YYYY-MM-DD"],
    [new Date(Date.UTC(2010, 6, 1, 12)), "is a timestamp; give a date as YYYY, YYYY-MM or YYYY-MM-DD"],
  ])("rejects %j", (input, reason) => {
    expect(parsePrecisionDate(input)).toEqual({ ok: false, reason });
  });

  it("accepts the three YAML forms: unquoted day, quoted month, bare year", () => {
    const parsed = yaml.load('a: 2010-07-01\nb: "2010-07"\nc: 2010\n') as Record<string, unknown>;
    expect(parsed.a).toBeInstanceOf(Date);
    expect(typeof parsed.c).toBe("number");
    expect(["a", "b", "c"].map((k) => formatIsoPrecisionDate(toPrecisionDate(parsed[k])))).toEqual(["2010-07-01", "2010-07", "2010"]);
  });
});

describe("compareAtCommonPrecision", () => {
  it.each([
    ["2011", "2011-06-30", 0],
    ["2011-06", "2011-06-30", 0],
    ["2011-05", "2011-06-30", -1],
    ["2010-07-01", "2011-06-30", -1],
    ["2012", "2011-12-31", 1],
    ["2011-06-30", "2011-06-29", 1],
  ])("%s vs %s", (a, b, sign) => {
    expect(Math.sign(compareAtCommonPrecision(toPrecisionDate(a), toPrecisionDate(b)))).toBe(sign);
  });
});

describe("first and last day a date can mean", () => {
  it.each([
    ["2010", "2010-01-01", "2010-12-31"],
    ["2012-02", "2012-02-01", "2012-02-29"],
    ["2010-07-15", "2010-07-15", "2010-07-15"],
  ])("%s", (date, first, last) => {
    const d = toPrecisionDate(date);
    const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    expect([iso(firstDay(d)), iso(lastDay(d))]).toEqual([first, last]);
  });
});

describe("durations", () => {
  it.each([
    ["2010-07-01", "2011-06-30", 12, 365],
    ["2014-03", "2015-06", 16, undefined],
    ["2012-05-01", "2015-06-30", 38, 1156],
    ["2018", "2018-12", undefined, undefined],
    ["2014-08", "2014-08", 1, undefined],
    ["2012-01-01", "2012-12-31", 12, 366],
  ])("%s to %s", (start, end, months, days) => {
    const s = toPrecisionDate(start);
    const e = toPrecisionDate(end);
    expect(durationMonths(s, e)).toBe(months);
    expect(durationDays(s, e)).toBe(days);
  });
});
