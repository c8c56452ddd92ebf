/** A Frictionless Data Package v2 descriptor for the published CSV tables. */
import { dictionaryEntry, type Column, type Table } from "./tables.ts";

/** The English text of a strings key (the Data Package is written in English). */
export type Describe = (key: string, values?: Readonly<Record<string, string>>) => string;
const described = (describe: Describe, entry: ReturnType<typeof dictionaryEntry>) => describe(entry.key, entry.values);

export interface PublishedFile {
  /** File name under /data/. */
  path: string;
  bytes: number;
  /** Lowercase hex SHA-256. */
  sha256: string;
  rows?: number;
}

export interface PackageMetadata {
  name: string;
  title: string;
  description: string;
  version: string;
  /** ISO date-time: the latest `checked` date of the records. */
  created: string;
  homepage: string;
  license: { name: string; path: string; title: string };
}

function fieldOf<Row>(table: Table<Row>, column: Column<Row>, describe: Describe) {
  const constraints: Record<string, unknown> = {};
  if (column.required) constraints.required = true;
  if (column.unique) constraints.unique = true;
  if (column.enum && !column.list) constraints.enum = [...column.enum];
  if (column.pattern && !column.list) constraints.pattern = column.pattern;
  if (column.minimum !== undefined) constraints.minimum = column.minimum;
  if (column.maximum !== undefined) constraints.maximum = column.maximum;
  return {
    name: column.name,
    type: column.type,
    ...(column.format && !column.list ? { format: column.format } : {}),
    description: described(describe, dictionaryEntry(table, column)),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** The Table Schema of a table. */
export function tableSchema<Row>(table: Table<Row>, describe: Describe) {
  return {
    $schema: "https://datapackage.org/profiles/2.0/tableschema.json",
    fields: table.columns.map((column) => fieldOf(table, column, describe)),
    missingValues: [""],
    primaryKey: [...table.primaryKey],
    ...(table.foreignKeys
      ? {
          foreignKeys: table.foreignKeys.map((fk) => ({
            fields: [...fk.fields],
            reference: { resource: fk.resource, fields: [...fk.referenceFields] },
          })),
        }
      : {}),
  };
}

/** A file that is not a table (JSON, XML), described by format and media type. */
export interface OtherResource {
  name: string;
  title: string;
  description: string;
  format: string;
  mediatype: string;
  file: PublishedFile;
}

export function buildDataPackage(
  meta: PackageMetadata,
  tables: readonly { table: Table<never>; file: PublishedFile }[],
  others: readonly OtherResource[],
  describe: Describe,
) {
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: meta.name,
    title: meta.title,
    description: meta.description,
    version: meta.version,
    created: meta.created,
    homepage: meta.homepage,
    licenses: [meta.license],
    sources: [
      {
        title: "Public pages cited for each record: see sources.csv (one row per record and source)",
        path: `${meta.homepage}data/sources.csv`,
      },
    ],
    resources: [
      ...tables.map(({ table, file }) => ({
        name: table.name,
        type: "table",
        path: file.path,
        title: described(describe, dictionaryEntry(table, "title")),
        description: described(describe, dictionaryEntry(table, "description")),
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: file.bytes,
        hash: `sha256:${file.sha256}`,
        dialect: { $schema: "https://datapackage.org/profiles/2.0/tabledialect.json", delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', header: true },
        schema: tableSchema(table, describe),
      })),
      ...others.map(({ file, ...other }) => ({
        name: other.name,
        path: file.path,
        title: other.title,
        description: other.description,
        format: other.format,
        mediatype: other.mediatype,
        encoding: "utf-8",
        bytes: file.bytes,
        hash: `sha256:${file.sha256}`,
      })),
    ],
  };
}
