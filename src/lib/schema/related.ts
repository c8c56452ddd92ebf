import { z } from "astro/zod";

export const RELATIONS = ["predecessor", "successor", "part-of"] as const;
export type Relation = (typeof RELATIONS)[number];

/** A link to another record; that the id exists is checked by `validateRecords`. */
export const relatedSchema = z.strictObject(
  {
    /** Another record's id. */
    id: z.string({ error: "is not a record id" }),
    /** How the other record relates to this one. */
    relation: z.enum(RELATIONS, { error: `is not one of ${RELATIONS.join(", ")}` }),
  },
  { error: "is not a related project: give a map with id and relation" },
);

export type Related = z.output<typeof relatedSchema>;
export const RELATED_KEYS = Object.keys(relatedSchema.shape);
