/** The context dataset data/return-statistics.json: every point sourced, in order, and checked. */
import { describe, expect, it } from "vitest";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readReferenceData } from "../../src/integrations/record-files.ts";
import { publishersSchema, returnStatisticsSchema } from "../../src/lib/schema/reference-data.ts";
import { indexPublishers, lookupPublisher, PRIMARY_KINDS, statisticsAttributionIssues } from "../../src/lib/publishers.ts";

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
    expect(frontex.points.map((p) => [p.period, p.value, p.qualifier])).toEqual([
      ["2021", 18300, undefined],
      ["2022", 24868, undefined],
      ["2023", 39000, "over"],
    ]);
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
      for (const name of ["funds.json", "indicators.json", "elements.json", "changelog.json", "publishers.json", "organisations.json"])
        copyFileSync(new URL(`../../data/${name}`, import.meta.url), join(dir, name));
      const bad = structuredClone(raw);
      bad.series[3].points[0].period = "2016-Q5";
      writeFileSync(join(dir, "return-statistics.json"), JSON.stringify(bad));
      expect(() => readReferenceData(dir)).toThrow('data/return-statistics.json: series.3.points.0.period: "2016-Q5" is not a period: give YYYY or YYYY-Qn');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("attribution", () => {
    const publishers = indexPublishers(publishersSchema.parse(JSON.parse(readFileSync(new URL("../../data/publishers.json", import.meta.url), "utf8"))));
    const issues = (value: unknown) =>
      statisticsAttributionIssues(returnStatisticsSchema.parse(value), publishers).map((i) => `${i.path.join(".")}: ${JSON.stringify(i.value)} ${i.message}`);

    it("credits a figure to its body only where the source is the body's own official or implementer page; every other figure says who reported it", () => {
      expect(issues(raw)).toEqual([]);
      let own = 0;
      let reported = 0;
      for (const series of data.series) {
        const body = publishers.byId.get(series.publisher_of_data)!;
        expect(PRIMARY_KINDS, series.id).toContain(body.kind);
        for (const point of series.points) {
          const source = lookupPublisher(publishers, point.source.url)!;
          if (point.reported_by === undefined) {
            own++;
            expect(source.id, `${series.id} ${point.period}`).toBe(body.id);
          } else {
            reported++;
            expect(source.id, `${series.id} ${point.period}`).toBe(point.reported_by);
            expect(source.id).not.toBe(body.id);
          }
        }
      }
      expect(own).toBeGreaterThan(0);
      expect(reported).toBeGreaterThan(0);
    });

    it("labels the news-sourced points as reported by their outlets", () => {
      const by = (id: string) => data.series.find((s) => s.id === id)!.points.map((p) => [p.period, p.reported_by]);
      expect(by("eu-orders-to-leave-quarterly")).toEqual([
        ["2023-Q2", "sir"],
        ["2023-Q4", undefined],
        ["2024-Q1", undefined],
        ["2024-Q3", "ieu-monitoring"],
        ["2024-Q4", undefined],
      ]);
      expect(by("frontex-supported-returns")).toEqual([
        ["2021", undefined],
        ["2022", "statewatch"],
        ["2023", "globo-di-roma"],
      ]);
      expect(by("iom-avrr-global")).toEqual([
        ["2016", undefined],
        ["2017", undefined],
        ["2018", "trend"],
        ["2022", undefined],
      ]);
    });

    it("refuses a news figure passed off as the body's, a wrong outlet, a reported_by on the body's own page, a news body and an unlisted host", () => {
      const bad = structuredClone(raw);
      delete bad.series[0].points[0].reported_by;
      bad.series[2].points[2].reported_by = "sir";
      bad.series[3].points[0].reported_by = "trend";
      bad.series[1].publisher_of_data = "cyprus-mail";
      bad.series[3].points[3].source.url = "https://unlisted.example/iom-report";
      expect(issues(bad)).toEqual([
        'series.0.points.0.source.url: "https://agensir.it/quotidiano/2023/10/6/eurostat-returns-of-migrants-from-the-eu-up-by-29-in-the-second-quarter-of-2023-mandatory-returns-also-to-afghanistan" is published by SIR (Servizio Informazione Religiosa) (news), not by Eurostat: a figure from another publisher\'s page is attributed as reported by it: set "reported_by": "sir"',
        'series.1.publisher_of_data: "cyprus-mail" is a publisher of kind news: figures are attributed only to an official body or an implementer',
        'series.2.points.2.reported_by: "sir" does not match the source, which is published by Globo di Roma (news), not by Frontex, European Border and Coast Guard Agency: a figure from another publisher\'s page is attributed as reported by it: set "reported_by": "globo-di-roma"',
        'series.3.points.0.reported_by: "trend" is given, but the source is International Organization for Migration (IOM)\'s own publication: leave reported_by out',
        'series.3.points.3.source.url: "https://unlisted.example/iom-report" is on host unlisted.example, which is not in data/publishers.json: add the host to data/publishers.json',
      ]);
    });

    it("stops the build on a misattributed figure, naming the file, the field, the value and the rule", () => {
      const dir = mkdtempSync(join(tmpdir(), "avrr-data-"));
      try {
        for (const name of ["funds.json", "indicators.json", "elements.json", "changelog.json", "publishers.json", "organisations.json"])
          copyFileSync(new URL(`../../data/${name}`, import.meta.url), join(dir, name));
        const bad = structuredClone(raw);
        delete bad.series[2].points[2].reported_by;
        writeFileSync(join(dir, "return-statistics.json"), JSON.stringify(bad));
        expect(() => readReferenceData(dir)).toThrow(
          'data/return-statistics.json: series.2.points.2.source.url: "https://globodiroma.it/2024/01/26/frontex-nel-2023-assistiti-39mila-rimpatri-il-58-in-piu-dellanno-prima" is published by Globo di Roma (news), not by Frontex, European Border and Coast Guard Agency: a figure from another publisher\'s page is attributed as reported by it: set "reported_by": "globo-di-roma"',
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
