/**
 * The published data files: one row per record, every figure equal to its record (round
 * trip), a Data Package whose sizes and hashes match, and byte-identical output.
 */
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dist, root, runAstroBuild } from "./helpers.ts";
import { readRecordFile } from "../../src/integrations/record-files.ts";
import { parseCsv } from "../../src/lib/export/csv.ts";
import { projectSchema, type ProjectData } from "../../src/lib/schema/project.ts";

const dataDir = join(dist, "data");
const read = (name: string) => readFileSync(join(dataDir, name), "utf8");
const records = new Map<string, ProjectData>(
  readdirSync(join(root, "content/projects"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => {
      const input = readRecordFile(join(root, "content/projects", name), name);
      return [input.id, projectSchema.parse(input.frontmatter)];
    }),
);
const cell = (value: unknown) => (value === undefined ? "" : String(value));
const list = (value: readonly string[] | undefined) => (value ?? []).join("; ");

describe("projects.csv", () => {
  const rows = parseCsv(read("projects.csv"));

  it("has exactly one row per record", () => {
    expect(rows).toHaveLength(records.size);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(records.keys()));
  });

  it("has the PARTIR II figures", () => {
    const partir = rows.find((r) => r.id === "it-partir-ii")!;
    expect(partir["budget.total"]).toBe("1400000");
    expect(partir["budget.currency"]).toBe("EUR");
    expect(partir["budget.eu_share_pct"]).toBe("75");
    expect(partir["budget.eu_amount"]).toBe("");
    expect(partir["derived.eu_amount"]).toBe("1050000");
    expect(partir["start"]).toBe("2010-07-01");
    expect(partir["start_precision"]).toBe("day");
    expect(partir["results.returned"]).toBe("208");
    expect(partir["targets.returned"]).toBe("");
    expect(partir["derived.status_as_of"]).toBe("2026-11-23");
  });

  it("gives back every field of every record (round trip)", () => {
    for (const row of rows) {
      const r = records.get(row.id!)!;
      const expected: Record<string, string> = {
        title: r.title,
        acronym: cell(r.acronym),
        summary: r.summary,
        member_state: r.member_state,
        participating_states: list(r.participating_states),
        fund: cell(r.fund),
        fund_detail: cell(r.fund_detail),
        reference: cell(r.reference),
        managing_entity: r.managing_entity,
        partners: list(r.partners),
        start: cell(r.start),
        end: cell(r.end),
        "budget.currency": cell(r.budget?.currency),
        "budget.total": cell(r.budget?.total),
        "budget.eu_share_pct": cell(r.budget?.eu_share_pct),
        "budget.eu_amount": cell(r.budget?.eu_amount),
        "budget.awarded": cell(r.budget?.awarded),
        "results.returned": cell(r.results?.returned),
        "results.reintegration_assisted": cell(r.results?.reintegration_assisted),
        "results.counselled": cell(r.results?.counselled),
        "targets.returned": cell(r.targets?.returned),
        "targets.reintegration_assisted": cell(r.targets?.reintegration_assisted),
        "targets.counselled": cell(r.targets?.counselled),
        results_note: cell(r.results_note),
        target_group: cell(r.target_group),
        return_countries: list(r.return_countries),
        related: list(r.related?.map((x) => `${x.id}:${x.relation}`)),
        confidence: r.confidence,
        notes: cell(r.notes),
        checked: r.checked,
      };
      for (const [column, value] of Object.entries(expected)) expect(row[column], `${row.id} ${column}`).toBe(value);
    }
  });

  it("never puts two currencies in one row, and its list cells split back into the record's lists", () => {
    for (const row of rows) {
      const r = records.get(row.id!)!;
      expect(row.partners ? row.partners.split("; ") : [], row.id).toEqual(r.partners ?? []);
      if (row["budget.total"] || row["budget.eu_amount"] || row["budget.awarded"]) expect(row["budget.currency"], row.id).toMatch(/^[A-Z]{3}$/);
    }
  });
});

describe("the long tables", () => {
  it("results.csv holds every result and target, kept apart", () => {
    const rows = parseCsv(read("results.csv"));
    const expected = [...records].flatMap(([id, r]) => [
      ...Object.entries(r.results ?? {}).map(([indicator, value]) => `${id}|${indicator}|result|${value}`),
      ...Object.entries(r.targets ?? {}).map(([indicator, value]) => `${id}|${indicator}|target|${value}`),
    ]);
    expect(rows.map((r) => `${r.project_id}|${r.indicator}|${r.kind}|${r.value}`).sort()).toEqual(expected.sort());
  });

  it("sources.csv holds every source of every record, in order", () => {
    const rows = parseCsv(read("sources.csv"));
    const expected = [...records].flatMap(([id, r]) => r.sources.map((s, i) => `${id}|${i + 1}|${s.url}|${s.title}|${s.publisher}`));
    expect(rows.map((r) => `${r.project_id}|${r.position}|${r.url}|${r.title}|${r.publisher}`).sort()).toEqual(expected.sort());
  });

  it("allowances.csv holds every allowance with its own currency", () => {
    const rows = parseCsv(read("allowances.csv"));
    const expected = [...records].flatMap(([id, r]) =>
      (r.allowances ?? []).map((a, i) => `${id}|${i + 1}|${a.kind}|${cell(a.amount)}|${cell(a.amount_min)}|${cell(a.amount_max)}|${a.currency}|${a.per}`),
    );
    expect(rows.map((r) => `${r.project_id}|${r.position}|${r.kind}|${r.amount}|${r.amount_min}|${r.amount_max}|${r.currency}|${r.per}`).sort()).toEqual(expected.sort());
  });
});

