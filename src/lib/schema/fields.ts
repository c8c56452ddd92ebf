/**
 * Field schemas shared by the record schema. Every message is a rule stated after the value
 * found, so that an issue reads `file: field: value rule`.
 */
import { z } from "astro/zod";
import { formatIsoPrecisionDate, parsePrecisionDate } from "../dates.ts";
import { hasAtMostTwoDecimals } from "../money.ts";
import { COUNTRY_CODE_HINTS, COUNTRY_CODES, CURRENCY_CODES } from "../iso-codes.ts";

/** A non-empty, trimmed-non-blank string of at most `max` characters. */
export function text(what: string, max = 2000) {
  return z
    .string({ error: `is not text: ${what} must be a string` })
    .refine((s) => s.trim().length > 0, { error: `is empty: ${what} must not be blank` })
    .refine((s) => s.length <= max, { error: `is too long: ${what} has at most ${max} characters` });
}

/** A date at year, month or day precision; output is its canonical text (`2010-07`). */
export const precisionDate = z.any().transform((value, ctx) => {
  const result = parsePrecisionDate(value);
  if (!result.ok) {
    ctx.addIssue({ code: "custom", message: result.reason });
    return z.NEVER;
  }
  return formatIsoPrecisionDate(result.date);
});

/** A calendar day `YYYY-MM-DD` (quoted or not); output is its text. */
export const dayDate = z.any().transform((value, ctx) => {
  const result = parsePrecisionDate(value);
  if (!result.ok) {
    ctx.addIssue({ code: "custom", message: result.reason });
    return z.NEVER;
  }
  if (result.date.precision !== "day") {
    ctx.addIssue({ code: "custom", message: "is not a full date: give YYYY-MM-DD" });
    return z.NEVER;
  }
  return formatIsoPrecisionDate(result.date);
});

/** An ISO 3166-1 alpha-2 code, with a hint for EL and UK. */
export const countryCode = z.string({ error: "is not an ISO 3166-1 alpha-2 country code" }).superRefine((code, ctx) => {
  const hint = COUNTRY_CODE_HINTS[code];
  if (hint) ctx.addIssue({ code: "custom", message: `is not an ISO 3166-1 alpha-2 code: ${hint}` });
  else if (!COUNTRY_CODES.has(code)) {
    ctx.addIssue({ code: "custom", message: "is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. IT)" });
  }
});

/** An ISO 4217 currency code. */
export const currencyCode = z.string({ error: "is not an ISO 4217 currency code" }).refine((code) => CURRENCY_CODES.has(code), {
  error: "is not an ISO 4217 currency code (three capital letters, e.g. EUR, CZK, LVL)",
});

/** An amount of money in currency units: ≥ 0, at most two decimals. */
export const amount = z
  .number({ error: "is not a number: give the amount in currency units, e.g. 1400000" })
  .refine((n) => Number.isFinite(n) && n >= 0, { error: "is not an amount: it must be 0 or more" })
  .refine(hasAtMostTwoDecimals, { error: "has more than two decimals" });

/** A count of people: an integer ≥ 0. */
export const count = z
  .number({ error: "is not a count: give a whole number of people" })
  .refine((n) => Number.isInteger(n) && n >= 0, { error: "is not a count: it must be a whole number 0 or more" });

/** An http(s) URL. */
export const httpUrl = z.string({ error: "is not a URL" }).refine(
  (s) => {
    try {
      const url = new URL(s);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  },
  { error: "is not an http(s) URL" },
);

/** A list of non-blank strings. */
export function textList(what: string) {
  return z.array(text(what, 500), { error: `is not a list: ${what} must be a YAML list` });
}
