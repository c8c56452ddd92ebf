/**
 * A publication on what makes return and reintegration work: `content/publications/<lang>/<slug>.mdx`.
 * The frontmatter holds its bibliographic facts in that language; the body is our own summary.
 */
import { z } from "astro/zod";
import { httpUrl, text } from "./fields.ts";

export const publicationSchema = z.strictObject({
  /** The title as published (not translated). */
  title: text("title", 300),
  subtitle: text("subtitle", 300).optional(),
  /** Author, or the organisation as corporate author. */
  author: text("author", 300),
  publisher: text("publisher", 300),
  place: text("place", 100).optional(),
  year: z.number().int().min(1900).max(2100),
  /** One or two plain sentences for lists and search results. */
  description: text("description", 400),
  /** Where to read it, most useful first. */
  links: z
    .array(
      z.strictObject({
        url: httpUrl,
        label: text("label", 200),
        lang: z
          .string()
          .regex(/^[a-z]{2}$/)
          .optional(),
      }),
    )
    .min(1),
  /** Ids of the areas of data/elements.json the publication discusses, in the order to show them. */
  areas: z.array(z.string()).min(1),
});

export type PublicationData = z.output<typeof publicationSchema>;
