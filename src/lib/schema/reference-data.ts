/** Schemas of the reference datasets in data/: funds and indicators. */
import { z } from "astro/zod";
import { sourceSchema } from "./source.ts";

/** Text in several languages, keyed by language code; English is required. */
export const localizedText = z
  .record(z.string().regex(/^[a-z]{2}$/), z.string().min(1))
  .refine((text) => typeof text.en === "string", { error: "needs at least an English (en) text" });

/** A sum of money stated by a source, in currency units. */
export const statedAmountSchema = z.strictObject({
  /** What the figure is. */
  label: localizedText,
  amount: z.number().nonnegative(),
  currency: z.string().length(3),
  source: sourceSchema,
  /** Caveats, e.g. a conflicting figure elsewhere. */
  note: localizedText.optional(),
});

export const fundSchema = z.strictObject({
  /** Stable id used by records' `fund` field. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: localizedText,
  short_name: localizedText,
  /** First and last year of the programming period(s), where a source states them. */
  period: z.strictObject({ start: z.number().int(), end: z.number().int() }).optional(),
  description: localizedText,
  /** The legal act or page that establishes the fund and its period. */
  basis: z.array(sourceSchema).optional(),
  /** Envelopes as sources state them; figures that disagree are all kept. */
  envelopes: z.array(statedAmountSchema),
});

export const indicatorSchema = z.strictObject({
  /** Stable id used as a key of records' `results` and `targets`. */
  id: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/),
  label: localizedText,
  definition: localizedText,
  unit: localizedText,
  /** Whether totals across projects are meaningful. */
  summable: z.boolean(),
  /** Why it may or may not be summed. */
  summable_note: localizedText,
});

export type Fund = z.output<typeof fundSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
export const fundsSchema = z.array(fundSchema);
export const indicatorsSchema = z.array(indicatorSchema);
