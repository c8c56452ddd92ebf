/** Wiring only: where the records are and which schema checks them. */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { projectSchema } from "./lib/schema/project.ts";

const projects = defineCollection({
  loader: glob({ pattern: "*.{md,mdx}", base: process.env.AVRR_RECORDS_DIR ?? "./content/projects" }),
  schema: projectSchema,
});

export const collections = { projects };
