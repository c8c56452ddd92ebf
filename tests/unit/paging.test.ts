import { describe, expect, it } from "vitest";
import { laterPages, pageCount, pagePath, pageRange, pageSlice, pagerEntries, PAGE_SIZE } from "../../src/lib/present/paging.ts";
import { feedProjects, FEED_ENTRIES } from "../../src/lib/feed.ts";
import { laterPagePaths } from "../../src/i18n/index.ts";

describe("paging", () => {
  it("cuts a list into pages of 100, the first at the list's own address", () => {
    expect(PAGE_SIZE).toBe(100);
    expect([0, 1, 100, 101, 10_000].map((n) => pageCount(n))).toEqual([1, 1, 1, 2, 100]);
    expect(laterPages(250)).toEqual([2, 3]);
    expect(laterPages(100)).toEqual([]);
    expect([pagePath("/projects/", 1), pagePath("/projects/", 7)]).toEqual(["/projects/", "/projects/page/7/"]);
    const items = Array.from({ length: 250 }, (_, i) => i + 1);
    expect(pageSlice(items, 3)).toEqual(items.slice(200));
    expect(pageSlice(items, 1)).toHaveLength(100);
    expect(pageRange(3, 250)).toEqual({ first: 201, last: 250 });
    expect(pageRange(1, 0)).toEqual({ first: 0, last: 0 });
  });

  it("gives every later page of every list a path in every language, with the list's own parameters and props", () => {
    const paths = laterPagePaths((lang) => [
      { length: 250, params: { code: "it" }, props: { name: `Italy (${lang})` } },
      { length: 100, params: { code: "mt" }, props: { name: "Malta" } },
      { length: 101, params: { code: "de" }, props: { name: "Germany" } },
    ]);
    expect(paths.map((p) => [p.params.lang ?? "", p.params.code, p.params.page, p.props.lang, p.props.page, p.props.name])).toEqual([
      ["", "it", "2", "en", 2, "Italy (en)"],
      ["", "it", "3", "en", 3, "Italy (en)"],
      ["", "de", "2", "en", 2, "Germany"],
      ["it", "it", "2", "it", 2, "Italy (it)"],
      ["it", "it", "3", "it", 3, "Italy (it)"],
      ["it", "de", "2", "it", 2, "Germany"],
    ]);
    expect(laterPagePaths(() => [{ length: 100 }])).toEqual([]);
  });

  it("refuses a page that does not exist", () => {
    expect(() => pageSlice([1, 2, 3], 2)).toThrow("page 2 of a list of 3 rows: no such page");
    expect(() => pageSlice([1, 2, 3], 0)).toThrow(RangeError);
  });

  it("shows the first, the last and two either side of the current page, with gaps", () => {
    expect(pagerEntries(1, 1)).toEqual([1]);
    expect(pagerEntries(1, 3)).toEqual([1, 2, 3]);
    expect(pagerEntries(1, 12)).toEqual([1, 2, 3, "gap", 12]);
    expect(pagerEntries(5, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, "gap", 12]);
    expect(pagerEntries(6, 12)).toEqual([1, "gap", 4, 5, 6, 7, 8, "gap", 12]);
    // One page skipped is shown, not a gap.
    expect(pagerEntries(9, 12)).toEqual([1, "gap", 7, 8, 9, 10, 11, 12]);
    expect(pagerEntries(100, 100)).toEqual([1, "gap", 98, 99, 100]);
  });
});

describe("the feed's entries", () => {
  it("are the 50 most recently checked records, ties by id", () => {
    const records = Array.from({ length: 120 }, (_, i) => ({
      id: `r-${String(i).padStart(3, "0")}`,
      checked: { year: 2026, month: 1 + (i % 12), day: 1, precision: "day" as const },
    }));
    const latest = feedProjects(records);
    expect(FEED_ENTRIES).toBe(50);
    expect(latest).toHaveLength(50);
    // 10 records per month: December's 10, then November's 10...
    expect(latest.slice(0, 3).map((r) => r.id)).toEqual(["r-011", "r-023", "r-035"]);
    expect(latest.every((r) => r.checked.month >= 8)).toBe(true);
  });
});

describe("the narrative in the search index", () => {
  it("keeps the first NARRATIVE_WORDS words, and every real record's narrative whole", async () => {
    const { firstWords, NARRATIVE_WORDS } = await import("../../src/lib/search.ts");
    expect(firstWords("one  two\nthree four", 3)).toBe("one two three");
    expect(firstWords("one two", 3)).toBe("one two");
    const { readdirSync, readFileSync } = await import("node:fs");
    const folder = new URL("../../content/projects/", import.meta.url);
    const longest = Math.max(
      ...readdirSync(folder).map((file) => {
        const body = readFileSync(new URL(file, folder), "utf8").split(/^---$/m).slice(2).join("---");
        return body.split(/\s+/).filter(Boolean).length;
      }),
    );
    expect(longest).toBeGreaterThan(200);
    expect(longest).toBeLessThanOrEqual(NARRATIVE_WORDS);
  });
});
