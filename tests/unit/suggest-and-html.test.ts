import { describe, expect, it } from "vitest";
import { editDistance, suggestNearest } from "../../src/lib/records/suggest.ts";
import { findUnsafeHtml } from "../../src/lib/records/unsafe-html.ts";

describe("did you mean", () => {
  it.each([
    ["eu_shar_pct", "eu_share_pct"],
    ["membre_state", "member_state"],
    ["Title", "title"],
    ["zzzzzz", undefined],
  ])("%s", (word, expected) => {
    expect(suggestNearest(word, ["title", "member_state", "eu_share_pct", "summary"])).toBe(expected);
  });
  it("edit distance", () => expect([editDistance("kitten", "sitting"), editDistance("", "ab"), editDistance("a", "a")]).toEqual([3, 2, 0]));
});

describe("findUnsafeHtml", () => {
  it.each([
    ["<script>alert(1)</script>", "<script>"],
    ["<SCRIPT src=x>", "<SCRIPT src=x>"],
    ['<iframe src="https://example.org">', '<iframe src="https://example.org">'],
    ['<object data="x">', '<object data="x">'],
    ['<embed src="x">', '<embed src="x">'],
    ['<svg onload="x">', '<svg onload="x">'],
    ['<a href="#" onclick="x()">a</a>', "onclick"],
    ["[x](javascript:alert(1))", "javascript:"],
    ["[x](JaVaScRiPt:alert(1))", "JaVaScRiPt:"],
    ["[x](java&#115;cript:alert(1))", "javascript:"],
    ["[x](java\tscript:alert(1))", "javascript:"],
    ["[x](vbscript:msgbox)", "vbscript:"],
    ["<a href='data:text/html;base64,xx'>", "data:text/html"],
  ])("finds %s", (body, found) => {
    expect(findUnsafeHtml(body).map((f) => f.found)).toContain(found);
  });

  it.each([
    "Plain text about returns.",
    "A [link](https://example.org) and **bold**.",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    '<abbr title="International Organization for Migration">IOM</abbr>',
    "The onboarding of staff = done.",
  ])("passes %s", (body) => expect(findUnsafeHtml(body)).toEqual([]));

  it("numbers lines from the body's first line in the file", () => {
    expect(findUnsafeHtml("ok\n\n<script>", 30)).toEqual([
      { line: 32, found: "<script>", rule: "is raw HTML that can run code: <script> is not allowed in a record" },
    ]);
  });
});
