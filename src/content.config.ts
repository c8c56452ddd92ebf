/** Wiring only: where the records, their translations and the prose pages are, and their schemas. */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { recordLoader } from "./integrations/record-loader.ts";
import { projectSchema } from "./lib/schema/project.ts";
import { pageSchema, translationSchema } from "./lib/schema/translation.ts";
import { publicationSchema } from "./lib/schema/publication.ts";

// Records and translations are read, parsed and checked once, by the loader, which stores the
// checked data; the schemas here only give the collections their types.
const options = {
  recordsDir: process.env.AVRR_RECORDS_DIR ?? "./content/projects",
  translationsDir: process.env.AVRR_TRANSLATIONS_DIR ?? "./content/translations",
  today: process.env.BUILD_DATE,
  // Tests and the benchmark check synthetic records against a fixture publishers table.
  publishersFile: process.env.AVRR_PUBLISHERS_FILE,
};

const projects = defineCollection({ loader: recordLoader("records", options), schema: projectSchema });

/** Ids are `<lang>/<record id>`. */
const translations = defineCollection({ loader: recordLoader("translations", options), schema: translationSchema });

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
