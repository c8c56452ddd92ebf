/**
 * Organisations: every record's managing organisation and partners resolve to one organisation, the organisation pages list exactly the projects that a
 * recount from the records and data/organisations.json gives (units counting for their
 * parent), organisations.csv is data/organisations.json, and IATI carries the identifiers.
 * The resolution here is recomputed from the files, not taken from the site's code.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dist, readPage, readRecords, root } from "./helpers.ts";
import { parseCsv } from "../../src/lib/export/csv.ts";

interface Org {
  id: string;
  name: { en: string; it: string };
  own_name?: string;
  abbreviation?: string;
  country?: string;
  type: string;
  parent?: string;
  identifiers: { scheme: string; value: string; source: string }[];
  aliases: string[];
}

const organisations: Org[] = JSON.parse(readFileSync(join(root, "data/organisations.json"), "utf8"));
const records = [...readRecords()].map(([id, data]) => ({ id, data }));
const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/** Normalised name → ids, by the rule of the record format: names, own names, abbreviations, aliases, aliases without "(ABBR)". */
const byName = new Map<string, Set<string>>();
for (const o of organisations) {
  const names = [
    o.name.en,
    o.own_name,
    o.abbreviation,
    ...o.aliases,
    ...o.aliases.filter((a) => o.abbreviation && a.endsWith(` (${o.abbreviation})`)).map((a) => a.slice(0, -(o.abbreviation!.length + 3))),
  ];
  for (const name of names) if (name) byName.set(norm(name), new Set([...(byName.get(norm(name)) ?? []), o.id]));
}
const ids = new Set(organisations.map((o) => o.id));
const resolve = (text: string): string | undefined => {
  if (ids.has(text)) return text;
  const found = byName.get(norm(text));
  return found?.size === 1 ? [...found][0] : undefined;
};
const parentOf = new Map(organisations.map((o) => [o.id, o.parent]));
const ancestors = (id: string): string[] => {
  const out: string[] = [];
  for (let c: string | undefined = id; c; c = parentOf.get(c)) out.push(c);
  return out;
};

describe("records' organisations", () => {
  it("every managing entity and partner resolves to exactly one organisation", () => {
    const unresolved: string[] = [];
    for (const { id, data } of records) {
      if (!resolve(data.managing_entity)) unresolved.push(`${id} managing_entity: ${data.managing_entity}`);
      for (const partner of data.partners ?? []) if (!resolve(partner)) unresolved.push(`${id} partners: ${partner}`);
    }
    // Groups that name no single organisation ("NGOs", "reception centres") are told in the records' notes, not listed as partners.
    expect(unresolved).toEqual([]);
  });

  it('"IOM" alone is IOM, and an IOM country office is a unit of IOM', () => {
    expect(resolve("IOM")).toBe("iom");
    expect(resolve("IOM Vienna")).toBe("iom-austria");
    expect(ancestors("iom-austria")).toEqual(["iom-austria", "iom"]);
  });

  it("projects.csv gives each record's managing organisation id, where it resolves", () => {
    const rows = parseCsv(readFileSync(join(dist, "data/projects.csv"), "utf8"));
    for (const { id, data } of records) expect(rows.find((r) => r.id === id)!.managing_entity_id, id).toBe(resolve(data.managing_entity) ?? "");
  });
});

