/**
 * Organisations (data/organisations.json) and how a record's `managing_entity` and `partners`
 * resolve to them. A record may name an organisation by its id or by free text; free text
 * resolves when it equals exactly one organisation's name, own-language name, abbreviation or
 * alias (case-insensitively, whitespace collapsed). Pure functions: no file system, no Astro.
 */
import type { Organisation } from "./schema/reference-data.ts";
import { suggestNearest } from "./records/suggest.ts";

/** The form of an organisation id: lowercase kebab-case. */
export const ORGANISATION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A name as it is compared: whitespace collapsed, case folded. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase("en");
}

/**
 * Every text a record may use for this organisation: its English name, own-language name,
 * abbreviation, aliases, and each alias without a trailing "(ABBREVIATION)".
 */
export function namesOf(organisation: Organisation): string[] {
  const names = [
    organisation.name.en!,
    ...(organisation.own_name ? [organisation.own_name] : []),
    ...(organisation.abbreviation ? [organisation.abbreviation] : []),
    ...organisation.aliases,
  ];
  if (organisation.abbreviation) {
    const suffix = ` (${organisation.abbreviation})`;
    for (const alias of organisation.aliases) if (alias.endsWith(suffix)) names.push(alias.slice(0, -suffix.length));
  }
  return names;
}

export interface OrganisationIndex {
  byId: ReadonlyMap<string, Organisation>;
  /** Normalised name → the ids of the organisations that have it (more than one: ambiguous). */
  byName: ReadonlyMap<string, readonly string[]>;
  /** Parent id → the ids of its direct units. */
  units: ReadonlyMap<string, readonly string[]>;
}

export function indexOrganisations(organisations: readonly Organisation[]): OrganisationIndex {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const byName = new Map<string, string[]>();
  const units = new Map<string, string[]>();
  for (const organisation of organisations) {
    for (const name of namesOf(organisation)) {
      const key = normaliseName(name);
      const ids = byName.get(key) ?? [];
      if (!ids.includes(organisation.id)) ids.push(organisation.id);
      byName.set(key, ids);
    }
    if (organisation.parent) units.set(organisation.parent, [...(units.get(organisation.parent) ?? []), organisation.id]);
  }
  return { byId, byName, units };
}

export type Resolution =
  /** The value is an organisation id, or a name of exactly one organisation. */
  | { kind: "id" | "name"; id: string }
  /** Looks like an id (kebab-case) but is none; `suggestion` is the nearest id, if any is near. */
  | { kind: "unknown-id"; suggestion?: string | undefined }
  /** A name shared by several organisations. */
  | { kind: "ambiguous"; ids: readonly string[] }
  /** Free text that names no organisation in the list (the page shows it as written). */
  | { kind: "unmatched"; suggestion?: string | undefined };

/**
 * How a record's organisation text resolves. An id wins; then an exact name. A kebab-case
 * value with a hyphen, or a single lowercase word close to an id, that is neither is an
 * unknown id (an error); other text that matches nothing is free text (a warning).
 */
export function resolveOrganisation(value: string, index: OrganisationIndex): Resolution {
  // Records name the same organisations again and again: each text is resolved once per index (the hints cost an edit distance to every name).
  let known = resolved.get(index);
  if (!known) resolved.set(index, (known = new Map()));
  let resolution = known.get(value);
  if (!resolution) known.set(value, (resolution = resolve(value, index)));
  return resolution;
}

const resolved = new WeakMap<OrganisationIndex, Map<string, Resolution>>();

function resolve(value: string, index: OrganisationIndex): Resolution {
  if (index.byId.has(value)) return { kind: "id", id: value };
  const ids = index.byName.get(normaliseName(value)) ?? [];
  if (ids.length === 1) return { kind: "name", id: ids[0]! };
  if (ids.length > 1) return { kind: "ambiguous", ids };
  if (ORGANISATION_ID.test(value)) {
    const suggestion = suggestNearest(value, index.byId.keys());
    if (value.includes("-") || suggestion) return { kind: "unknown-id", suggestion };
  }
  return { kind: "unmatched", suggestion: nearestName(value, index) };
}

/** The id a resolution found, if it found one. */
export function resolvedId(resolution: Resolution): string | undefined {
  return resolution.kind === "id" || resolution.kind === "name" ? resolution.id : undefined;
}

/** The nearest known name of an organisation (as written in the data), for a hint; none for short words, whose near names are chance. */
function nearestName(value: string, index: OrganisationIndex): string | undefined {
  if (value.trim().length < 8) return undefined;
  const names = [...index.byId.values()].flatMap((o) => namesOf(o));
  return suggestNearest(value, names);
}

/** The organisation and every unit under it, at any depth: the organisation first. */
export function selfAndUnits(id: string, index: OrganisationIndex): string[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) for (const unit of index.units.get(out[i]!) ?? []) if (!out.includes(unit)) out.push(unit);
  return out;
}

/** The organisation and the organisations it is a unit of, nearest first. */
export function selfAndParents(id: string, index: OrganisationIndex): string[] {
  const out: string[] = [];
  for (let current: string | undefined = id; current && !out.includes(current); current = index.byId.get(current)?.parent) out.push(current);
  return out;
}

/**
 * The IATI organisation reference of an organisation: its first identifier as
 * `<scheme>-<value>`, else that of the organisation it is a unit of (an IOM country office is
 * IOM), else none.
 */
export function iatiOrganisationRef(id: string, index: OrganisationIndex): string | undefined {
  for (const current of selfAndParents(id, index)) {
    const identifier = index.byId.get(current)?.identifiers[0];
    if (identifier) return `${identifier.scheme}-${identifier.value}`;
  }
  return undefined;
}

export const ORGANISATION_TYPES: Readonly<Record<string, string>> = {
  "10": "Government",
  "11": "Local Government",
  "15": "Other Public Sector",
  "21": "International NGO",
  "22": "National NGO",
  "23": "Regional NGO",
  "24": "Partner Country based NGO",
  "30": "Public Private Partnership",
  "40": "Multilateral",
  "60": "Foundation",
  "70": "Private Sector",
  "71": "Private Sector in Provider Country",
  "72": "Private Sector in Aid Recipient Country",
  "73": "Private Sector in Third Country",
  "80": "Academic, Training and Research",
  "90": "Other",
};
