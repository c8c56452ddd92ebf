/** The correction links of a record, from the repository setting. */
import { describe, expect, it } from "vitest";
import { correctionLinks } from "../../src/lib/corrections.ts";

describe("correctionLinks", () => {
  const links = correctionLinks({ url: "https://github.com/owner/name/", branch: "main" }, "it-partir-ii", "https://example.org/it/projects/it-partir-ii/");

  it("opens the correction form with the record and its page filled in", () => {
    const url = new URL(links.suggestHref);
    expect(`${url.origin}${url.pathname}`).toBe("https://github.com/owner/name/issues/new");
    expect([...url.searchParams]).toEqual([
      ["template", "correction.yml"],
      ["title", "Correction: it-partir-ii"],
      ["record", "it-partir-ii"],
      ["page", "https://example.org/it/projects/it-partir-ii/"],
    ]);
  });

  it("opens the record's file in the web editor, on the branch the site is built from", () => {
    expect(links.editHref).toBe("https://github.com/owner/name/edit/main/content/projects/it-partir-ii.md");
    expect(correctionLinks({ url: "https://github.com/o/n", branch: "release/2027" }, "x", "https://e/").editHref).toBe(
      "https://github.com/o/n/edit/release/2027/content/projects/x.md",
    );
  });
});
