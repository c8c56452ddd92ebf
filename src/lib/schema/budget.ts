import { z } from "astro/zod";
import { amount, currencyCode } from "./fields.ts";

/**
 * The money of a project, in one original currency. Cross-field rules (currency with any
 * amount, EU amount ≤ total, EU amount = total × rate) are checked by `validateRecords`.
 */
export const budgetSchema = z.strictObject(
  {
    /** ISO 4217 code of every amount in the budget; required with any amount. */
    currency: currencyCode.optional(),
    /** Total eligible cost, in `currency`. */
    total: amount.optional(),
    /** EU co-financing rate in percent: > 0 and ≤ 100. */
    eu_share_pct: z
      .number({ error: "is not a percentage between 0 and 100" })
      .refine((n) => Number.isFinite(n) && n > 0 && n <= 100, { error: "is not a percentage between 0 and 100" })
      .optional(),
    /** EU contribution, in `currency`: ≥ 0 and ≤ `total`. */
    eu_amount: amount.optional(),
    /** Funding awarded, where the source does not say whether it is the total cost. */
    awarded: amount.optional(),
  },
  { error: "is not a budget: give a map with currency, total, eu_share_pct, eu_amount or awarded" },
);

export type Budget = z.output<typeof budgetSchema>;
export const BUDGET_KEYS = Object.keys(budgetSchema.shape);
