/**
 * Every published CSV of the Data Package under its own Table Schema, read strictly, as
 * frictionless-py reads it (tests/standards/table-schema.ts): header, every cell's type and
 * format, every constraint with patterns matched against the whole value, primary and foreign
 * keys.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dist } from "./helpers.ts";
import { parseTable, tableProblems, type Resource } from "../standards/table-schema.ts";

const dataDir = join(dist, "data");
const descriptor = JSON.parse(readFileSync(join(dataDir, "datapackage.json"), "utf8")) as { resources: (Resource & { type?: string })[] };
const tables = descriptor.resources.filter((r) => r.type === "table");
const texts = new Map(tables.map((r) => [r.name, readFileSync(join(dataDir, r.path), "utf8")]));
const parsed = new Map(tables.map((r) => [r.name, parseTable(texts.get(r.name)!)]));

describe("the Data Package's tables under a strict Table Schema validator", () => {
  it("has its seven tables", () => {
    expect(tables.map((r) => r.path)).toEqual([
      "projects.csv",
      "results.csv",
      "sources.csv",
      "allowances.csv",
      "conflicts.csv",
      "list-of-operations.csv",
      "organisations.csv",
    ]);
  });

  for (const resource of tables) {
    it(`${resource.path}: every cell, key and constraint is valid`, () => {
      expect(tableProblems(resource, texts.get(resource.name)!, parsed)).toEqual([]);
      expect(parsed.get(resource.name)!.rows.length).toBeGreaterThan(0);
    });
  }

  it("writes every pattern for whole-value matching, with no anchors and no \\d", () => {
    for (const resource of tables) {
      for (const field of resource.schema.fields) {
        const pattern = field.constraints?.pattern;
        if (pattern === undefined) continue;
        expect(pattern, `${resource.name}.${field.name}`).not.toMatch(/^\^|\$$|\\d/);
      }
    }
  });

  it("can fail: an anchored prefix pattern, a bad date, a broken key and a wrong header are refused", () => {
    const sources = tables.find((r) => r.name === "sources")!;
    const text = texts.get("sources")!;
    const prefixOnly = {
      ...sources,
      schema: {
        ...sources.schema,
        fields: sources.schema.fields.map((f) => (f.name === "url" ? { ...f, constraints: { ...f.constraints, pattern: "^https?://" } } : f)),
      },
    };
    // Whole-value matching: "^https?://" accepts only the bare scheme, so every URL fails.
    expect(tableProblems(prefixOnly, text, parsed).filter((p) => p.includes("(pattern ^https?://, whole value)"))).toHaveLength(
      parsed.get("sources")!.rows.length,
    );
    const projects = tables.find((r) => r.name === "projects")!;
    const projectsText = texts.get("projects")!;
    const firstRow = projectsText.split("\r\n")[1]!;
    const checked = parsed.get("projects")!.rows[0]![parsed.get("projects")!.header.indexOf("checked")]!;
    const badDate = projectsText.replace(firstRow, firstRow.replace(`,${checked},`, ",2026-02-30,"));
    expect(tableProblems(projects, badDate, parsed)).toContainEqual(expect.stringMatching(/^row 2, checked: "2026-02-30" \(type date\)$/));
    const orphan = text.replace(/\r\n([a-z0-9-]+),1,/, "\r\nno-such-project,1,");
    expect(tableProblems(sources, orphan, parsed)).toContainEqual(expect.stringMatching(/foreign key project_id = \["no-such-project"\] is not in projects/));
    expect(tableProblems(sources, text.replace("project_id,position", "project,position"), parsed)[0]).toMatch(/^header /);
  });
});
