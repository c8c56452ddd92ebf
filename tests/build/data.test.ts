/**
 * The published data files: one row per record, every figure equal to its record (round
 * trip), a Data Package whose sizes and hashes match, and byte-identical output.
 */
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dist, readRecords, root, runAstroBuildWithoutSearch } from "./helpers.ts";
import { parseCsv } from "../../src/lib/export/csv.ts";
import type { ProjectData } from "../../src/lib/schema/project.ts";
import { create } from "xmlbuilder2";
import { dataPackageErrors, iatiActivityOrder, iatiSchemaErrors } from "../standards/validate.ts";

const dataDir = join(dist, "data");
const read = (name: string) => readFileSync(join(dataDir, name), "utf8");
const records = readRecords();
const cell = (value: unknown) => (value === undefined ? "" : String(value));
const list = (value: readonly string[] | undefined) => (value ?? []).join("; ");

describe("projects.csv", () => {
  const rows = parseCsv(read("projects.csv"));

  it("has exactly one row per record", () => {
    expect(rows).toHaveLength(records.size);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(records.keys()));
  });

  it("has the PARTIR II figures", () => {
    const partir = rows.find((r) => r.id === "it-partir-ii")!;
    expect(partir["budget.total"]).toBe("1400000");
    expect(partir["budget.currency"]).toBe("EUR");
    expect(partir["budget.eu_share_pct"]).toBe("75");
    expect(partir["budget.eu_amount"]).toBe("");
    expect(partir["derived.eu_amount"]).toBe("1050000");
    expect(partir["start"]).toBe("2010-07-01");
    expect(partir["start_precision"]).toBe("day");
    expect(partir["results.returned"]).toBe("208");
    expect(partir["targets.returned"]).toBe("");
    expect(partir["derived.status_as_of"]).toBe("2026-12-02");
  });

  it("gives back every field of every record (round trip)", () => {
    for (const row of rows) {
      const r = records.get(row.id!)!;
      const expected: Record<string, string> = {
        title: r.title,
        acronym: cell(r.acronym),
        summary: r.summary,
        member_state: r.member_state,
        participating_states: list(r.participating_states),
        coordinator: cell(r.coordinator),
        fund: cell(r.fund),
        fund_detail: cell(r.fund_detail),
        reference: cell(r.reference),
        managing_entity: r.managing_entity,
        partners: list(r.partners),
        start: cell(r.start),
        end: cell(r.end),
        "budget.currency": cell(r.budget?.currency),
        "budget.total": cell(r.budget?.total),
        "budget.eu_share_pct": cell(r.budget?.eu_share_pct),
        "budget.eu_amount": cell(r.budget?.eu_amount),
        "budget.awarded": cell(r.budget?.awarded),
        "results.returned": cell(r.results?.returned),
        "results.reintegration_assisted": cell(r.results?.reintegration_assisted),
        "results.counselled": cell(r.results?.counselled),
        "targets.returned": cell(r.targets?.returned),
        "targets.reintegration_assisted": cell(r.targets?.reintegration_assisted),
        "targets.counselled": cell(r.targets?.counselled),
        results_note: cell(r.results_note),
        target_group: cell(r.target_group),
        return_countries: list(r.return_countries),
        related: list(r.related?.map((x) => `${x.id}:${x.relation}`)),
        elements: list(r.elements),
        monitoring_months: cell(r.monitoring_months),
        confidence: r.confidence,
        notes: cell(r.notes),
        checked: r.checked,
      };
      for (const [column, value] of Object.entries(expected)) expect(row[column], `${row.id} ${column}`).toBe(value);
    }
  });

  it("never puts two currencies in one row, and its list cells split back into the record's lists", () => {
    for (const row of rows) {
      const r = records.get(row.id!)!;
      expect(row.partners ? row.partners.split("; ") : [], row.id).toEqual(r.partners ?? []);
      if (row["budget.total"] || row["budget.eu_amount"] || row["budget.awarded"]) expect(row["budget.currency"], row.id).toMatch(/^[A-Z]{3}$/);
    }
  });
});

