/**
 * Imports a round of gathered source facts into content/projects/.
 *
 *   node scripts/import-facts.ts <facts.json> [--bodies DIR] [--decisions FILE] [--write]
 *
 * Without --write it is a dry run: it prints every new file, every change to a record field by
 * field, every conflict, and every item it cannot apply by itself, and writes nothing. With
 * --write it writes the new and changed records, but only when every touched record passes the
 * build's validation. A new record's narrative comes from DIR/<id>.md (the two body sections)
 * and DIR/<id>.summary.txt; a record without one is skipped and listed, never written.
 * Decisions a person took for the round (duplicates, links, items applied by hand) are read
 * from --decisions, by default scripts/import-decisions/<facts file name>.
 *
 * The logic is in src/lib/import/facts.ts; this file only reads and writes.
 */
import yaml from "js-yaml";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { readRecordFile, readReferenceData } from "../src/integrations/record-files.ts";
import { formatIssue, validateRecords, type RecordInput } from "../src/lib/records/validate.ts";
import { planImport, type Decisions, type ExistingRecord, type FactsFile, type Frontmatter, type Narrative } from "../src/lib/import/facts.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const write = args.includes("--write");
if (write) args.splice(args.indexOf("--write"), 1);
const bodiesDir = flag("--bodies");
const decisionsArg = flag("--decisions");
const recordsDir = flag("--records") ?? join(root, "content/projects");
const factsPath = args[0];
if (!factsPath || args.length > 1) {
  console.error("usage: node scripts/import-facts.ts <facts.json> [--bodies DIR] [--decisions FILE] [--write]");
  process.exit(2);
}

const facts = JSON.parse(readFileSync(factsPath, "utf8")) as FactsFile;
const publishers = {
  ...(JSON.parse(readFileSync(join(root, "scripts/one-off/publishers.json"), "utf8")) as Record<string, string>),
  ...(JSON.parse(readFileSync(join(root, "scripts/import-publishers.json"), "utf8")) as Record<string, string>),
};
const decisionsPath = decisionsArg ?? join(root, "scripts/import-decisions", basename(factsPath));
const decisions: Decisions = existsSync(decisionsPath) ? (JSON.parse(readFileSync(decisionsPath, "utf8")) as Decisions) : {};
const CHECKED = "2026-12-02";

const existing = new Map<string, ExistingRecord>();
for (const name of readdirSync(recordsDir)
  .filter((n) => n.endsWith(".md"))
  .sort()) {
  const path = join(recordsDir, name);
  const input = readRecordFile(path, relative(root, path));
  if (input.frontmatterError) {
    console.error(`${input.file}: ${input.frontmatterError}`);
    process.exit(1);
  }
  existing.set(input.id, { frontmatter: input.frontmatter as Frontmatter, body: input.body, text: readFileSync(path, "utf8") });
}

const narratives = new Map<string, Narrative>();
if (bodiesDir) {
  for (const name of readdirSync(bodiesDir)) {
    if (!name.endsWith(".md")) continue;
    const id = name.slice(0, -3);
    const summaryPath = join(bodiesDir, `${id}.summary.txt`);
    if (!existsSync(summaryPath)) continue;
    narratives.set(id, { body: readFileSync(join(bodiesDir, name), "utf8"), summary: readFileSync(summaryPath, "utf8").trim() });
  }
}

const plan = planImport(facts, existing, narratives, { publishers, checked: CHECKED, decisions });

// Validate every record as it would be after the import, and report problems of touched ones.
const reference = readReferenceData(join(root, "data"));
const texts = new Map<string, string>([...existing].map(([id, r]) => [id, r.text]));
for (const entry of [...plan.created, ...plan.updated]) texts.set(entry.id, entry.text!);
const touched = new Set([...plan.created, ...plan.updated].map((e) => e.id));
const inputs: RecordInput[] = [...texts].map(([id, text]) => parseText(id, text));
const issues = validateRecords(inputs, {
  fundIds: reference.funds.map((f) => f.id),
  indicatorIds: reference.indicators.map((i) => i.id),
  elementIds: reference.elements.elements.map((e) => e.id),
}).filter((issue) => touched.has(basename(issue.file, ".md")));

