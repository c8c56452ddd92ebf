/** data/changelog.json: real days, newest first, text in English at least. */
import { expect, it } from "vitest";
import changelogJson from "../../data/changelog.json";
import { changelogSchema } from "../../src/lib/schema/reference-data.ts";

const entry = (date: unknown) => ({ date, title: { en: "T", it: "T" }, description: { en: "D" } });
const messages = (data: unknown) => changelogSchema.safeParse(data).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

it("accepts the published changelog", () => {
  expect(changelogSchema.parse(changelogJson).map((e) => e.date)).toEqual(["2026-12-03", "2026-12-02", "2026-11-23", "2026-11-23"]);
});

it("rejects a day that is not in the calendar, and a date without a day", () => {
  expect(messages([entry("2026-02-30")])).toHaveLength(1);
  expect(messages([entry("2026-11")])).toEqual(["0.date: is not a full date: give YYYY-MM-DD"]);
});

it("rejects entries out of order", () => {
  expect(messages([entry("2026-01-01"), entry("2026-11-23")])).toEqual(["1.date: is later than the entry above it (2026-01-01): newest first"]);
});
