/** Validation against the official schemas in this folder (see README.md). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { validateXML } from "xmllint-wasm";

const here = import.meta.dirname;
const file = (dir: string, name: string) => ({ fileName: name, contents: readFileSync(join(here, dir, name), "utf8") });

/** Schema errors of an IATI 2.03 activity file, as xmllint prints them; empty when valid. */
export async function iatiSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: "iati-activities.xml", contents: xml }],
    schema: [file("iati-2.03", "iati-activities-schema.xsd")],
    preload: [file("iati-2.03", "iati-common.xsd"), file("iati-2.03", "xml.xsd")],
  });
  return result.errors.map((e) => e.rawMessage);
}

/** The order of the children of iati-activity, read from the official schema's sequence. */
export function iatiActivityOrder(): string[] {
  const xsd = readFileSync(join(here, "iati-2.03", "iati-activities-schema.xsd"), "utf8");
  const start = xsd.indexOf('<xsd:element name="iati-activity">');
  // The element's own sequence closes at its indentation (six spaces); nested ones deeper.
  const sequence = xsd.slice(start, xsd.indexOf("\n      </xsd:sequence>", start));
  // Only the sequence's own children: nested complex types are indented deeper.
  return [...sequence.matchAll(/^ {8}<xsd:element (?:ref|name)="([a-z-]+)"/gm)].map((m) => m[1]!);
}

const profile = (name: string) => JSON.parse(readFileSync(join(here, "datapackage-2.0", `${name}.json`), "utf8"));

/** Errors of a descriptor against a Data Package v2 profile ("datapackage", "tableschema", ...). */
export function dataPackageErrors(name: "datapackage" | "dataresource" | "tableschema" | "tabledialect", descriptor: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const plugin = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
  plugin(ajv);
  const validate = ajv.compile(profile(name));
  return validate(descriptor) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
