import { z } from "astro/zod";
import { amount, currencyCode, text } from "./fields.ts";

export const ALLOWANCE_PER = ["person", "adult", "child", "household"] as const;

/**
 * A cash or in-kind allowance: a fixed `amount`, or a range `amount_min`–`amount_max`.
 * Which of the two is given is checked by `validateRecords`.
 */
export const allowanceSchema = z.strictObject(
  {
    /** What the allowance is, e.g. "first-expenses allowance on arrival". */
    kind: text("kind", 300),
    /** A fixed amount, in `currency`. */
    amount: amount.optional(),
    /** The lower end of a range. */
    amount_min: amount.optional(),
    /** The upper end of a range. */
    amount_max: amount.optional(),
    /** ISO 4217 code. */
    currency: currencyCode,
    /** Who receives it. */
    per: z.enum(ALLOWANCE_PER, { error: `is not one of ${ALLOWANCE_PER.join(", ")}` }),
  },
  { error: "is not an allowance: give a map with kind, amount (or amount_min and amount_max), currency and per" },
);

export type Allowance = z.output<typeof allowanceSchema>;
export const ALLOWANCE_KEYS = Object.keys(allowanceSchema.shape);
