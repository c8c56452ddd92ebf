/**
 * Dates at the precision a source gives them: a year, a month or a day.
 *
 * YAML turns an unquoted `2010-07-01` into a Date and `2010` into a number; a quoted
 * `"2010-07"` stays a string. `parsePrecisionDate` accepts all three and keeps the precision.
 */

export type DatePrecision = "year" | "month" | "day";

export interface PrecisionDate {
  readonly year: number;
  /** 1–12, present at month and day precision. */
  readonly month?: number;
  /** 1–31, present at day precision. */
  readonly day?: number;
  readonly precision: DatePrecision;
}

export type DateParseResult = { ok: true; date: PrecisionDate } | { ok: false; reason: string };

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (string, number or YAML Date) into a PrecisionDate. */
export function parsePrecisionDate(value: unknown): DateParseResult {
  let text: string;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: "is not a valid date" };
    if (value.getUTCHours() || value.getUTCMinutes() || value.getUTCSeconds() || value.getUTCMilliseconds()) {
      return { ok: false, reason: "is a timestamp; give a date as YYYY, YYYY-MM or YYYY-MM-DD" };
    }
    text = value.toISOString().slice(0, 10);
  } else if (typeof value === "number" && Number.isInteger(value)) {
    text = String(value);
  } else if (typeof value === "string") {
    text = value.trim();
  } else {
    return { ok: false, reason: "is not a date: give YYYY, YYYY-MM or YYYY-MM-DD" };
  }
  const match = DATE_PATTERN.exec(text);
  if (!match) return { ok: false, reason: "is not a date: give YYYY, YYYY-MM or YYYY-MM-DD" };
  const year = Number(match[1]);
  if (match[2] === undefined) return { ok: true, date: { year, precision: "year" } };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { ok: false, reason: "is not a real calendar date: the month must be 01–12" };
  if (match[3] === undefined) return { ok: true, date: { year, month, precision: "month" } };
  const day = Number(match[3]);
  const maxDay = daysInMonth(year, month);
  if (day < 1 || day > maxDay) {
    return { ok: false, reason: `is not a real calendar date: that month has ${maxDay} days` };
  }
  return { ok: true, date: { year, month, day, precision: "day" } };
}

/** The canonical text form: `2010`, `2010-07` or `2010-07-01`. */
export function formatIsoPrecisionDate(date: PrecisionDate): string {
  const parts = [String(date.year).padStart(4, "0")];
  if (date.month !== undefined) parts.push(String(date.month).padStart(2, "0"));
  if (date.day !== undefined) parts.push(String(date.day).padStart(2, "0"));
  return parts.join("-");
}

/** Parses a value already known to be valid; throws otherwise. */
export function toPrecisionDate(value: unknown): PrecisionDate {
  const result = parsePrecisionDate(value);
  if (!result.ok) throw new Error(`${String(value)} ${result.reason}`);
  return result.date;
}

/** The first day the date can mean, as a UTC day number (days since 1970-01-01). */
export function firstDay(date: PrecisionDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1) / 86_400_000;
}

/** The last day the date can mean, as a UTC day number. */
export function lastDay(date: PrecisionDate): number {
  const month = date.month ?? 12;
  const day = date.day ?? daysInMonth(date.year, month);
  return Date.UTC(date.year, month - 1, day) / 86_400_000;
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** The coarser of two precisions. */
export function commonPrecision(a: PrecisionDate, b: PrecisionDate): DatePrecision {
  return PRECISION_RANK[a.precision] <= PRECISION_RANK[b.precision] ? a.precision : b.precision;
}

function truncate(date: PrecisionDate, precision: DatePrecision): [number, number, number] {
  return [date.year, precision === "year" ? 0 : (date.month ?? 0), precision === "day" ? (date.day ?? 0) : 0];
}

/**
 * Compares two dates at their common (coarser) precision: `2011` and `2011-06-30` are equal,
 * `2011-05` is before `2011-06-30`. Returns a negative number, 0 or a positive number.
 */
export function compareAtCommonPrecision(a: PrecisionDate, b: PrecisionDate): number {
  const precision = commonPrecision(a, b);
  const [ay, am, ad] = truncate(a, precision);
  const [by, bm, bd] = truncate(b, precision);
  return ay - by || am - bm || ad - bd;
}

/**
 * Duration in calendar months, counting the start and end months inclusively; only where
 * both dates are at month or day precision (a year alone is too coarse). 2010-07-01 to
 * 2011-06-30 is 12 months; 2014-03 to 2015-06 is 16 months.
 */
export function durationMonths(start: PrecisionDate, end: PrecisionDate): number | undefined {
  if (start.month === undefined || end.month === undefined) return undefined;
  return (end.year - start.year) * 12 + (end.month - start.month) + 1;
}

/** Duration in days, both days included; only where both dates are at day precision. */
export function durationDays(start: PrecisionDate, end: PrecisionDate): number | undefined {
  if (start.precision !== "day" || end.precision !== "day") return undefined;
  return lastDay(end) - firstDay(start) + 1;
}

/** A plain calendar day (the build date, a checked date) as a UTC day number. */
export function dayNumberOf(date: Date): number {
  return Math.floor(date.getTime() / 86_400_000);
}
