/** data/publishers.json and the lookup of a source's publisher from its address. */
import { describe, expect, it } from "vitest";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import yaml from "js-yaml";
import { readReferenceData } from "../../src/integrations/record-files.ts";
import { hostOf, indexPublishers, lookupPublisher } from "../../src/lib/publishers.ts";
import { publishersSchema } from "../../src/lib/schema/reference-data.ts";

const dataDir = new URL("../../data/", import.meta.url);
const raw = JSON.parse(readFileSync(new URL("publishers.json", dataDir), "utf8"));
const publishers = publishersSchema.parse(raw);
const index = indexPublishers(publishers);
const idOf = (url: string) => lookupPublisher(index, url)?.id;

describe("lookupPublisher", () => {
  it("finds the exact host, or the nearest parent domain listed", () => {
    expect(idOf("https://cyprus-mail.com/2026/01/13/eu-backed-project")).toBe("cyprus-mail");
    expect(idOf("https://austria.iom.int/assisted-voluntary-return")).toBe("iom");
    expect(idOf("http://www.iom.int/news")).toBe("iom");
    expect(idOf("https://archiwalna.udsc.gov.pl/page")).toBe("udsc");
    expect(idOf("https://www.frontex.europa.eu/media-centre/")).toBe("frontex");
    expect(idOf("https://euaa.europa.eu/easo-asylum-report-2021/")).toBe("euaa");
  });

  it("prefers a host with a path (Eurostat under ec.europa.eu) on a segment boundary, and the more specific domain", () => {
    expect(idOf("https://ec.europa.eu/eurostat/statistics-explained/index.php?title=Returns")).toBe("eurostat");
    expect(idOf("https://ec.europa.eu/Eurostat/web/main")).toBe("eurostat");
    expect(idOf("https://ec.europa.eu/eurostatistics/page")).toBe("european-commission");
    expect(idOf("http://ec.europa.eu/dgs/home-affairs/financing/fundings/projects/stories/italy_rf_01_en.htm")).toBe("european-commission");
    expect(idOf("https://knowledge4policy.ec.europa.eu/projects-activities/magnet")).toBe("european-commission");
    expect(idOf("http://europa.eu/rapid/press-release_MEMO-11-785_en.htm")).toBe("european-union");
  });

  it("never matches a bare public suffix, a look-alike domain or a blog platform as a whole", () => {
    expect(idOf("https://someone.blogspot.com/post")).toBeUndefined();
    expect(idOf("https://notiom.int/page")).toBeUndefined();
    expect(idOf("https://iom.int.example.net/page")).toBeUndefined();
    expect(idOf("https://int/")).toBeUndefined();
    expect(idOf("not a url")).toBeUndefined();
    expect(hostOf("https://WWW.Example.ORG./x")).toBe("www.example.org");
  });
});

describe("data/publishers.json", () => {
  it("classes the publishers the confidence and attribution rules depend on", () => {
    const kind = (id: string) => index.byId.get(id)?.kind;
    expect(["european-commission", "eurostat", "frontex", "euaa", "bamf", "dtv", "italy-interior"].map(kind)).toEqual(Array(7).fill("official"));
    expect(["iom", "icmpd", "caritas-belgium", "refugee-action"].map(kind)).toEqual(Array(4).fill("implementer"));
    expect(["cyprus-mail", "sir", "globo-di-roma", "trend", "ieu-monitoring", "infomigrants"].map(kind)).toEqual(Array(6).fill("news"));
    expect(["visahq", "statewatch", "vdocuments", "conosaba"].map(kind)).toEqual(Array(4).fill("other"));
  });

  it("has a publisher for the host of every source of every record", () => {
    const dir = new URL("../../content/projects/", import.meta.url);
    const missing: string[] = [];
    let sources = 0;
    for (const name of readdirSync(dir).filter((n) => /\.mdx?$/.test(n))) {
      const text = readFileSync(new URL(name, dir), "utf8");
      const frontmatter = yaml.load(text.split(/^---$/m)[1]!, { schema: yaml.CORE_SCHEMA }) as { sources: { url: string }[] };
      for (const source of frontmatter.sources) {
        sources++;
        if (!lookupPublisher(index, source.url)) missing.push(`${name}: ${source.url}`);
      }
    }
    expect(sources).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it("refuses a host listed twice, a host that is a URL, a duplicate id and an unknown kind, naming file, field, value and rule", () => {
    const bad = structuredClone(raw) as { id: string; kind: string; hosts: string[] }[];
    const iom = bad.findIndex((p) => p.id === "iom");
    const mail = bad.findIndex((p) => p.id === "cyprus-mail");
    bad[mail]!.hosts.push("iom.int");
    bad[iom]!.hosts.push("https://www.iom.int/");
    bad[mail]!.kind = "press";
    bad.push({ ...structuredClone(bad[iom]!), hosts: ["iom-copy.example"] });
    const dir = mkdtempSync(join(tmpdir(), "avrr-publishers-"));
    try {
      for (const name of readdirSync(dataDir).filter((n) => n.endsWith(".json") && n !== "publishers.json"))
        copyFileSync(new URL(name, dataDir), join(dir, name));
      writeFileSync(join(dir, "publishers.json"), JSON.stringify(bad));
      let message = "";
      try {
        readReferenceData(dir);
      } catch (error) {
        message = (error as Error).message;
      }
      const hostsOfIom = bad[iom]!.hosts.length;
      expect(message.split("\n").slice(1).sort()).toEqual(
        [
          `data/publishers.json: ${iom}.hosts.${hostsOfIom - 1}: "https://www.iom.int/" is not a host: give a lower-case domain such as iom.int, optionally with a path such as ec.europa.eu/eurostat (no scheme, no www. needed)`,
          `data/publishers.json: ${mail}.kind: "press" is not one of official, implementer, news, other`,
        ].sort(),
      );
      // Once each entry is well formed, the table-wide rules apply.
      bad[iom]!.hosts.pop();
      bad[mail]!.kind = "news";
      writeFileSync(join(dir, "publishers.json"), JSON.stringify(bad));
      // The entry that comes second in the file is the one reported.
      expect(() => readReferenceData(dir)).toThrow(
        mail > iom
          ? `data/publishers.json: ${mail}.hosts.${bad[mail]!.hosts.length - 1}: "iom.int" is also a host of iom: each host belongs to one publisher`
          : `data/publishers.json: ${iom}.hosts.0: "iom.int" is also a host of cyprus-mail: each host belongs to one publisher`,
      );
      expect(() => readReferenceData(dir)).toThrow(`data/publishers.json: ${bad.length - 1}.id: "iom" is also the id of entry ${iom}: ids must be unique`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
