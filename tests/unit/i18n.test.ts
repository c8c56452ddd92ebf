import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { compareKeys, createTranslator, type Strings } from "../../src/lib/i18n.ts";
import { localizePath, useLocalization } from "../../src/i18n/index.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { toPrecisionDate } from "../../src/lib/dates.ts";

const i18nDir = fileURLToPath(new URL("../../src/i18n", import.meta.url));
const read = (lang: string): Strings => JSON.parse(readFileSync(join(i18nDir, `${lang}.json`), "utf8"));
const english = read("en");

describe("every language has exactly the keys of English", () => {
  it("has one strings file per configured language, and no other", () => {
    const files = readdirSync(i18nDir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(".json", ""))
      .sort();
    expect(files).toEqual(LOCALES.map((l) => l.code).sort());
  });

  it.each(LOCALES.map((l) => l.code))("%s.json", (lang) => {
    expect(compareKeys(english, read(lang))).toEqual({ missing: [], extra: [] });
  });

  it("fails when a key is removed from it.json", () => {
    const italian = { ...read("it") };
    delete italian["measure.total"];
    expect(compareKeys(english, italian)).toEqual({ missing: ["measure.total"], extra: [] });
  });

  it("every string is non-empty and keeps the placeholders of the English string", () => {
    for (const { code } of LOCALES) {
      const strings = read(code);
      for (const [key, text] of Object.entries(english)) {
        expect(strings[key]?.trim(), `${code}: ${key}`).toBeTruthy();
        const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(placeholders(strings[key]!), `${code}: ${key}`).toEqual(placeholders(text));
      }
    }
  });
});

describe("createTranslator", () => {
  const t = createTranslator({ a: "Hello {name}", "n.one": "{count} project", "n.other": "{count} projects" }, "en-GB");
  it("fills placeholders and throws on unknown keys", () => {
    expect(t.t("a", { name: "Ana" })).toBe("Hello Ana");
    expect(() => t.t("missing")).toThrow(/no string for "missing"/);
  });
  it.each([
    [1, "1 project"],
    [0, "0 projects"],
    [81, "81 projects"],
  ])("plural %i", (count, text) => expect(t.plural("n", count)).toBe(text));
});

describe("Italian formats", () => {
  const it_ = useLocalization("it");
  it.each([
    [() => it_.money({ cents: 140000000, currency: "EUR" }), "1.400.000\u00a0€"],
    [() => it_.money({ cents: 105000000, currency: "EUR" }), "1.050.000\u00a0€"],
    [() => it_.money({ cents: 6000000000, currency: "CZK" }), "60.000.000\u00a0CZK"],
    [() => it_.percent(75), "75\u00a0%"],
    [() => it_.date(toPrecisionDate("2010-07-01")), "1 luglio 2010"],
    [() => it_.date(toPrecisionDate("2010-07")), "luglio 2010"],
    [() => it_.date(toPrecisionDate("2010")), "2010"],
    [() => it_.country("GR"), "Grecia"],
    [() => it_.plural("count.projects", 1, "1"), "1 progetto"],
    [() => it_.plural("count.projects", 12, "12"), "12 progetti"],
    [() => it_.allowance({ amount_min: 700, amount_max: 2800, currency: "EUR" }), "da 700\u00a0€ a 2800\u00a0€"],
  ])("%#", (format, text) => expect(format()).toBe(text));

  it("English keeps its own formats", () => {
    const en = useLocalization("en");
    expect([en.percent(75), en.money({ cents: 140000000, currency: "EUR" })]).toEqual(["75%", "€1,400,000"]);
  });

  it("localizes paths", () => {
    expect([localizePath("en", "/projects/"), localizePath("it", "/projects/")]).toEqual(["/projects/", "/it/projects/"]);
  });
});
