/** The context dataset data/return-statistics.json: every point sourced, in order, and checked. */
import { describe, expect, it } from "vitest";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readReferenceData } from "../../src/integrations/record-files.ts";
import { returnStatisticsSchema } from "../../src/lib/schema/reference-data.ts";

const raw = JSON.parse(readFileSync(new URL("../../data/return-statistics.json", import.meta.url), "utf8"));

describe("data/return-statistics.json", () => {
  const data = returnStatisticsSchema.parse(raw);

  it("has the four context series, each point with an http(s) source", () => {
    expect(data.series.map((s) => s.id)).toEqual(["eu-orders-to-leave-quarterly", "eu-returned-quarterly", "frontex-supported-returns", "iom-avrr-global"]);
    for (const series of data.series) for (const point of series.points) expect(point.source.url, `${series.id} ${point.period}`).toMatch(/^https?:\/\//);
    for (const series of data.series) expect(series.counts.it, series.id).toBeTruthy();
  });

  it("keeps the figures as the sources give them", () => {
    const frontex = data.series.find((s) => s.id === "frontex-supported-returns")!;
    expect(frontex.points.map((p) => [p.period, p.value, p.qualifier])).toEqual([["2021", 18300, undefined], ["2022", 24868, undefined], ["2023", 39000, "over"]]);
    expect(frontex.points[1]!.derived?.en).toContain("11,184");
    expect(11184 + 13684).toBe(frontex.points[1]!.value);
    const quarterly = data.series.find((s) => s.id === "eu-returned-quarterly")!;
    expect(quarterly.points.map((p) => p.measure)).toEqual(["all-returns", "all-returns", "all-returns", "to-third-country", "to-third-country"]);
  });

  it("refuses a point out of order, a bad period and a point without a source, saying where", () => {
    const unordered = structuredClone(raw);
    unordered.series[2].points[2].period = "2020";
    const order = returnStatisticsSchema.safeParse(unordered);
    expect(order.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "series.2.points.2.period: 2020 is not after 2022: points must be in time order, each period once",
    ]);
    const bad = structuredClone(raw);
    bad.series[3].points[0].period = "2016-Q5";
    delete bad.series[0].points[0].source;
    const result = returnStatisticsSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^series\.3\.points\.0\.period: is not a period/));
    expect(messages).toContainEqual(expect.stringMatching(/^series\.0\.points\.0\.source: /));
  });

  it("stops the build naming the file, the field, the value and the rule", () => {
    const dir = mkdtempSync(join(tmpdir(), "avrr-data-"));
    try {
      for (const name of ["funds.json", "indicators.json", "elements.json", "changelog.json", "organisations.json"]) copyFileSync(new URL(`../../data/${name}`, import.meta.url), join(dir, name));
      const bad = structuredClone(raw);
      bad.series[3].points[0].period = "2016-Q5";
      writeFileSync(join(dir, "return-statistics.json"), JSON.stringify(bad));
      expect(() => readReferenceData(dir)).toThrow('data/return-statistics.json: series.3.points.0.period: "2016-Q5" is not a period: give YYYY or YYYY-Qn');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
