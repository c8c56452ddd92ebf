/**
 * A strict Table Schema (Data Package v2) check of a tabular resource, cell by cell, as
 * frictionless-py reads it (frictionless/schema/field.py and frictionless/fields/*.py):
 *
 * - a cell in `missingValues` is missing; any other cell must parse as its field's type and
 *   format: integer, number (with `decimalChar`, `groupChar`, `bareNumber`), boolean
 *   (`trueValues`/`falseValues`), date (`%Y-%m-%d`, or the field's own format), string with
 *   format `uri` (a scheme is required) or `email`;
 * - constraints: required, unique, enum, pattern, minimum/maximum, minLength/maxLength, each
 *   only for the types frictionless-py supports it on. A pattern is matched against the whole
 *   value, as frictionless-py compiles it (`^(pattern)$`) and as the standard says (XML Schema
 *   regular expressions, implicitly anchored);
 * - the header row equals the field names, the primary key is unique and has no missing part,
 *   and every foreign key resolves (a row whose key fields are all missing refers to nothing).
 *
 * Where frictionless-py is more lenient than the standard (Python's int() and Decimal() accept
 * "+1_000" and " 1e3 "), this check follows the standard's lexical forms, so what passes here
 * passes there.
 */
import { csvParseRows } from "d3-dsv";

export interface Field {
  name: string;
  type: string;
  format?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: unknown[];
    pattern?: string;
    minimum?: number | string;
    maximum?: number | string;
    minLength?: number;
    maxLength?: number;
  };
  decimalChar?: string;
  groupChar?: string;
  bareNumber?: boolean;
  trueValues?: string[];
  falseValues?: string[];
}
export interface Schema {
  fields: Field[];
  missingValues?: string[];
  primaryKey?: string[] | string;
  foreignKeys?: { fields: string[] | string; reference: { resource: string; fields: string[] | string } }[];
}
export interface Resource {
  name: string;
  path: string;
  schema: Schema;
  dialect?: { delimiter?: string; lineTerminator?: string; header?: boolean };
}

const list = (v: string[] | string | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** A cell as the field's type, or undefined when it does not parse. */
export function readCell(field: Field, cell: string): unknown {
  switch (field.type) {
    case "string": {
      if (field.format === "uri") return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s\u0000-\u001f\u007f]*$/u.test(cell) && URL.canParse(cell) ? cell : undefined;
      if (field.format === "email") return /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(cell) ? cell : undefined;
      if (field.format && field.format !== "default") throw new Error(`${field.name}: string format ${field.format} is not checked here`);
      return cell;
    }
    case "integer": {
      const text = field.bareNumber === false ? cell.replace(/^[^-\d]*|\D*$/gu, "") : cell;
      return /^[+-]?[0-9]+$/u.test(text) ? Number(text) : undefined;
    }
    case "number": {
      let text = field.bareNumber === false ? cell.replace(/^[^-\d]*|\D*$/gu, "") : cell;
      if (field.groupChar) text = text.split(field.groupChar).join("");
      const decimal = field.decimalChar ?? ".";
      if (decimal !== "." && text.includes(".")) return undefined;
      text = text.split(decimal).join(".");
      if (/^[+-]?(NaN|INF)$/u.test(text)) return Number(text.replace("INF", "Infinity"));
      return /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$/u.test(text) ? Number(text) : undefined;
    }
    case "boolean": {
      if ((field.trueValues ?? ["true", "True", "TRUE", "1"]).includes(cell)) return true;
      if ((field.falseValues ?? ["false", "False", "FALSE", "0"]).includes(cell)) return false;
      return undefined;
    }
    case "date": {
      if (field.format && field.format !== "default") throw new Error(`${field.name}: date format ${field.format} is not checked here`);
      const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/u.exec(cell);
      if (!m) return undefined;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const day = new Date(Date.UTC(y, mo - 1, d));
      return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d ? cell : undefined;
    }
    default:
      throw new Error(`${field.name}: type ${field.type} is not checked here`);
  }
}

/** The constraints frictionless-py applies to each type (the fields' `supported_constraints`). */
const SUPPORTED: Record<string, readonly string[]> = {
  string: ["required", "minLength", "maxLength", "pattern", "enum"],
  integer: ["required", "minimum", "maximum", "enum"],
  number: ["required", "minimum", "maximum", "enum"],
  boolean: ["required", "enum"],
  date: ["required", "minimum", "maximum", "enum"],
};

