/** Runs `astro build` and reads the built pages, for the build tests. */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readRecordFile } from "../../src/integrations/record-files.ts";
import { projectSchema, type ProjectData } from "../../src/lib/schema/project.ts";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const dist = join(root, "dist");
/** The records the site is built from: content/projects, or the folder AVRR_RECORDS_DIR names (as src/content.config.ts reads it). */
export const recordsDir = process.env.AVRR_RECORDS_DIR ?? join(root, "content/projects");

/** Builds as `npm run build` does (scripts/build.ts: astro build, then the search index). */
export function runAstroBuild(env: Record<string, string> = {}, args: string[] = []): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(root, "scripts/build.ts"), ...args], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", BUILD_DATE: "2026-12-02", ...env },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * `astro build` alone, without the search-index step of `npm run build`, for a test that needs
 * only files Astro writes (data files, JSON, CSV, feeds) or a build that must stop before then.
 */
export function runAstroBuildWithoutSearch(env: Record<string, string> = {}, args: string[] = []): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "build", ...args], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", BUILD_DATE: "2026-12-02", ...env },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export function readPage(path: string): string {
  return readFileSync(join(dist, path), "utf8");
}

/** The page's visible text, tags removed and whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** The text of the `<dd>` that follows the `<dt>` with this label. */
export function factOf(html: string, label: string): string {
  const match = new RegExp(`<dt[^>]*>${label}</dt>\\s*<dd[^>]*>([\\s\\S]*?)</dd>`).exec(html);
  if (!match) throw new Error(`no fact "${label}"`);
  return textOf(match[1]!);
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The raw records of content/projects, parsed by the record schema only (no derivations), for
 * tests that recompute published figures independently of the site's own code. By id.
 */
export function readRecords(): Map<string, ProjectData> {
  const dir = recordsDir;
  return new Map(
    readdirSync(dir)
      .filter((name) => /\.mdx?$/.test(name))
      .sort()
      .map((name) => {
        const input = readRecordFile(join(dir, name), name);
        return [input.id, projectSchema.parse(input.frontmatter)];
      }),
  );
}