/** The project ids of the table that follows the heading with this id, up to the next h2. */
function tableIds(html: string, heading: string): string[] {
  const start = html.indexOf(`id="${heading}"`);
  if (start < 0) return [];
  const next = html.indexOf("<h2", start + 1);
  const part = html.slice(start, next < 0 ? undefined : next);
  return [...part.matchAll(/<th scope="row"><a href="(?:\/it)?\/projects\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!).sort();
}

describe.each(["iom", "iom-austria", "be-fedasil", "nl-dtv", "it-cir"])("/organisations/%s/", (orgId) => {
  const managed = records.filter((r) => {
    const id = resolve(r.data.managing_entity);
    return id !== undefined && ancestors(id).includes(orgId);
  });
  const partnerOnly = records.filter(
    (r) =>
      !managed.includes(r) &&
      (r.data.partners ?? []).some((p) => {
        const id = resolve(p);
        return id !== undefined && ancestors(id).includes(orgId);
      }),
  );

  it.each(["", "it/"])("lists exactly the projects it or its units manage, and those it is a partner in (%s)", (prefix) => {
    const html = readPage(`${prefix}organisations/${orgId}/index.html`);
    expect(tableIds(html, "projects")).toEqual(managed.map((r) => r.id).sort());
    expect(tableIds(html, "partner")).toEqual(partnerOnly.map((r) => r.id).sort());
    if (managed.length) {
      expect(Number(/<dd data-count="(\d+)"/.exec(html)?.[1])).toBe(managed.length);
      const totals = new Map<string, number>();
      for (const { data } of managed)
        if (data.budget?.total !== undefined) totals.set(data.budget.currency!, (totals.get(data.budget.currency!) ?? 0) + Math.round(data.budget.total * 100));
      const shown = [...html.matchAll(/<li data-currency="([A-Z]{3})" data-cents="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
      expect(shown.sort()).toEqual([...totals].sort());
      expect(Number(/<dd data-returned="(\d+)"/.exec(html)?.[1])).toBe(managed.reduce((n, r) => n + (r.data.results?.returned ?? 0), 0));
    }
  });
});

describe("/organisations/", () => {
  it("lists every organisation with its number of projects, in both languages", () => {
    for (const prefix of ["", "it/"]) {
      const html = readPage(`${prefix}organisations/index.html`);
      const rows = [...html.matchAll(/<tr data-organisation="([a-z0-9-]+)">[\s\S]*?data-managed="(\d+)"/g)].map((m) => [m[1]!, Number(m[2])] as const);
      expect(rows.map(([id]) => id).sort()).toEqual(organisations.map((o) => o.id).sort());
      for (const [id, n] of rows)
        expect(n, id).toBe(
          records.filter((r) => {
            const m = resolve(r.data.managing_entity);
            return m !== undefined && ancestors(m).includes(id);
          }).length,
        );
    }
  });

  it("a project page links its managing organisation to that organisation's page", () => {
    const html = readPage("projects/at-restart-ii/index.html");
    expect(html).toContain('<a href="/organisations/iom-austria/">IOM Country Office for Austria</a>');
  });
});

describe("organisations.csv", () => {
  const rows = parseCsv(readFileSync(join(dist, "data/organisations.csv"), "utf8"));
  it("is data/organisations.json, one row per organisation", () => {
    expect(rows).toHaveLength(organisations.length);
    for (const o of organisations) {
      const row = rows.find((r) => r.id === o.id)!;
      expect(row, o.id).toEqual({
        id: o.id,
        name_en: o.name.en,
        name_it: o.name.it,
        own_name: o.own_name ?? "",
        abbreviation: o.abbreviation ?? "",
        country: o.country ?? "",
        type: o.type,
        parent: o.parent ?? "",
        identifiers: o.identifiers.map((i) => `${i.scheme}-${i.value}`).join("; "),
        identifier_sources: o.identifiers.map((i) => i.source).join("; "),
        aliases: o.aliases.join(" | "),
      });
    }
  });

  it("is in the Data Package, with projects.managing_entity_id a foreign key to it", () => {
    const pkg = JSON.parse(readFileSync(join(dist, "data/datapackage.json"), "utf8"));
    const projects = pkg.resources.find((r: { name: string }) => r.name === "projects");
    expect(projects.schema.foreignKeys).toContainEqual({ fields: ["managing_entity_id"], reference: { resource: "organisations", fields: ["id"] } });
    expect(pkg.resources.map((r: { name: string }) => r.name)).toContain("organisations");
  });
});

describe("IATI", () => {
  it("gives the implementing organisation's reference where it has an identifier, itself or through the organisation it is a unit of", () => {
    const xml = readFileSync(join(dist, "data/iati-activities.xml"), "utf8");
    const refs = new Map(
      organisations.map((o) => [
        o.id,
        ancestors(o.id)
          .map((a) => organisations.find((x) => x.id === a)!.identifiers[0])
          .find(Boolean),
      ]),
    );
    for (const activity of xml.split("<iati-activity ").slice(1)) {
      const identifierText = /<iati-identifier>([^<]*)<\/iati-identifier>/.exec(activity)![1]!;
      const record = records.filter((r) => identifierText.endsWith(`-${r.id}`)).sort((a, b) => b.id.length - a.id.length)[0]!;
      const id = record.id;
      const org = resolve(record.data.managing_entity);
      const identifier = org ? refs.get(org) : undefined;
      const implementer = /<participating-org([^>]*)role="4"/.exec(activity)![1]!;
      if (identifier) expect(implementer, id).toContain(`ref="${identifier.scheme}-${identifier.value}"`);
      else expect(implementer, id).not.toContain("ref=");
    }
  });
});
