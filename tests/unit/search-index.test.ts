/** The search-index step takes one document per project page of a language, and names what does not fit. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { documentsFile, readSearchDocuments } from "../../src/integrations/search-index.ts";

const doc = (url: string, language = "it") => ({
  url,
  language,
  meta: { title: "X", title_lang: "", rendering: "", titles: "", member_state: "Italia", fund: "", dates: "" },
  filters: { member_state: ["IT"], fund: ["none"], title: ["x"] },
  content: "X.",
});

it("reads a language's documents, and stops naming each page without a document, each document without a page and each in another language", () => {
  const site = mkdtempSync(join(tmpdir(), "avrr-search-"));
  try {
    for (const id of ["a", "b"]) {
      mkdirSync(join(site, "it/projects", id), { recursive: true });
      writeFileSync(join(site, "it/projects", id, "index.html"), "<html lang=it></html>");
    }
    mkdirSync(join(site, "it/search"), { recursive: true });
    writeFileSync(documentsFile(site, "it"), JSON.stringify([doc("/it/projects/a/"), doc("/it/projects/b/")]));
    expect(readSearchDocuments(site, "it").map((d) => d.url)).toEqual(["/it/projects/a/", "/it/projects/b/"]);
    writeFileSync(documentsFile(site, "it"), JSON.stringify([doc("/it/projects/a/", "en"), doc("/it/projects/c/")]));
    expect(() => readSearchDocuments(site, "it")).toThrow(
      /\/it\/projects\/a\/: language "en" in the it index\n {2}\/it\/projects\/c\/: no such page in .*\n {2}\/it\/projects\/b\/: a project page with no search document/,
    );
    rmSync(documentsFile(site, "it"));
    expect(() => readSearchDocuments(site, "it")).toThrow("search/documents.json is missing");
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