function parseText(id: string, text: string): RecordInput {
  // readRecordFile reads from disk; the planned text is parsed the same way.
  const match = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/.exec(text);
  const file = `content/projects/${id}.md`;
  if (!match) return { file, id, frontmatter: undefined, frontmatterError: "no frontmatter", body: text };
  return { file, id, frontmatter: yamlLoad(match[1] ?? ""), body: text.slice(match[0].length), bodyLine: match[0].split("\n").length };
}

/* ------------------------------------------------------------------------------------------ */
const out: string[] = [];
const section = (title: string, lines: string[]) => {
  out.push(`\n## ${title} (${lines.length})`);
  out.push(...lines.map((l) => `  ${l}`));
};
const byKind = (kind: string) => plan.enrichment.filter((e) => e.outcome.kind === kind);

section(
  "New records",
  plan.created.map((e) => `+ content/projects/${e.id}.md`),
);
section(
  "New records skipped",
  plan.skipped.map((s) => `skipped: ${s.reason}: ${s.id}`),
);
section(
  "Duplicates merged into another record",
  plan.merged.map((m) => `${m.id} → ${m.into}: ${m.reason}`),
);
section("New records already written, unchanged", plan.unchanged);
section(
  "New records on disk that differ from the facts (not overwritten: hand edits?)",
  plan.differing.flatMap((d) => [`${d.id}:`, ...d.changes.map((c) => `    ${c}`)]),
);
section(
  "Figures left out of new records",
  plan.dropped.map((d) => `${d.id}: ${d.figure}`),
);
section(
  "Records changed",
  plan.updated.flatMap((u) => [`~ content/projects/${u.id}.md`, ...u.changes.map((c) => `    ${c}`)]),
);
section(
  "Enrichment: added",
  byKind("added").map((e) => `${e.key}`),
);
section(
  "Enrichment: already there",
  byKind("already").map((e) => `${e.key}${e.outcome.kind === "already" ? ` (${e.outcome.detail})` : ""}`),
);
section(
  "Enrichment: conflicts (the record keeps its figure)",
  byKind("conflict").map(
    (e) => `${e.key}${e.outcome.kind === "conflict" ? `${e.outcome.recorded ? " [already recorded]" : ""}\n      ${e.outcome.sentence}` : ""}`,
  ),
);
section(
  "Enrichment: reviewed by hand (decisions file)",
  byKind("decided").map((e) => (e.outcome.kind === "decided" ? `${e.key}\n      ${e.outcome.status}: ${e.outcome.reason}` : "")),
);
section(
  "Enrichment: needs hand review",
  byKind("review").map((e) => (e.outcome.kind === "review" ? `${e.key}\n      reason: ${e.outcome.reason}\n      value: ${JSON.stringify(e.item.value)}` : "")),
);
section("Problems", plan.problems);
section("Validation problems in records the import would write", issues.map(formatIssue));
out.push(`\nNot imported: ${plan.excluded} excluded items, ${plan.fundEligibility} fund eligibility notes.`);

// Items applied by hand must cite their source in the record.
const handWarnings: string[] = [];
for (const e of byKind("decided")) {
  if (e.outcome.kind !== "decided" || e.outcome.status !== "applied") continue;
  const text = texts.get(e.item.id.replace(/^uk-/, "gb-"));
  if (!text?.includes(e.item.source_url)) handWarnings.push(`${e.key}: marked applied by hand, but the record does not cite ${e.item.source_url}`);
}
if (handWarnings.length) section("Hand-applied items to check", handWarnings);

console.log(out.join("\n"));
const summary = `\n${write ? "Writing" : "Dry run (nothing written; --write writes)"}: ${plan.created.length} new, ${plan.updated.length} changed, ${plan.skipped.length} skipped, ${plan.merged.length} merged; enrichment ${byKind("added").length} added, ${byKind("already").length} already there, ${byKind("conflict").length} conflicts, ${byKind("decided").length} decided by hand, ${byKind("review").length} to review.`;
console.log(summary);

if (write) {
  if (issues.length || plan.problems.length) {
    console.error("Not written: fix the problems above first.");
    process.exit(1);
  }
  for (const entry of [...plan.created, ...plan.updated]) writeFileSync(join(recordsDir, `${entry.id}.md`), entry.text!);
  console.log(`Wrote ${plan.created.length + plan.updated.length} files.`);
}

function yamlLoad(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}
