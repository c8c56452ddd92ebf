/** The same glob loader as the site's `projects` collection, without a schema. */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";

const projects = defineCollection({
  loader: glob({ pattern: "*.{md,mdx}", base: process.env.AVRR_RECORDS_DIR ?? "./records" }),
});

export const collections = { projects };
