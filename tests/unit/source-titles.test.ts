/**
 * Sources are cited by their pages' own titles. A descriptive title ("Further source on X",
 * "Page on X (its title is not visible in the stored copy)") is kept only where no stored copy
 * shows the page's heading; fewer than one source in ten may have one.
 */
import { describe, expect, it } from "vitest";
import { readRecords } from "../build/helpers.ts";

const DESCRIPTIVE = /^(further source on|page on|source on)\b/i;

describe("source titles", () => {
  const sources = [...readRecords()].flatMap(([id, record]) => record.sources.map((source) => ({ id, title: source.title })));
  const descriptive = sources.filter((source) => DESCRIPTIVE.test(source.title));

  it("are the pages' own titles for at least nine sources in ten", () => {
    expect(sources.length).toBeGreaterThan(0);
    expect(descriptive.length / sources.length, descriptive.map((s) => `${s.id}: ${s.title}`).join("\n")).toBeLessThan(0.1);
  });

  it("say so when the page's title is not known", () => {
    for (const source of descriptive) expect(source.title, source.id).toMatch(/^(Further source on|Page on) \S/);
  });
});