/** Every problem of one table under its schema: `row N, field: value (rule)`; empty when the table is valid. */
export function tableProblems(resource: Resource, text: string, tables: ReadonlyMap<string, { header: string[]; rows: string[][] }> = new Map()): string[] {
  const problems: string[] = [];
  const { schema } = resource;
  const missing = schema.missingValues ?? [""];
  const terminator = resource.dialect?.lineTerminator ?? "\r\n";
  if (!text.endsWith(terminator)) problems.push(`the file does not end with its line terminator`);
  if (terminator === "\r\n" && /(?<!\r)\n|\r(?!\n)/u.test(text.replace(/"(?:[^"]|"")*"/gu, ""))) problems.push("a line ends with a bare LF or CR");
  const [header = [], ...rows] = csvParseRows(text.endsWith(terminator) ? text.slice(0, -terminator.length) : text);
  const names = schema.fields.map((f) => f.name);
  if (header.join("\u0000") !== names.join("\u0000")) problems.push(`header ${JSON.stringify(header)} is not the field names ${JSON.stringify(names)}`);
  rows.forEach((row, i) => {
    if (row.length !== names.length) problems.push(`row ${i + 2}: ${row.length} cells for ${names.length} fields`);
  });

  schema.fields.forEach((field, col) => {
    const c = field.constraints ?? {};
    for (const name of Object.keys(c)) {
      if (!(SUPPORTED[field.type] ?? []).includes(name) && name !== "unique") problems.push(`${field.name}: constraint ${name} does not apply to type ${field.type}`);
    }
    const pattern = c.pattern === undefined ? undefined : new RegExp(`^(?:${c.pattern})$`, "u");
    const bound = (v: number | string | undefined) => (v === undefined ? undefined : readCell(field, String(v)));
    const [min, max] = [bound(c.minimum), bound(c.maximum)];
    const enumValues = c.enum?.map((v) => readCell(field, String(v)));
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      const cell = row[col] ?? "";
      const at = `row ${i + 2}, ${field.name}: ${JSON.stringify(cell)}`;
      if (missing.includes(cell)) {
        if (c.required) problems.push(`${at} (required)`);
        return;
      }
      const value = readCell(field, cell);
      if (value === undefined) {
        problems.push(`${at} (type ${field.type}${field.format ? `/${field.format}` : ""})`);
        return;
      }
      if (pattern && !pattern.test(cell)) problems.push(`${at} (pattern ${c.pattern}, whole value)`);
      if (enumValues && !enumValues.includes(value)) problems.push(`${at} (enum)`);
      if (min !== undefined && (value as number | string) < (min as number | string)) problems.push(`${at} (minimum ${c.minimum})`);
      if (max !== undefined && (value as number | string) > (max as number | string)) problems.push(`${at} (maximum ${c.maximum})`);
      if (c.minLength !== undefined && [...cell].length < c.minLength) problems.push(`${at} (minLength ${c.minLength})`);
      if (c.maxLength !== undefined && [...cell].length > c.maxLength) problems.push(`${at} (maxLength ${c.maxLength})`);
      if (c.unique) {
        if (seen.has(cell)) problems.push(`${at} (unique: also row ${seen.get(cell)})`);
        else seen.set(cell, i + 2);
      }
    });
  });

  const column = (name: string) => names.indexOf(name);
  const key = list(schema.primaryKey);
  if (key.length) {
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      const parts = key.map((k) => row[column(k)] ?? "");
      if (parts.some((p) => missing.includes(p))) problems.push(`row ${i + 2}: primary key ${key.join(", ")} has a missing part`);
      const joined = JSON.stringify(parts);
      if (seen.has(joined)) problems.push(`row ${i + 2}: primary key ${joined} repeats row ${seen.get(joined)}`);
      else seen.set(joined, i + 2);
    });
  }
  for (const fk of schema.foreignKeys ?? []) {
    const fields = list(fk.fields);
    const target = fk.reference.resource === "" || fk.reference.resource === resource.name ? { header, rows } : tables.get(fk.reference.resource);
    if (!target) {
      problems.push(`foreign key ${fields.join(", ")}: resource ${fk.reference.resource} not given`);
      continue;
    }
    const referenced = new Set(target.rows.map((r) => JSON.stringify(list(fk.reference.fields).map((f) => r[target.header.indexOf(f)] ?? ""))));
    rows.forEach((row, i) => {
      const parts = fields.map((f) => row[column(f)] ?? "");
      if (parts.every((p) => missing.includes(p))) return;
      if (!referenced.has(JSON.stringify(parts))) problems.push(`row ${i + 2}: foreign key ${fields.join(", ")} = ${JSON.stringify(parts)} is not in ${fk.reference.resource}`);
    });
  }
  return problems;
}

/** A table's header and rows, for resolving foreign keys. */
export function parseTable(text: string): { header: string[]; rows: string[][] } {
  const [header = [], ...rows] = csvParseRows(text.replace(/\r\n$/u, ""));
  return { header, rows };
}