describe("datapackage.json", () => {
  const descriptor = JSON.parse(read("datapackage.json"));

  it("has the structure Data Package v2 requires", () => {
    expect(descriptor.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
    expect(descriptor.licenses).toEqual([{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0 International" }]);
    expect(descriptor.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(descriptor.created).toBe("2026-11-23T00:00:00Z");
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual(["projects", "results", "sources", "allowances"]);
    for (const resource of descriptor.resources) {
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      expect(resource.type).toBe("table");
      expect(resource.schema.$schema).toBe("https://datapackage.org/profiles/2.0/tableschema.json");
      expect(resource.schema.missingValues).toEqual([""]);
      for (const field of resource.schema.fields) expect(["string", "integer", "number", "boolean"]).toContain(field.type);
    }
  });

  it("describes each file exactly: bytes, hash, header, keys", () => {
    for (const resource of descriptor.resources) {
      const bytes = readFileSync(join(dataDir, resource.path));
      expect(resource.bytes, resource.path).toBe(bytes.length);
      expect(resource.hash, resource.path).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
      const text = bytes.toString("utf8");
      expect(text.split("\r\n")[0]).toBe(resource.schema.fields.map((f: { name: string }) => f.name).join(","));
      const rows = parseCsv(text);
      const keys = rows.map((row) => resource.schema.primaryKey.map((k: string) => row[k]).join("|"));
      expect(new Set(keys).size, resource.path).toBe(rows.length);
      for (const fk of resource.schema.foreignKeys ?? []) {
        const ids = new Set(parseCsv(read(`${fk.reference.resource}.csv`)).map((row) => row[fk.reference.fields[0]]));
        for (const row of rows) expect(ids.has(row[fk.fields[0]]), `${resource.path}: ${row[fk.fields[0]]}`).toBe(true);
      }
      for (const field of resource.schema.fields) {
        for (const row of rows) {
          const value = row[field.name]!;
          if (value === "") {
            expect(field.constraints?.required, `${resource.path} ${field.name} is required`).not.toBe(true);
            continue;
          }
          if (field.type === "integer") expect(value, field.name).toMatch(/^\d+$/);
          if (field.type === "number") expect(Number.isFinite(Number(value)), `${field.name}: ${value}`).toBe(true);
          if (field.constraints?.enum) expect(field.constraints.enum, field.name).toContain(value);
          if (field.constraints?.pattern) expect(value, field.name).toMatch(new RegExp(field.constraints.pattern));
        }
      }
    }
  });

  it("SHA256SUMS lists every other file with its hash", () => {
    const lines = read("SHA256SUMS").trim().split("\n");
    const files = readdirSync(dataDir).filter((f) => f !== "SHA256SUMS" && !f.endsWith(".html")).sort();
    expect(lines.map((line) => line.split("  ")[1]).sort()).toEqual(files);
    for (const line of lines) {
      const [hash, name] = line.split("  ");
      expect(createHash("sha256").update(readFileSync(join(dataDir, name!))).digest("hex"), name).toBe(hash);
    }
  });

  it("projects.json has the same rows as projects.csv, with lists as arrays and missing as null", () => {
    const json = JSON.parse(read("projects.json")) as Record<string, unknown>[];
    const csv = parseCsv(read("projects.csv"));
    expect(json.map((r) => r.id)).toEqual(csv.map((r) => r.id));
    const partir = json.find((r) => r.id === "it-partir-ii")!;
    expect(partir["budget.total"]).toBe(1400000);
    expect(partir["budget.eu_amount"]).toBeNull();
    expect(partir["derived.eu_amount"]).toBe(1050000);
    expect(partir.partners).toEqual([]);
  });

  it("CITATION.cff names the licence and the version", () => {
    const cff = read("CITATION.cff");
    expect(cff).toContain("cff-version: 1.2.0");
    expect(cff).toContain("license: CC-BY-4.0");
    expect(cff).toContain('date-released: "2026-11-23"');
  });
});

describe("reproducible output", () => {
  it("a second build, on another day, gives byte-identical data files", () => {
    const out = mkdtempSync(join(tmpdir(), "avrr-rebuild-"));
    try {
      const { status, output } = runAstroBuild({ BUILD_DATE: "2027-03-01" }, ["--outDir", out]);
      expect(status, output).toBe(0);
      const dataFiles = (dir: string) => [
        ...readdirSync(join(dir, "data")).filter((f) => !f.endsWith(".html")).map((f) => join("data", f)),
        ...readdirSync(join(dir, "projects")).filter((f) => f.endsWith(".json")).map((f) => join("projects", f)),
      ];
      const files = dataFiles(dist).sort();
      expect(dataFiles(out).sort()).toEqual(files);
      expect(files.length).toBe(8 + 81);
      for (const file of files) expect(readFileSync(join(out, file)).equals(readFileSync(join(dist, file))), file).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