describe("the long tables", () => {
  it("results.csv holds every result and target, kept apart", () => {
    const rows = parseCsv(read("results.csv"));
    const expected = [...records].flatMap(([id, r]) => [
      ...Object.entries(r.results ?? {}).map(([indicator, value]) => `${id}|${indicator}|result|${value}`),
      ...Object.entries(r.targets ?? {}).map(([indicator, value]) => `${id}|${indicator}|target|${value}`),
    ]);
    expect(rows.map((r) => `${r.project_id}|${r.indicator}|${r.kind}|${r.value}`).sort()).toEqual(expected.sort());
  });

  it("sources.csv holds every source of every record, in order", () => {
    const rows = parseCsv(read("sources.csv"));
    const expected = [...records].flatMap(([id, r]) => r.sources.map((s, i) => `${id}|${i + 1}|${s.url}|${s.title}|${s.publisher}`));
    expect(rows.map((r) => `${r.project_id}|${r.position}|${r.url}|${r.title}|${r.publisher}`).sort()).toEqual(expected.sort());
  });

  it("conflicts.csv holds every conflict between sources of every record, in order", () => {
    const rows = parseCsv(read("conflicts.csv"));
    const expected = [...records].flatMap(([id, r]) => (r.conflicts ?? []).map((c, i) => `${id}|${i + 1}|${c}`));
    expect(expected.length).toBeGreaterThan(5);
    expect(rows.map((r) => `${r.project_id}|${r.position}|${r.conflict}`).sort()).toEqual(expected.sort());
  });

  it("allowances.csv holds every allowance with its own currency", () => {
    const rows = parseCsv(read("allowances.csv"));
    const expected = [...records].flatMap(([id, r]) =>
      (r.allowances ?? []).map((a, i) => `${id}|${i + 1}|${a.kind}|${cell(a.amount)}|${cell(a.amount_min)}|${cell(a.amount_max)}|${a.currency}|${a.per}`),
    );
    expect(rows.map((r) => `${r.project_id}|${r.position}|${r.kind}|${r.amount}|${r.amount_min}|${r.amount_max}|${r.currency}|${r.per}`).sort()).toEqual(
      expected.sort(),
    );
  });
});

