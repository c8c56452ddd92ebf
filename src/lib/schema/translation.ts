/**
 * A translation of a record's text: `content/translations/<lang>/<id>.md`. It never repeats
 * facts: figures, dates, codes and names come from the record itself; only text is translated.
 */
import { z } from "astro/zod";
import { dayDate, text } from "./fields.ts";
import { summarySchema } from "./project.ts";

/**
 * How the text was made. `original`: written in this language; `human`: translated by a person;
 * `machine-assisted`: a machine draft edited by a person; `machine`: translated by software (a
 * language model) and not edited by a person.
 */
export const TRANSLATION_METHODS = ["original", "human", "machine-assisted", "machine"] as const;
export type TranslationMethod = (typeof TRANSLATION_METHODS)[number];

/** `unreviewed`: no fluent reader has checked it yet; `reviewed`: checked, by `reviewed_by` on `reviewed_on`. */
export const REVIEW_STATUSES = ["unreviewed", "reviewed"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The record's free-text fields that a translation renders; every other field is a fact and is never translated. */
export const TRANSLATED_TEXT_FIELDS = ["fund_detail", "target_group", "results_note", "notes"] as const;
export type TranslatedTextField = (typeof TRANSLATED_TEXT_FIELDS)[number];

export const translationInfoSchema = z
  .strictObject(
    {
      method: z.enum(TRANSLATION_METHODS, { error: `is not one of ${TRANSLATION_METHODS.join(", ")}` }),
      review: z.enum(REVIEW_STATUSES, { error: `is not one of ${REVIEW_STATUSES.join(", ")}` }),
      /** Who checked it (a name or a role), with `review: reviewed`. */
      reviewed_by: text("reviewed_by", 200).optional(),
      /** The day it was checked, with `review: reviewed`. */
      reviewed_on: dayDate.optional(),
    },
    { error: "is not a translation note: give a map with method and review, e.g. {method: machine, review: unreviewed}" },
  )
  .superRefine((info, ctx) => {
    if (info.review === "reviewed") {
      if (info.reviewed_by === undefined)
        ctx.addIssue({ code: "custom", path: ["reviewed_by"], message: "is required with review: reviewed (who checked it)" });
      if (info.reviewed_on === undefined)
        ctx.addIssue({ code: "custom", path: ["reviewed_on"], message: "is required with review: reviewed (the day, YYYY-MM-DD)" });
    } else {
      for (const key of ["reviewed_by", "reviewed_on"] as const) {
        if (info[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: "is only given with review: reviewed" });
      }
    }
  });

/** The translation of each free-text fact of the record; which ones must be there is checked by `validateTranslations`. */
export const translatedFieldsSchema = z.strictObject(
  {
    fund_detail: text("fund_detail", 500).optional(),
    target_group: text("target_group", 500).optional(),
    results_note: text("results_note").optional(),
    notes: text("notes", 4000).optional(),
    /** One per conflict of the record, in the same order. */
    conflicts: z.array(text("conflict"), { error: "is not a list: one translated sentence per conflict of the record" }).optional(),
    /** One per allowance of the record, in the same order: the translation of its `kind`. */
    allowances: z
      .array(z.strictObject({ kind: text("kind", 300) }, { error: "is not an allowance translation: give {kind: ...}" }), {
        error: "is not a list: one {kind: ...} per allowance of the record",
      })
      .optional(),
  },
  { error: `is not a map of translated fields (${[...TRANSLATED_TEXT_FIELDS, "conflicts", "allowances"].join(", ")})` },
);

export type TranslatedFields = z.output<typeof translatedFieldsSchema>;
export const TRANSLATED_FIELD_KEYS = Object.keys(translatedFieldsSchema.shape);

export const translationSchema = z.strictObject(
  {
    /** The title in this language (for a title already in this language, the same text). */
    title: text("title", 300),
    /** The summary in this language: plain text, one to three sentences. */
    summary: summarySchema,
    /** How the text was made and whether a fluent reader has checked it. */
    translation: translationInfoSchema,
    /** The record's free-text facts in this language: exactly those the record has. */
    fields: translatedFieldsSchema.optional(),
  },
  { error: "is not a translation: the frontmatter must be a YAML map" },
);

export type TranslationData = z.output<typeof translationSchema>;
export type TranslationInfo = TranslationData["translation"];
export const TRANSLATION_KEYS = Object.keys(translationSchema.shape);

/** A page of prose (methodology, about) in one language. */
export const pageSchema = z.strictObject({
  title: text("title", 200),
  description: text("description", 300),
});
