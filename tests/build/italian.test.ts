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

describe("'not reported' agrees with the label it stands for, on every Italian project page", () => {
  /**
   * Each label of a project page and the form its Italian "not reported" (or "not calculated")
   * takes, from the gender and number of its noun, written here by hand: "Date: non riportate",
   * "inizio non riportato", "fine non riportata", "Obiettivi: non riportati".
   */
  const FORMS: Record<string, string | string[]> = {
    Date: "non riportate",
    inizio: "non riportato",
    fine: "non riportata",
    "Costo totale": "non riportato",
    "Contributo UE": "non riportato",
    "Tasso di cofinanziamento UE": "non riportato",
    "Persone rimpatriate": "non riportate",
    "Persone sostenute nella reintegrazione": "non riportate",
    "Fondo UE": "non riportato",
    Durata: ["non riportata", "non calcolata"],
    Partner: "non riportati",
    "Codice di riferimento": "non riportato",
    "Dati sui risultati": "non riportati",
    Obiettivi: "non riportati",
    Destinatari: "non riportati",
    "Paesi di rimpatrio": "non riportati",
    Indennità: "non riportate",
    "Elementi del programma": "non riportati",
    "Costo per persona rimpatriata": "non calcolato",
    "Rimpatri rispetto all'obiettivo": "non calcolati",
  };
  const decode = (text: string) => text.replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  const ids = [...readRecords().keys()];

  /** Every "not reported" of a page's article, with the label it stands for: the words just before it ("fine", "Obiettivi:"), else its fact's term. */
  function notReported(html: string): { label: string; text: string }[] {
    const article = html.slice(html.indexOf("<article"), html.indexOf("</article>"));
    const found: { label: string; text: string }[] = [];
    for (const m of article.matchAll(/<span class="not-reported">([^<]*)<\/span>/g)) {
      const before = article.slice(0, m.index);
      const words = decode(before.slice(before.lastIndexOf(">") + 1))
        .replace(/^.*–/, "")
        .replace(/:?\s*$/, "")
        .trim();
      const term = [...before.matchAll(/<dt>([^<]*)<\/dt>/g)].at(-1)?.[1];
      found.push({ label: words || decode(term ?? ""), text: decode(m[1]!).split(":")[0]! });
    }
    return found;
  }

  it("every label takes its form, and every label of the table is met missing on some page", () => {
    const met = new Set<string>();
    const wrong: string[] = [];
    for (const id of ids) {
      for (const { label, text } of notReported(readFileSync(join(dist, `it/projects/${id}/index.html`), "utf8"))) {
        met.add(label);
        if (![FORMS[label] ?? []].flat().includes(text)) wrong.push(`${id}: "${label}: ${text}" (expected ${FORMS[label] ?? "a label of the table"})`);
      }
    }
    expect(wrong.slice(0, 20), `${wrong.length} forms that do not agree`).toEqual([]);
    expect([...met].sort()).toEqual(Object.keys(FORMS).sort());
  });

  it("the check finds a form that does not agree", () => {
    expect(notReported('<article><dt>Durata</dt> <dd><span class="not-reported">non riportato</span></dd></article>')).toEqual([
      { label: "Durata", text: "non riportato" },
    ]);
    expect(
      notReported('<article><dd>inizio <span class="not-reported">non riportata</span> – fine <span class="not-reported">non riportata</span></dd></article>'),
    ).toEqual([
      { label: "inizio", text: "non riportata" },
      { label: "fine", text: "non riportata" },
    ]);
  });
});
