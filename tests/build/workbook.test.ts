/**
 * The Excel workbook, read back by unzipping it and parsing its XML (fflate, @xmldom/xmldom):
 * its sheets, one row per record in the projects sheet, every cell of every table sheet equal
 * to its CSV file, the "about" sheet, and the fixed dates of its zip entries. That it is
 * byte-identical across two builds is checked with every other data file (data.test.ts).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { DOMParser } from "@xmldom/xmldom";
import { dist, readRecords } from "./helpers.ts";
import { parseCsv } from "../../src/lib/export/csv.ts";

const dataDir = join(dist, "data");
const bytes = readFileSync(join(dataDir, "eu-avrr-projects.xlsx"));
const entries = unzipSync(new Uint8Array(bytes));
const xml = (path: string) => new DOMParser().parseFromString(new TextDecoder().decode(entries[path]), "text/xml") as unknown as Document;
const all = (doc: Document | Element, name: string) => [...doc.getElementsByTagName(name)];

const shared = all(xml("xl/sharedStrings.xml"), "si").map((si) =>
  all(si, "t")
    .map((t) => t.textContent ?? "")
    .join(""),
);
const sheetNames = all(xml("xl/workbook.xml"), "sheet").map((s) => s.getAttribute("name")!);
const target = new Map(all(xml("xl/_rels/workbook.xml.rels"), "Relationship").map((r) => [r.getAttribute("Id")!, r.getAttribute("Target")!]));
const sheetPath = new Map(
  all(xml("xl/workbook.xml"), "sheet").map((s) => [s.getAttribute("name")!, `xl/${target.get(s.getAttribute("r:id")!)!.replace(/^\/?xl\//, "")}`]),
);

/** A sheet as rows of cell values (strings from the shared strings, numbers as numbers), by column letter position. */
function sheet(name: string): (string | number | undefined)[][] {
  return all(xml(sheetPath.get(name)!), "row").map((row) => {
    const values: (string | number | undefined)[] = [];
    for (const c of all(row, "c")) {
      const column = [...c.getAttribute("r")!.replace(/[0-9]+$/, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const v = all(c, "v")[0]?.textContent ?? "";
      const type = c.getAttribute("t");
      values[column] = type === "s" ? shared[Number(v)] : type === "inlineStr" ? all(c, "t")[0]!.textContent! : Number(v);
    }
    return values;
  });
}

const TABLES = ["projects", "results", "sources", "allowances", "conflicts", "list-of-operations", "organisations"];

describe("eu-avrr-projects.xlsx", () => {
  it("is listed in the Data Package and in SHA256SUMS with its size and hash, as an xlsx", () => {
    const descriptor = JSON.parse(readFileSync(join(dataDir, "datapackage.json"), "utf8"));
    const resource = descriptor.resources.find((r: { path: string }) => r.path === "eu-avrr-projects.xlsx");
    expect([resource.name, resource.format, resource.mediatype, resource.bytes]).toEqual([
      "workbook",
      "xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      bytes.length,
    ]);
    expect(readFileSync(join(dataDir, "SHA256SUMS"), "utf8")).toContain(`${resource.hash.replace("sha256:", "")}  eu-avrr-projects.xlsx\n`);
  });

  it("has a sheet per table and an about sheet", () => {
    expect(sheetNames).toEqual([...TABLES, "about"]);
  });

  it("has one row per record in the projects sheet, under the CSV's header", () => {
    const rows = sheet("projects");
    const records = readRecords();
    expect(rows).toHaveLength(records.size + 1);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(records.keys()));
  });

  it("holds every cell of every table as its CSV file does: numbers as numbers, text as written", () => {
    for (const name of TABLES) {
      const csvText = readFileSync(join(dataDir, `${name}.csv`), "utf8");
      const csv = parseCsv(csvText);
      const header = csvText.slice(0, csvText.indexOf("\r\n")).split(",");
      const rows = sheet(name);
      expect(rows[0], name).toEqual(header);
      expect(rows.length - 1, name).toBe(csv.length);
      csv.forEach((record, i) => {
        const row = rows[i + 1]!;
        header.forEach((column, j) => {
          const value = row[j];
          expect(value === undefined ? "" : String(value), `${name} row ${i + 2} ${column}`).toBe(record[column]);
        });
      });
    }
  });

  it("keeps amounts and counts as numbers", () => {
    const rows = sheet("projects");
    const header = rows[0] as string[];
    const partir = rows.find((r) => r[0] === "it-partir-ii")!;
    expect([partir[header.indexOf("budget.total")], partir[header.indexOf("results.returned")], partir[header.indexOf("checked")]]).toEqual([
      1400000,
      208,
      expect.any(String),
    ]);
  });

  it("has the licence, the citation and the data dictionary on the about sheet", () => {
    const text = sheet("about").map((r) => r.filter((v) => v !== undefined).join(" | "));
    expect(text.join("\n")).toContain("Creative Commons Attribution 4.0 International");
    expect(text.join("\n")).toContain(
      "EU Return and Reintegration Projects (editors) (2026). EU-co-funded assisted voluntary return and reintegration projects, version",
    );
    expect(text).toContain("table | column | type | meaning");
    expect(text).toContain("sources | url | string | Address of the page.");
    expect(text.filter((line) => line.startsWith("projects | ")).length).toBe((sheet("projects")[0] as string[]).length);
  });

  it("dates every zip entry with the data's day, not the build's time", () => {
    // Local file headers: signature PK\3\4, then the DOS time and date at offsets 10 and 12.
    const dates = new Set<string>();
    for (let at = bytes.indexOf("PK\u0003\u0004", 0, "latin1"); at !== -1; at = bytes.indexOf("PK\u0003\u0004", at + 4, "latin1")) {
      const [time, date] = [bytes.readUInt16LE(at + 10), bytes.readUInt16LE(at + 12)];
      dates.add(`${(date >> 9) + 1980}-${String((date >> 5) & 15).padStart(2, "0")}-${String(date & 31).padStart(2, "0")} ${time}`);
    }
    const created = JSON.parse(readFileSync(join(dataDir, "datapackage.json"), "utf8")).created as string;
    expect([...dates]).toEqual([`${created.slice(0, 10)} 0`]);
  });
});
