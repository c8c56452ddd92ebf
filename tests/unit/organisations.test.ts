/**
 * Organisations as reference data: how a record's organisation text resolves (id, name or
 * alias, ambiguous, unknown id with a suggestion, free text), the checks of
 * data/organisations.json, and the warnings and errors the record validation reports.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { iatiOrganisationRef, indexOrganisations, normaliseName, resolveOrganisation, selfAndParents, selfAndUnits } from "../../src/lib/organisations.ts";
import { organisationsSchema, type Organisation } from "../../src/lib/schema/reference-data.ts";
import { checkOrganisationNames, formatIssue, type RecordInput } from "../../src/lib/records/validate.ts";

const org = (o: Partial<Organisation> & { id: string }): Organisation => ({ name: { en: o.id, it: o.id }, type: "22", identifiers: [], aliases: [], ...o });

const fixture: Organisation[] = [
  org({ id: "caritas-a", name: { en: "Caritas A", it: "Caritas A" }, aliases: ["Caritas"] }),
  org({ id: "caritas-b", name: { en: "Caritas B", it: "Caritas B" } }),
  org({
    id: "iom",
    name: { en: "International Organization for Migration", it: "Organizzazione Internazionale per le Migrazioni" },
    abbreviation: "IOM",
    type: "40",
    identifiers: [{ scheme: "XM-DAC", value: "47066", source: "https://example.org/crs" }],
    aliases: ["International Organisation for Migration (IOM)"],
  }),
  org({
    id: "iom-austria",
    name: { en: "IOM Austria", it: "OIM Austria" },
    own_name: "IOM Österreich",
    type: "40",
    country: "AT",
    parent: "iom",
    aliases: ["IOM Vienna", "IOM Country Office for Austria"],
  }),
  org({ id: "iom-austria-linz", name: { en: "IOM Linz", it: "OIM Linz" }, type: "40", country: "AT", parent: "iom-austria" }),
];
// Two organisations sharing an alias cannot pass the schema; the index alone shows what resolution does with one.
const ambiguous = indexOrganisations([...fixture.slice(0, 2).map((o) => ({ ...o, aliases: ["Caritas"] })), ...fixture.slice(2)]);
const index = indexOrganisations(fixture);

describe("resolveOrganisation", () => {
  it("an id resolves to that organisation", () => {
    expect(resolveOrganisation("iom-austria", index)).toEqual({ kind: "id", id: "iom-austria" });
  });

  it.each([
    ["IOM Vienna", "iom-austria"],
    ["iom   vienna", "iom-austria"],
    [" IOM Country Office for  Austria ", "iom-austria"],
    ["IOM Österreich", "iom-austria"],
    ["IOM Austria", "iom-austria"],
    ["IOM", "iom"],
    ["International Organization for Migration", "iom"],
    ["International Organisation for Migration (IOM)", "iom"],
    // The alias without its trailing "(IOM)": an abbreviation-free alias.
    ["International Organisation for Migration", "iom"],
  ])("the name %j resolves to %s", (text, id) => {
    expect(resolveOrganisation(text, index)).toEqual({ kind: "name", id });
  });

  it("a name two organisations share is ambiguous, with both ids", () => {
    expect(resolveOrganisation("Caritas", ambiguous)).toEqual({ kind: "ambiguous", ids: ["caritas-a", "caritas-b"] });
  });

  it("an id-looking value that is no id is an unknown id, with the nearest id", () => {
    expect(resolveOrganisation("iom-austira", index)).toEqual({ kind: "unknown-id", suggestion: "iom-austria" });
    expect(resolveOrganisation("imo", index)).toEqual({ kind: "unknown-id", suggestion: "iom" });
    expect(resolveOrganisation("fedasil-belgium", index)).toEqual({ kind: "unknown-id", suggestion: undefined });
  });

  it("free text that names no organisation is unmatched (a single common word is not taken for an id)", () => {
    expect(resolveOrganisation("police", index).kind).toBe("unmatched");
    expect(resolveOrganisation("NGOs", index).kind).toBe("unmatched");
    expect(resolveOrganisation("IOM Viena", index)).toEqual({ kind: "unmatched", suggestion: "IOM Vienna" });
  });

  it("names are compared with whitespace collapsed and case folded", () => {
    expect(normaliseName("  IOM\tCountry  Office ")).toBe("iom country office");
  });
});

describe("units and identifiers", () => {
  it("an organisation's units, at any depth, and the organisations a unit belongs to", () => {
    expect(selfAndUnits("iom", index)).toEqual(["iom", "iom-austria", "iom-austria-linz"]);
    expect(selfAndParents("iom-austria-linz", index)).toEqual(["iom-austria-linz", "iom-austria", "iom"]);
  });

  it("the IATI reference is the organisation's identifier, or that of the organisation it is a unit of", () => {
    expect(iatiOrganisationRef("iom", index)).toBe("XM-DAC-47066");
    expect(iatiOrganisationRef("iom-austria-linz", index)).toBe("XM-DAC-47066");
    expect(iatiOrganisationRef("caritas-a", index)).toBeUndefined();
  });
});

describe("organisationsSchema", () => {
  const messages = (data: unknown) => organisationsSchema.safeParse(data).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

  it("accepts the fixture", () => expect(messages(fixture)).toEqual([]));

  it("requires ids to be unique and parents to exist", () => {
    expect(messages([fixture[0], { ...fixture[0], name: { en: "Other", it: "Altro" }, aliases: [] }])).toContain("1.id: is not unique: also the id of entry 0");
    expect(messages([org({ id: "a", parent: "nope" })])).toContain("0.parent: is not the id of an organisation in the list");
  });

  it("finds a cycle of parents", () => {
    expect(messages([org({ id: "a", parent: "b" }), org({ id: "b", parent: "a" })]).some((m) => m.endsWith("makes a cycle of parents"))).toBe(true);
  });

  it("requires aliases and names to be unique across organisations", () => {
    expect(messages([org({ id: "a", aliases: ["Caritas"] }), org({ id: "b", aliases: ["caritas"] })])).toContain(
      '1.aliases.0: is not unique: "caritas" is also a name or alias of a',
    );
  });

  it("requires an Italian name, an IATI type and an org-id list code", () => {
    const found = messages([
      org({ id: "b", name: { en: "B" } as Organisation["name"], type: "99", identifiers: [{ scheme: "dac", value: "1", source: "https://example.org" }] }),
    ]);
    expect(found.some((m) => m.startsWith("0.name: needs an Italian"))).toBe(true);
    expect(found.some((m) => m.startsWith("0.type: is not an IATI OrganisationType code"))).toBe(true);
    expect(found.some((m) => m.startsWith("0.identifiers.0.scheme:"))).toBe(true);
  });

  it("requires the list sorted by id", () => {
    expect(messages([org({ id: "b" }), org({ id: "a" })])).toContain('1.id: is not in order: the list is sorted by id (it comes after "b")');
  });

  it("accepts data/organisations.json", () => {
    const data = JSON.parse(readFileSync(fileURLToPath(new URL("../../data/organisations.json", import.meta.url)), "utf8"));
    expect(messages(data)).toEqual([]);
  });
});

describe("checkOrganisationNames", () => {
  const record = (managing_entity: unknown, partners?: unknown[]): RecordInput => ({
    file: "content/projects/at-x.md",
    id: "at-x",
    frontmatter: { managing_entity, partners },
    body: "",
  });

  it("passes ids and names of one organisation without a word", () => {
    expect(checkOrganisationNames([record("iom-austria", ["IOM Vienna", "iom"])], index)).toEqual({ errors: [], warnings: [] });
  });

  it("an unknown id is an error that names file, field and value, with a suggestion", () => {
    const { errors, warnings } = checkOrganisationNames([record("iom-austira")], index);
    expect(warnings).toEqual([]);
    expect(errors.map(formatIssue)).toEqual([
      'content/projects/at-x.md: managing_entity: "iom-austira" is not an organisation id in data/organisations.json; did you mean "iom-austria"?',
    ]);
  });

  it("free text that matches no organisation, or several, is a warning naming file, field and value", () => {
    const { errors, warnings } = checkOrganisationNames([record("IOM Vienna", ["NGOs", "Caritas"])], ambiguous);
    expect(errors).toEqual([]);
    const lines = warnings.map(formatIssue);
    expect(lines[0]).toMatch(/^content\/projects\/at-x\.md: partners\[0\]: "NGOs" matches no organisation in data\/organisations\.json/);
    expect(lines[1]).toBe(
      'content/projects/at-x.md: partners[1]: "Caritas" names more than one organisation in data/organisations.json (caritas-a, caritas-b): give the id of the one meant',
    );
  });
});
