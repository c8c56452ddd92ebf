/** Words for coded values, in English. */
import type { Status } from "./derive.ts";
import type { Confidence } from "./schema/source.ts";

export const STATUS_LABELS: Record<Status, string> = {
  planned: "Planned",
  ongoing: "Ongoing",
  closed: "Closed",
  unknown: "Unknown (the dates reported do not settle it)",
};

export const CONFIDENCE_LABELS: Record<Confidence, { label: string; meaning: string }> = {
  high: { label: "High", meaning: "an official or implementer page states the figures" },
  medium: { label: "Medium", meaning: "news, a partial or a secondary source" },
  low: { label: "Low", meaning: "a thin or indirect source" },
};

export const RELATION_LABELS: Record<string, string> = {
  predecessor: "Predecessor (came before this project)",
  successor: "Successor (followed this project)",
  "part-of": "This project is part of it",
  "successor-of-this": "Successor (followed this project)",
  "predecessor-of-this": "Predecessor (came before this project)",
  "has-part": "Part of this project",
};

export const PER_LABELS: Record<string, string> = {
  person: "per person",
  adult: "per adult",
  child: "per child",
  household: "per household",
};