describe("datapackage.json", () => {
  const descriptor = JSON.parse(read("datapackage.json"));
  const tables = descriptor.resources.filter((r: { type?: string }) => r.type === "table");

  it("validates against the official Data Package v2 profiles", () => {
    expect(dataPackageErrors("datapackage", descriptor)).toEqual([]);
    for (const resource of descriptor.resources) expect(dataPackageErrors("dataresource", resource), resource.name).toEqual([]);
    for (const resource of tables) {
      expect(dataPackageErrors("tableschema", resource.schema), resource.name).toEqual([]);
      expect(dataPackageErrors("tabledialect", resource.dialect), resource.name).toEqual([]);
    }
    // The check can fail: a descriptor without resources, or with a bad hash, is refused.
    expect(dataPackageErrors("datapackage", { ...descriptor, resources: [] })).not.toEqual([]);
    expect(dataPackageErrors("dataresource", { ...descriptor.resources[0], hash: "md5:xyz" })).not.toEqual([]);
  });

  it("gives every resource, table or not, its exact size and hash", () => {
    for (const resource of descriptor.resources) {
      const bytes = readFileSync(join(dataDir, resource.path));
      expect(resource.bytes, resource.path).toBe(bytes.length);
      expect(resource.hash, resource.path).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
    }
  });

  it("has the structure Data Package v2 requires", () => {
    expect(descriptor.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
    expect(descriptor.licenses).toEqual([
      { name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0 International" },
    ]);
    expect(descriptor.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(descriptor.created).toBe("2026-12-02T00:00:00Z");
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual([
      "projects",
      "results",
      "sources",
      "allowances",
      "conflicts",
      "list-of-operations",
      "organisations",
      "projects-json",
      "workbook",
      "iati-activities",
    ]);
    for (const resource of tables) {
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      expect(resource.type).toBe("table");
      expect(resource.schema.$schema).toBe("https://datapackage.org/profiles/2.0/tableschema.json");
      expect(resource.schema.missingValues).toEqual([""]);
      for (const field of resource.schema.fields) expect(["string", "integer", "number", "boolean", "date"]).toContain(field.type);
    }
  });

  it("describes each table exactly: header, keys, types and constraints", () => {
    for (const resource of tables) {
      const bytes = readFileSync(join(dataDir, resource.path));
      expect(resource.bytes, resource.path).toBe(bytes.length);
      expect(resource.hash, resource.path).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
      const text = bytes.toString("utf8");
      expect(text.split("\r\n")[0]).toBe(resource.schema.fields.map((f: { name: string }) => f.name).join(","));
      const rows = parseCsv(text);
      const keys = rows.map((row) => resource.schema.primaryKey.map((k: string) => row[k]).join("|"));
      expect(new Set(keys).size, resource.path).toBe(rows.length);
      for (const fk of resource.schema.foreignKeys ?? []) {
        const ids = new Set(parseCsv(read(`${fk.reference.resource}.csv`)).map((row) => row[fk.reference.fields[0]]));
        // An empty cell is a missing value (projects.managing_entity_id where the record's text names no single organisation): nothing to refer to.
        for (const row of rows) if (row[fk.fields[0]] !== "") expect(ids.has(row[fk.fields[0]]), `${resource.path}: ${row[fk.fields[0]]}`).toBe(true);
      }
      for (const field of resource.schema.fields) {
        for (const row of rows) {
          const value = row[field.name]!;
          if (value === "") {
            expect(field.constraints?.required, `${resource.path} ${field.name} is required`).not.toBe(true);
            continue;
          }
          if (field.type === "integer") expect(value, field.name).toMatch(/^\d+$/);
          if (field.type === "number") expect(Number.isFinite(Number(value)), `${field.name}: ${value}`).toBe(true);
          if (field.constraints?.enum) expect(field.constraints.enum, field.name).toContain(value);
          // Table Schema patterns match the whole value (tests/build/table-schema.test.ts checks every constraint strictly).
          if (field.constraints?.pattern) expect(value, field.name).toMatch(new RegExp(`^(?:${field.constraints.pattern})$`));
        }
      }
    }
  });

  it("SHA256SUMS lists every other file with its hash", () => {
    const lines = read("SHA256SUMS").trim().split("\n");
    const files = readdirSync(dataDir)
      .filter((f) => f !== "SHA256SUMS" && !f.endsWith(".html"))
      .sort();
    expect(lines.map((line) => line.split("  ")[1]).sort()).toEqual(files);
    for (const line of lines) {
      const [hash, name] = line.split("  ");
      expect(
        createHash("sha256")
          .update(readFileSync(join(dataDir, name!)))
          .digest("hex"),
        name,
      ).toBe(hash);
    }
  });

  it("projects.json has the same rows as projects.csv, with lists as arrays and missing as null", () => {
    const json = JSON.parse(read("projects.json")) as Record<string, unknown>[];
    const csv = parseCsv(read("projects.csv"));
    expect(json.map((r) => r.id)).toEqual(csv.map((r) => r.id));
    const partir = json.find((r) => r.id === "it-partir-ii")!;
    expect(partir["budget.total"]).toBe(1400000);
    expect(partir["budget.eu_amount"]).toBeNull();
    expect(partir["derived.eu_amount"]).toBe(1050000);
    expect(partir.partners).toEqual([]);
  });

  it("CITATION.cff names the licence and the version", () => {
    const cff = read("CITATION.cff");
    expect(cff).toContain("cff-version: 1.2.0");
    expect(cff).toContain("license: CC-BY-4.0");
    expect(cff).toContain('date-released: "2026-12-02"');
  });
});

describe("list-of-operations.csv", () => {
  const rows = parseCsv(read("list-of-operations.csv"));

  it("has one row per record with the Article 49(3) fields equal to the record (round trip)", () => {
    expect(rows.map((r) => r.record_id).sort()).toEqual([...records.keys()].sort());
    const funds = JSON.parse(readFileSync(join(root, "data/funds.json"), "utf8")) as { id: string; name: { en: string } }[];
    for (const row of rows) {
      const r = records.get(row.record_id!)!;
      expect(row.operation_code, row.record_id).toBe(cell(r.reference));
      expect(row.beneficiary_name).toBe(r.managing_entity);
      expect(row.operation_name).toBe(r.title);
      expect(row.purpose_and_achievements).toBe(r.summary);
      expect(row.start_date).toBe(cell(r.start));
      expect(row.end_date).toBe(cell(r.end));
      expect(row.total_cost).toBe(cell(r.budget?.total));
      expect(row.currency).toBe(cell(r.budget?.currency));
      expect(row.fund_id).toBe(cell(r.fund));
      if (r.fund) expect(row.fund, row.record_id).toContain(funds.find((f) => f.id === r.fund)!.name.en);
      else expect(row.fund).toBe("");
      expect(row.specific_objective).toBe(cell(r.fund_detail));
      expect(row.country).toBe(r.member_state);
      expect(row.funding_awarded).toBe(cell(r.budget?.awarded));
      expect(row.returned).toBe(cell(r.results?.returned));
      expect(row.reintegration_assisted).toBe(cell(r.results?.reintegration_assisted));
      expect(row.counselled).toBe(cell(r.results?.counselled));
      expect(row.source_url).toBe(r.sources[0]!.url);
      expect(row.record_url).toBe(`https://avrr-transparency.eu/projects/${row.record_id}/`);
      expect(row.last_updated).toBe(r.checked);
      // The rate is the stated one, or else calculated from the stated amount; never invented.
      const rate = r.budget?.eu_share_pct;
      if (rate !== undefined) expect([row.eu_cofinancing_rate_pct, row.eu_cofinancing_rate_basis]).toEqual([String(rate), "stated"]);
      else if (r.budget?.eu_amount !== undefined && r.budget.total) {
        expect(row.eu_cofinancing_rate_basis).toBe("calculated");
        expect(Number(row.eu_cofinancing_rate_pct)).toBeCloseTo((r.budget.eu_amount / r.budget.total) * 100, 2);
      } else expect([row.eu_cofinancing_rate_pct, row.eu_cofinancing_rate_basis]).toEqual(["", ""]);
    }
  });

  it("has the PARTIR II row", () => {
    const partir = rows.find((r) => r.record_id === "it-partir-ii")!;
    expect([partir.total_cost, partir.currency, partir.eu_cofinancing_rate_pct, partir.eu_contribution, partir.eu_contribution_basis]).toEqual([
      "1400000",
      "EUR",
      "75",
      "1050000",
      "calculated",
    ]);
    // The fund as every page labels it (fundLabel in src/lib/present/names.ts).
    expect(partir.fund).toBe("European Return Fund (2008–2013)");
  });
});

describe("iati-activities.xml", () => {
  const xml = read("iati-activities.xml");
  const children = (parent: Element, name?: string) =>
    [...parent.childNodes].filter((c): c is Element => c.nodeType === 1 && (name === undefined || c.nodeName === name));
  const activities = children(create(xml).root().node as unknown as Element, "iati-activity");
  const byId = new Map(activities.map((a) => [children(a, "iati-identifier")[0]!.textContent!.replace(/^avrr-transparency\.eu-/, ""), a]));
  const asOf = Date.UTC(2026, 10, 23);
  const first = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  const last = (d: string) => {
    if (d.length === 10) return d;
    const [y, m] = d.length === 4 ? [Number(d), 12] : [Number(d.slice(0, 4)), Number(d.slice(5, 7))];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  };
  /** Whether the record has a start date and its dates settle a status IATI can state, recomputed from the raw record. */
  const expressible = (r: ProjectData) => {
    const start = r.start === undefined ? undefined : first(String(r.start));
    const end = r.end === undefined ? undefined : last(String(r.end));
    if (!start) return false;
    if (end && Date.parse(end) < asOf) return true;
    if (start && Date.parse(start) > asOf) return true;
    return Boolean(start && end);
  };

  it("validates against the official IATI 2.03 activity schema", async () => {
    expect(await iatiSchemaErrors(xml)).toEqual([]);
    // The check can fail: the same file without a required element is refused.
    expect(await iatiSchemaErrors(xml.replace(/<activity-status code="\d"\/>/, ""))).not.toEqual([]);
  });

  it("has one activity per record that has a start date and a settled status, and names every other record", () => {
    const expected = [...records]
      .filter(([, r]) => expressible(r))
      .map(([id]) => id)
      .sort();
    expect([...byId.keys()].sort()).toEqual(expected);
    expect(activities).toHaveLength(expected.length);
    const comment = xml.slice(0, xml.indexOf("<iati-activities"));
    for (const [id, r] of records) if (!expressible(r)) expect(comment, id).toContain(`   ${id}: `);
    expect(comment).toContain(`${expected.length} of ${records.size} project records`);
    const page = readFileSync(join(dist, "data/index.html"), "utf8");
    // The page names the first 20 records left out for each reason and counts the rest; the file's comment names them all (above).
    const named = new Set([...page.matchAll(/<code>([a-z]{2}-[a-z0-9-]+)<\/code>/g)].map((m) => m[1]!));
    const left = [...records].filter(([, r]) => !expressible(r)).map(([id]) => id);
    expect(left.filter((id) => named.has(id)).length).toBeGreaterThanOrEqual(Math.min(left.length, 20));
    if (left.length > 20) expect(page).toMatch(/\d+ more records?; the opening comment of iati-activities.xml names every record left out\./);
  });

  it("gives each activity the record's dates, budget, status and results", () => {
    for (const [id, a] of byId) {
      const r = records.get(id)!;
      const dates = children(a, "activity-date").map((d) => `${d.getAttribute("type")}:${d.getAttribute("iso-date")}`);
      expect(dates, id).toEqual([
        ...(r.start !== undefined ? [`1:${first(String(r.start))}`] : []),
        ...(r.end !== undefined ? [`3:${last(String(r.end))}`] : []),
      ]);
      const budget = children(a, "budget");
      const inWords = children(a, "description").filter((d) => d.getAttribute("type") === "4");
      // A budget may cover at most a year (IATI ruleset 7.5.3); a longer or unknown period has the total in words.
      const withinAYear =
        r.start !== undefined && r.end !== undefined && (Date.parse(last(String(r.end))) - Date.parse(first(String(r.start)))) / 86_400_000 <= 365;
      if (r.budget?.total !== undefined && withinAYear) {
        const value = children(budget[0]!, "value")[0]!;
        expect([Number(value.textContent), value.getAttribute("currency")], id).toEqual([r.budget.total, r.budget.currency]);
        expect(inWords, id).toEqual([]);
      } else {
        expect(budget, id).toEqual([]);
        if (r.budget?.total !== undefined)
          expect(inWords[0]!.getElementsByTagName("narrative")[0]!.textContent, id).toContain(`: ${r.budget.total} ${r.budget.currency}, `);
        else expect(inWords, id).toEqual([]);
      }
      const end = r.end === undefined ? undefined : Date.parse(last(String(r.end)));
      expect(children(a, "activity-status")[0]!.getAttribute("code"), id).toBe(
        end !== undefined && end < asOf ? "4" : Date.parse(first(String(r.start))) > asOf ? "1" : "2",
      );
      expect(children(a, "title")[0]!.getElementsByTagName("narrative")[0]!.textContent).toBe(r.title);
      // One country of return is the recipient country; several, with no stated shares, are beneficiary locations.
      const countries = r.return_countries ?? [];
      expect(
        children(a, "recipient-country").map((c) => `${c.getAttribute("code")} ${c.getAttribute("percentage")}`),
        id,
      ).toEqual(countries.length === 1 ? [`${countries[0]} 100`] : []);
      expect(
        children(a, "location").map(
          (l) => `${children(l, "location-reach")[0]!.getAttribute("code")} ${children(l, "administrative")[0]!.getAttribute("code")}`,
        ),
        id,
      ).toEqual(countries.length > 1 ? countries.map((c) => `2 ${c}`) : []);
      const values = children(a, "result").flatMap((result) => {
        const indicator = result.getElementsByTagName("indicator")[0]!;
        const label = indicator.getElementsByTagName("narrative")[0]!.textContent;
        return [...indicator.getElementsByTagName("actual"), ...indicator.getElementsByTagName("target")].map(
          (v) => `${label}|${v.nodeName}|${v.getAttribute("value")}`,
        );
      });
      if (r.start !== undefined && r.end !== undefined) {
        const labels: Record<string, string> = {
          returned: "People returned",
          reintegration_assisted: "People supported to reintegrate",
          counselled: "People counselled",
        };
        const expectedValues = [
          ...Object.entries(r.results ?? {}).map(([k, v]) => `${labels[k]}|actual|${v}`),
          ...Object.entries(r.targets ?? {}).map(([k, v]) => `${labels[k]}|target|${v}`),
        ];
        expect(values.sort(), id).toEqual(expectedValues.sort());
      }
    }
  });

  it("has PARTIR II with its budget and dates", () => {
    const partir = byId.get("it-partir-ii")!;
    expect(children(partir, "activity-date").map((d) => d.getAttribute("iso-date"))).toEqual(["2010-07-01", "2011-06-30"]);
    const value = children(children(partir, "budget")[0]!, "value")[0]!;
    expect([value.textContent, value.getAttribute("currency"), value.getAttribute("value-date")]).toEqual(["1400000", "EUR", "2010-07-01"]);
  });

  it("puts every activity's children in the order of the schema's sequence", () => {
    const order = iatiActivityOrder();
    for (const [id, a] of byId) {
      const positions = children(a).map((c) => order.indexOf(c.nodeName));
      expect(positions, id).not.toContain(-1);
      expect(positions, id).toEqual([...positions].sort((x, y) => x - y));
    }
  });
});

describe("reproducible output", () => {
  // A build of its own: as long as a build takes on a loaded machine.
  it(
    "a second build, on another day and in another time zone, gives byte-identical data files (the workbook too), chart CSVs and feeds",
    { timeout: 120_000 },
    () => {
      const out = mkdtempSync(join(tmpdir(), "avrr-rebuild-"));
      try {
        // The one build of npm test besides the shared one (tests/build/site-build.ts): it must be
        // a second build, on another day. Only `astro build`, which writes every file compared
        // here; not the search-index step of `npm run build`, which writes none of them.
        // In another time zone too: the workbook's zip entries carry dates.
        const { status, output } = runAstroBuildWithoutSearch({ BUILD_DATE: "2027-03-01", TZ: "Pacific/Auckland" }, ["--outDir", out]);
        expect(status, output).toBe(0);
        const dataFiles = (dir: string) => [
          ...readdirSync(join(dir, "data"))
            .filter((f) => !f.endsWith(".html"))
            .map((f) => join("data", f)),
          ...readdirSync(join(dir, "projects"))
            .filter((f) => f.endsWith(".json"))
            .map((f) => join("projects", f)),
          ...readdirSync(join(dir, "charts"))
            .filter((f) => f.endsWith(".csv"))
            .map((f) => join("charts", f)),
          "feed.xml",
          join("it", "feed.xml"),
        ];
        const files = dataFiles(dist).sort();
        expect(dataFiles(out).sort()).toEqual(files);
        // 13 data files, a JSON file per record and the project list's index (list.json), a CSV per chart (the maps of member-state charts share theirs: 13), two feeds.
        expect(files.length).toBe(13 + records.size + 1 + 13 + 2);
        for (const file of files) expect(readFileSync(join(out, file)).equals(readFileSync(join(dist, file))), file).toBe(true);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  );
});
