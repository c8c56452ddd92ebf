/** A publication's areas are checked with the records: a wrong id is listed with every other problem, naming the file and field. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publicationAreaIssues } from "../../src/integrations/record-files.ts";

describe("publication areas", () => {
  it("names a publication's unknown area, with the nearest id", () => {
    const dir = mkdtempSync(join(tmpdir(), "avrr-publications-"));
    try {
      mkdirSync(join(dir, "en"));
      writeFileSync(join(dir, "en", "report.mdx"), "---\ntitle: A report\nareas:\n  - monitoring\n  - monitorng\n---\n\nText.\n");
      const issues = publicationAreaIssues(dir, dir, ["monitoring", "outreach"]);
      expect(issues).toEqual([
        { file: "en/report.mdx", field: "areas[1]", found: '"monitorng"', rule: 'is not an area id in data/elements.json; did you mean "monitoring"?' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
