import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeRecordFiles } from "../../src/integrations/record-json.ts";
import { isBuildOnly, RECORD_FILES } from "../../src/integrations/build-only.ts";

const site = (entries: unknown) => {
  const dir = mkdtempSync(join(tmpdir(), "record-json-"));
  mkdirSync(join(dir, "projects"));
  writeFileSync(join(dir, RECORD_FILES), JSON.stringify(entries));
  return dir;
};

describe("the records' JSON files, split from one build-only file", () => {
  it("writes each text as it is, one file per id, and removes the bundle", async () => {
    const dir = site([
      ["it-partir-ii", '{\n  "id": "it-partir-ii"\n}\n'],
      ["eu-erin", '{\n  "id": "eu-erin"\n}\n'],
    ]);
    expect(await writeRecordFiles(dir)).toBe(2);
    expect(readdirSync(join(dir, "projects")).sort()).toEqual(["eu-erin.json", "it-partir-ii.json"]);
    expect(readFileSync(join(dir, "projects/it-partir-ii.json"), "utf8")).toBe('{\n  "id": "it-partir-ii"\n}\n');
    expect(existsSync(join(dir, RECORD_FILES))).toBe(false);
    expect(isBuildOnly(RECORD_FILES)).toBe(true);
    expect(isBuildOnly("projects/it-partir-ii.json")).toBe(false);
  });

  it("refuses an id that is not a safe file name, naming the file and the id", async () => {
    const dir = site([["../escape", "{}"]]);
    await expect(writeRecordFiles(dir)).rejects.toThrow(`${join(dir, RECORD_FILES)}: record id "../escape" is not a safe file name`);
    // Nothing is written when one id is refused, and the bundle stays for the build's error to point at.
    expect(readdirSync(join(dir, "projects"))).toEqual(["record-files.json"]);
    expect(RECORD_FILES).toBe("projects/record-files.json");
  });
});
