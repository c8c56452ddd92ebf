/**
 * CSV as RFC 4180 (d3-dsv), UTF-8, with a guard against spreadsheet formula injection: a
 * text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with an
 * apostrophe, which spreadsheets show but do not evaluate. Numbers are never guarded.
 */
import { csvFormatRows, csvParseRows } from "d3-dsv";

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Reverses `guardCell` (for readers parsing the files back). */
export function unguardCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function cellText(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  return guardCell(value);
}

/** A CSV file: header row, then rows; CRLF line ends as RFC 4180 says; ends with a line break. */
export function formatCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  // Row by row, so that a line break inside a quoted cell stays as it is.
  return [header, ...rows.map((row) => row.map(cellText))].map((row) => csvFormatRows([[...row]])).join("\r\n") + "\r\n";
}

/** Parses a CSV file made by `formatCsv` into objects of unguarded strings. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...rows] = csvParseRows(text);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, unguardCell(row[i] ?? "")])));
}
