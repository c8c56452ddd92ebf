/**
 * A translation of a record's text: `content/translations/<lang>/<id>.md`. It never repeats
 * facts: figures, dates and codes come from the record itself.
 */
import { z } from "astro/zod";
import { text } from "./fields.ts";
import { summarySchema } from "./project.ts";

export const TRANSLATION_STATUSES = ["original", "reviewed", "unreviewed"] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

export const translationSchema = z.strictObject(
  {
    /** The title in this language. */
    title: text("title", 300),
    /** The summary in this language: plain text, one to three sentences. */
    summary: summarySchema,
    /** original: written in this language; reviewed: checked by a fluent reader; unreviewed: nobody has checked it yet. */
    translation: z.enum(TRANSLATION_STATUSES, { error: `is not one of ${TRANSLATION_STATUSES.join(", ")}` }),
  },
  { error: "is not a translation: the frontmatter must be a YAML map" },
);

export type TranslationData = z.output<typeof translationSchema>;
export const TRANSLATION_KEYS = Object.keys(translationSchema.shape);

/** A page of prose (methodology, about) in one language. */
export const pageSchema = z.strictObject({
  title: text("title", 200),
  description: text("description", 300),
});
