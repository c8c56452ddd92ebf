/** Wiring only: where the records, their translations and the prose pages are, and their schemas. */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { projectSchema } from "./lib/schema/project.ts";
import { pageSchema, translationSchema } from "./lib/schema/translation.ts";
import { publicationSchema } from "./lib/schema/publication.ts";

const projects = defineCollection({
  loader: glob({ pattern: "*.{md,mdx}", base: process.env.AVRR_RECORDS_DIR ?? "./content/projects" }),
  schema: projectSchema,
});

/** Ids are `<lang>/<record id>`. */
const translations = defineCollection({
  loader: glob({ pattern: "*/*.{md,mdx}", base: process.env.AVRR_TRANSLATIONS_DIR ?? "./content/translations" }),
  schema: translationSchema,
});

/** Ids are `<lang>/<page>`. */
const pages = defineCollection({
  loader: glob({ pattern: "*/*.mdx", base: "./content/pages" }),
  schema: pageSchema,
});

/** Ids are `<lang>/<slug>`: MDX, through @astrojs/mdx with remark-gfm. */
const publications = defineCollection({
  loader: glob({ pattern: "*/*.mdx", base: "./content/publications" }),
  schema: publicationSchema,
});

export const collections = { projects, translations, pages, publications };
