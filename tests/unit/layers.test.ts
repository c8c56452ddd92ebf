/**
 * The layer rules of docs/architecture.md are enforced by ESLint (eslint.config.js): an import
 * that crosses a layer the wrong way, or a page that formats a figure itself, fails `npm run lint`.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { root } from "../build/helpers.ts";

const eslint = new ESLint({ cwd: root });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe("layer rules", () => {
  it.each([
    ["src/lib/present/fixture.ts", 'import { getProjects } from "../../data/projects.ts";\nexport const x = getProjects;\n', "src/data is read by pages only"],
    ["src/lib/fixture.ts", 'import { getCollection } from "astro:content";\nexport const x = getCollection;\n', "no astro:* here"],
    ["src/lib/fixture.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n', "no file system here"],
    ["src/lib/fixture.ts", 'import en from "../i18n/en.json";\nexport const x = en;\n', "interface strings reach this layer as arguments"],
    ["src/scripts/fixture.ts", 'import { getProjects } from "../data/projects.ts";\nexport const x = getProjects;\n', "src/data is read by pages only"],
    ["src/scripts/fixture.ts", "export const x = new Intl.NumberFormat('en').format(1);\n", "never with Intl directly"],
    ["src/data/views/fixture.ts", "export const x = (1.5).toFixed(1);\n", "never with toFixed"],
  ])("%s: a forbidden import or formatting fails", async (file, code, expected) => {
    const found = await problems(code, file);
    expect(found.join("\n")).toContain(expected);
  });

  it("allows what the layers may import", async () => {
    expect(await problems('import { formatMoney } from "../format.ts";\nexport const x = formatMoney;\n', "src/lib/present/fixture.ts")).toEqual([]);
    expect(
      await problems('import { createFormatter } from "../lib/present/formatter.ts";\nexport const x = createFormatter;\n', "src/scripts/fixture.ts"),
    ).toEqual([]);
  });
});
