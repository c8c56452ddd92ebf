import { describe, expect, it } from "vitest";
import { formatCsv, guardCell, parseCsv, unguardCell } from "../../src/lib/export/csv.ts";
import { csvCell, projectsTableFor } from "../../src/lib/export/tables.ts";

const projectsTable = projectsTableFor(["it"]);
import { AS_OF, syntheticProject } from "../fixtures/factory.ts";

describe("formula injection guard", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["Plain", "Plain"],
    ["'quoted", "'quoted"],
  ])("%j", (value, guarded) => {
    expect(guardCell(value)).toBe(guarded);
    expect(unguardCell(guardCell(value))).toBe(value);
  });

  it("neutralises a record whose title starts with =, and reads it back", () => {
    const project = syntheticProject("it-formula", { title: "=CMD|' /C calc'!A0", managing_entity: "-Fixture", confidence: "low" }, { indicatorOrder: [] });
    const row = { project, asOf: AS_OF };
    const csv = formatCsv(
      projectsTable.columns.map((c) => c.name),
      [projectsTable.columns.map((c) => csvCell(c, row))],
    );
    expect(csv.split("\r\n")[1]).toMatch(/^it-formula,'=CMD\|' \/C calc'!A0,/);
    expect(csv).toContain(",'-Fixture,");
    const [parsed] = parseCsv(csv);
    expect(parsed!.title).toBe("=CMD|' /C calc'!A0");
    expect(parsed!.managing_entity).toBe("-Fixture");
  });
});

describe("RFC 4180", () => {
  it("quotes commas, quotes and line breaks, ends rows with CRLF, and round-trips", () => {
    const csv = formatCsv(
      ["a", "b", "c"],
      [
        ["x, y", 'say "hi"', "line\nbreak"],
        [1.5, null, undefined],
      ],
    );
    expect(csv).toBe('a,b,c\r\n"x, y","say ""hi""","line\nbreak"\r\n1.5,,\r\n');
    expect(parseCsv(csv)).toEqual([
      { a: "x, y", b: 'say "hi"', c: "line\nbreak" },
      { a: "1.5", b: "", c: "" },
    ]);
  });
});
