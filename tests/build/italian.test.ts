/**
 * The Italian site reads in Italian: every element marked `lang="en"` on an /it/ page is either a
 * short phrase or a name that stays as its source gives it (an original title, the name of an
 * organisation or publisher, a source's title). Anything longer is English text a reader of the
 * Italian site would have to read, and fails.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "parse5";
import { dist, listFiles, readRecords, root } from "./helpers.ts";

/** Up to this many words, an English text is a short phrase (an acronym with a word, a code). */
const SHORT_PHRASE_WORDS = 4;

type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };

const textOf = (node: Node): string =>
  node.nodeName === "#text" ? (node.value ?? "") : node.nodeName === "script" || node.nodeName === "style" ? "" : (node.childNodes ?? []).map(textOf).join("");
const normal = (text: string) => text.replace(/\s+/g, " ").trim();

/** The outermost elements marked lang="en", with their text. */
function englishBlocks(node: Node, out: { tag: string; text: string }[] = []): { tag: string; text: string }[] {
  const lang = node.attrs?.find((a) => a.name === "lang")?.value;
  if (lang === "en") {
    out.push({ tag: node.nodeName, text: normal(textOf(node)) });
    return out;
  }
  for (const child of node.childNodes ?? []) englishBlocks(child, out);
  return out;
}

/** Texts that stay as their source gives them. */
function names(): Set<string> {
  const set = new Set<string>();
  const add = (text: string | undefined) => text && set.add(normal(text));
  for (const [, record] of readRecords()) {
    add(record.title);
    add(record.acronym);
    add(record.managing_entity);
    for (const partner of record.partners ?? []) add(partner);
    for (const source of record.sources) {
      add(source.title);
      add(source.publisher);
    }
  }
  const organisations = JSON.parse(readFileSync(join(root, "data/organisations.json"), "utf8")) as {
    name: Record<string, string>;
    own_name?: string;
    aliases?: string[];
  }[];
  for (const o of organisations) {
    for (const name of Object.values(o.name)) add(name);
    add(o.own_name);
    for (const alias of o.aliases ?? []) add(alias);
  }
  const publishers = JSON.parse(readFileSync(join(root, "data/publishers.json"), "utf8")) as { publishers?: { name: string }[] } | { name: string }[];
  for (const p of Array.isArray(publishers) ? publishers : (publishers.publishers ?? [])) add(p.name);
  // The titles of the pages the reference data cites (a fund's sources, say).
  const titles = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(titles);
    else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        if (key === "title" && typeof inner === "string") add(inner);
        else titles(inner);
      }
    }
  };
  titles(JSON.parse(readFileSync(join(root, "data/funds.json"), "utf8")));
  return set;
}

describe("the Italian site is in Italian", () => {
  const allowed = names();
  const pages = listFiles(join(dist, "it")).filter((file) => file.endsWith(".html"));

  it("builds Italian pages", () => {
    expect(pages.length).toBeGreaterThan(300);
  });

  it("no /it/ page holds an English block longer than a short phrase, names and original titles aside", () => {
    const offenders: string[] = [];
    for (const file of pages) {
      const document = parse(readFileSync(file, "utf8")) as unknown as Node;
      for (const block of englishBlocks(document)) {
        if (block.text.split(" ").filter(Boolean).length <= SHORT_PHRASE_WORDS) continue;
        if (allowed.has(block.text)) continue;
        offenders.push(`${file.slice(dist.length)}: <${block.tag} lang="en"> ${block.text.slice(0, 120)}`);
      }
    }
    expect(offenders.slice(0, 40), `${offenders.length} English blocks on Italian pages`).toEqual([]);
  });
});
