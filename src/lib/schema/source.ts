import { z } from "astro/zod";
import { httpUrl, text } from "./fields.ts";

/** A public page the record's facts were taken from. */
export const sourceSchema = z.strictObject(
  {
    /** http(s) address of the page. */
    url: httpUrl,
    /** The page's title, or a plain description of it. */
    title: text("title", 500),
    /** The organisation that published the page. */
    publisher: text("publisher", 300),
    /**
     * The figures this page states, as keys: `start`, `end`, `budget.total`, `budget.eu_share_pct`,
     * `budget.eu_amount`, `budget.awarded`, `results.<indicator>`, `targets.<indicator>`,
     * `allowances.<n>` (1 = the first allowance), `monitoring_months`. Required, across the
     * sources, for every figure of a record with several sources; implied with one.
     */
    states: z.array(z.string({ error: "is not a figure key" }), { error: "is not a list of figure keys, e.g. [start, end, budget.total]" }).optional(),
  },
  { error: "is not a source: give a map with url, title and publisher" },
);

export type Source = z.output<typeof sourceSchema>;
export const SOURCE_KEYS = Object.keys(sourceSchema.shape);

export const CONFIDENCE_LEVELS = ["high", "medium", "low"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
