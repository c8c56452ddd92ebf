/**
 * The project record (docs: record-format.md), field by field. This schema checks each
 * field's own shape; rules that join fields or records (end not before start, EU amount
 * consistent with total and rate, fund, indicator and related ids that exist, the id's
 * prefix, unsafe HTML in the body) are in `../records/validate.ts`.
 */
import { z } from "astro/zod";
import { allowanceSchema } from "./allowance.ts";
import { budgetSchema } from "./budget.ts";
import { count, countryCode, dayDate, precisionDate, text, textList } from "./fields.ts";
import { relatedSchema } from "./related.ts";
import { CONFIDENCE_LEVELS, sourceSchema } from "./source.ts";
import { COUNTRY_CODE_HINTS, COUNTRY_CODES, EU_CODE, MEMBER_STATE_CODES } from "../iso-codes.ts";

/** Plain text, one to three sentences, at most 500 characters. */
export const summarySchema = text("summary", 500)
  .refine((s) => !/[<>]/.test(s), { error: "is not plain text: the summary holds no markup" })
  .refine((s) => countSentences(s) <= 3, { error: "is too long: a summary has one to three sentences" });

/** A map from an indicator id to a count of people. */
const indicatorCounts = z.record(z.string(), count, {
  error: "is not a map of indicator ids to counts, e.g. `returned: 208`",
});

export const projectSchema = z.strictObject(
  {
    /** The project's name, 1–300 characters. */
    title: text("title", 300),
    /**
     * An English rendering of a title in another language, 1–300 characters. The title stays
     * as the source gives it; this is shown under it (lang="en") and is searchable.
     */
    title_en: text("title_en", 300).optional(),
    /** Short name, e.g. "PARTIR II". */
    acronym: text("acronym", 100).optional(),
    /** Plain text, one to three sentences, at most 500 characters. */
    summary: summarySchema,
    /** ISO 3166-1 alpha-2 code of the country where the project runs, or EU. */
    member_state: z.string({ error: "is not a country code" }).superRefine((code, ctx) => {
      if (code === EU_CODE) return;
      const result = countryCode.safeParse(code);
      if (!result.success) {
        const hint = COUNTRY_CODE_HINTS[code];
        ctx.addIssue({
          code: "custom",
          message: hint ? `is not an ISO 3166-1 alpha-2 code: ${hint}` : "is not an ISO 3166-1 alpha-2 country code, nor EU for an EU-level project",
        });
      }
    }),
    /** Other states taking part, ISO 3166-1 alpha-2; for an EU-level record, every state the sources name as taking part. */
    participating_states: z.array(countryCode, { error: "is not a list of country codes" }).optional(),
    /**
     * Only on an EU-level record (`member_state: EU`): the ISO 3166-1 alpha-2 code of the member
     * state that coordinates it, where a source states one (ERRIN: NL). Shown as "Coordinated by";
     * it never makes the record count for that state. Must also be in `participating_states`.
     */
    coordinator: countryCode
      // An unknown code is already reported by countryCode; this names a real non-member one.
      .refine((code) => !COUNTRY_CODES.has(code) || MEMBER_STATE_CODES.has(code), {
        error: "is not the code of an EU member state: the coordinator is the member state that leads the EU-level project",
      })
      .optional(),
    /** An id from data/funds.json; absent = not stated in the sources. */
    fund: z.string({ error: "is not a fund id" }).optional(),
    /** Strand, call or specific objective as the source names it. */
    fund_detail: text("fund_detail", 500).optional(),
    /** The official grant or operation code. */
    reference: text("reference", 200).optional(),
    /** The organisation that runs the project. */
    managing_entity: text("managing_entity", 300),
    /** Partner organisations. */
    partners: textList("partners").optional(),
    /** Start, at the precision the source gives. */
    start: precisionDate.optional(),
    /** End, at the precision the source gives. */
    end: precisionDate.optional(),
    /** Money, in the original currency. */
    budget: budgetSchema.optional(),
    /** Reported results: indicator id → count. */
    results: indicatorCounts.optional(),
    /** Planned figures: indicator id → count. Never mixed with results. */
    targets: indicatorCounts.optional(),
    /** Results that are not numbers. */
    results_note: text("results_note").optional(),
    /** Cash or in-kind allowances. */
    allowances: z.array(allowanceSchema, { error: "is not a list of allowances" }).optional(),
    /** Who the project is for. */
    target_group: text("target_group", 500).optional(),
    /** Countries people returned to, ISO 3166-1 alpha-2. */
    return_countries: z.array(countryCode, { error: "is not a list of country codes" }).optional(),
    /** Programme design elements the sources describe: ids from data/elements.json. */
    elements: z.array(z.string({ error: "is not an element id" }), { error: "is not a list of element ids" }).optional(),
    /** The longest follow-up after return the sources state, in months (with the `monitoring` element). */
    monitoring_months: z
      .number({ error: "is not a number of months" })
      .refine((n) => Number.isInteger(n) && n >= 1 && n <= 120, { error: "is not a whole number of months between 1 and 120" })
      .optional(),
    /** Links to other records. */
    related: z.array(relatedSchema, { error: "is not a list of related projects" }).optional(),
    /** At least one public page the facts come from. */
    sources: z
      .array(sourceSchema, { error: "is not a list of sources: at least one source {url, title, publisher} is required" })
      .min(1, { error: "is empty: at least one source {url, title, publisher} is required" }),
    /** How far the sources can be trusted. */
    confidence: z.enum(CONFIDENCE_LEVELS, { error: `is not one of ${CONFIDENCE_LEVELS.join(", ")}` }),
    /** Caveats about the sources. */
    notes: text("notes", 4000).optional(),
    /** Where sources disagree, or a source contradicts itself: one plain sentence or two each. */
    conflicts: textList("conflicts").optional(),
    /** The day the record was last checked against its sources. */
    checked: dayDate,
  },
  { error: "is not a record: the frontmatter must be a YAML map" },
);

export type ProjectData = z.output<typeof projectSchema>;
export const PROJECT_KEYS = Object.keys(projectSchema.shape);

/** Sentences, counted at terminal punctuation followed by a space and a capital or digit. */
export function countSentences(text: string): number {
  const trimmed = text.trim();
  if (trimmed === "") return 0;
  return trimmed.split(/[.!?]["')\]]?\s+(?=["'(]?[A-Z0-9])/).length;
}
