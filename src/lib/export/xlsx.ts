/**
 * The published tables as one Excel workbook (Office Open XML, .xlsx): a sheet per table, with
 * the column names as its first row, and a sheet "about" with the licence, the citation and
 * the data dictionary.
 *
 * The workbook is written by write-excel-file. An .xlsx file is a zip archive, whose entries
 * carry a modification time, so the archive is then packed again with fflate (the library
 * write-excel-file itself zips with), each entry dated the data's "as of" day: the same records
 * give the same bytes, whatever the day or time zone of the build. The workbook holds no other
 * date (write-excel-file writes no document properties).
 *
 * Cells are typed: numbers and integers as numbers, everything else as text. Text is written as
 * it is, without the apostrophe the CSV files put before a leading =, +, -, @, tab or carriage
 * return: a spreadsheet never runs a text cell of a workbook as a formula.
 */
import writeXlsxFile from "write-excel-file/universal";
import type { Cell as SheetCell, Sheet } from "write-excel-file/universal";
import { unzipSync, zip, type AsyncZippable } from "fflate";
import type { Cell } from "./csv.ts";
import type { FieldType } from "./tables.ts";

export interface WorkbookTable {
  /** The sheet name: at most 31 characters, none of \ / ? * [ ] : */
  name: string;
  columns: readonly { name: string; type: FieldType }[];
  rows: readonly (readonly Cell[])[];
}

export interface WorkbookAbout {
  /** Lines of text at the top of the "about" sheet (title, version, licence, citation, ...). */
  lines: readonly string[];
  /** The data dictionary: one entry per column of every table. */
  dictionary: readonly { table: string; column: string; type: string; meaning: string }[];
}

export const ABOUT_SHEET = "about";
const SHEET_NAME = /^[^\\/?*[\]:]{1,31}$/;

function cell(value: Cell, type: FieldType): SheetCell {
  if (value === undefined || value === null || value === "") return null;
  if ((type === "number" || type === "integer") && typeof value === "number") return { value, type: Number };
  return { value: String(value), type: String };
}

const header = (names: readonly string[]): SheetCell[] => names.map((name) => ({ value: name, type: String, fontWeight: "bold" }));

/** The workbook's bytes. `day` dates every entry of the archive (its local calendar day, at midnight). */
export async function buildWorkbook(tables: readonly WorkbookTable[], about: WorkbookAbout, day: Date): Promise<Uint8Array> {
  for (const name of [...tables.map((t) => t.name), ABOUT_SHEET]) {
    if (!SHEET_NAME.test(name)) throw new Error(`"${name}" cannot be an Excel sheet name (1 to 31 characters, none of \\ / ? * [ ] :)`);
  }
  const sheets: Sheet<never>[] = tables.map((table) => ({
    sheet: table.name,
    data: [header(table.columns.map((c) => c.name)), ...table.rows.map((row) => row.map((value, i) => cell(value, table.columns[i]!.type)))],
    stickyRowsCount: 1,
  }));
  sheets.push({
    sheet: ABOUT_SHEET,
    data: [
      ...about.lines.map((line): SheetCell[] => [{ value: line, type: String }]),
      [],
      header(["table", "column", "type", "meaning"]),
      ...about.dictionary.map((d): SheetCell[] => [d.table, d.column, d.type, d.meaning].map((value) => ({ value, type: String }))),
    ],
  });
  const blob = await writeXlsxFile(sheets).toBlob();
  const entries = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  // DOS dates in a zip are local calendar times: a Date built from local parts gives the same
  // fields in every time zone.
  const mtime = new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  return zipped(Object.fromEntries(Object.entries(entries).map(([path, data]) => [path, [data, { mtime }]])));
}

/** The archive of `files`, compressed (level 6) in fflate's worker threads, so that a large sheet does not hold up the rest of the build; the same bytes as compressing them in turn. */
function zipped(files: AsyncZippable): Promise<Uint8Array> {
  return new Promise((resolve, reject) => zip(files, { level: 6 }, (error, data) => (error ? reject(error) : resolve(data))));
}
