/** The search-index step refuses a page marked for the index outside the folders it indexes. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { checkIndexedPages } from "../../src/integrations/search-index.ts";

it("stops, naming the page, when a page other than a project page is marked data-pagefind-body", () => {
  const site = mkdtempSync(join(tmpdir(), "avrr-search-"));
  try {
    mkdirSync(join(site, "funds/amif"), { recursive: true });
    writeFileSync(join(site, "funds/amif/index.html"), '<html lang="en"><body><main data-pagefind-body>AMIF</main></body></html>');
    writeFileSync(join(site, "index.html"), '<html lang="en"><body><main>Home</main></body></html>');
    mkdirSync(join(site, "it/projects/x"), { recursive: true });
    writeFileSync(join(site, "it/projects/x/index.html"), '<html lang="it"><body><article data-pagefind-body>X</article></body></html>');
    expect(() => checkIndexedPages(site)).toThrow("/funds/amif/index.html is marked data-pagefind-body but is not a project page");
    rmSync(join(site, "funds"), { recursive: true });
    expect(() => checkIndexedPages(site)).not.toThrow();
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
