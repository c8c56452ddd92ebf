/**
 * One build of the site for all the tests. `npm test` runs the build and unit tests, then the
 * browser suite, in two Vitest runs; both global setups call ensureSiteBuilt(), which builds
 * (as `npm run build` does, with the tests' BUILD_DATE) only when dist/ is not already the
 * build of the current inputs. So `npm test` builds once, and `npm run test:unit` and
 * `npm run test:e2e` each still work alone (building when needed).
 *
 * Whether dist/ is fresh is decided by a marker outside dist/ (so that it is never published),
 * node_modules/.cache/avrr-tests/dist.json, written after a successful build. It holds:
 *   - a hash of every input of the build: the files of src/, content/, data/, public/,
 *     scripts/, the config and package files, the record, translation and publisher files the
 *     AVRR_* variables point to, and the build's environment (BUILD_DATE, AVRR_*);
 *   - a fingerprint of dist/ as that build left it (every file's path, size and mtime), so that
 *     a `npm run build` in between (with today's date), or any change to dist/, forces a rebuild.
 * AVRR_TEST_REBUILD=1 forces a build.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { dist, root, runAstroBuild } from "./helpers.ts";

/** The day the tests build for (project status is computed as of it). */
export const TEST_BUILD_DATE = "2026-12-02";

const MARKER = join(root, "node_modules/.cache/avrr-tests/dist.json");
const INPUT_DIRS = ["src", "content", "data", "public", "scripts"];
const INPUT_FILES = ["astro.config.mjs", "tsconfig.json", "package.json", "package-lock.json"];
/** Environment variables that change what the build reads or writes (AVRR_PAGE_LOG is the suite's own). */
const buildEnv = () =>
  Object.entries(process.env)
    .filter(([name]) => name.startsWith("AVRR_") && name !== "AVRR_PAGE_LOG" && name !== "AVRR_TEST_REBUILD")
    .sort(([a], [b]) => a.localeCompare(b));

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A hash of everything the build reads. */
export function inputsHash(): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ buildDate: TEST_BUILD_DATE, env: buildEnv() }));
  const paths = [...INPUT_DIRS, ...INPUT_FILES].map((p) => join(root, p));
  for (const [, value] of buildEnv()) if (value && existsSync(value)) paths.push(value);
  for (const file of paths.flatMap(filesUnder)) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

/** Every file of dist/ with its size and modification time. */
function distFingerprint(): string {
  const hash = createHash("sha256");
  for (const file of filesUnder(dist)) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(dist, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest("hex");
}

function readMarker(): { inputs: string; dist: string } | undefined {
  try {
    return JSON.parse(readFileSync(MARKER, "utf8")) as { inputs: string; dist: string };
  } catch {
    return undefined;
  }
}

/** Builds dist/ unless it is already the build of the current inputs; says which it did. */
export function ensureSiteBuilt(): "built" | "reused" {
  const inputs = inputsHash();
  const marker = readMarker();
  if (!process.env.AVRR_TEST_REBUILD && marker?.inputs === inputs && existsSync(dist) && marker.dist === distFingerprint()) {
    console.log("dist/ is the build of the current inputs: not rebuilt (AVRR_TEST_REBUILD=1 forces a build)");
    return "reused";
  }
  rmSync(MARKER, { force: true });
  const { status, output } = runAstroBuild({ BUILD_DATE: TEST_BUILD_DATE });
  if (status !== 0) throw new Error(`astro build failed:\n${output}`);
  mkdirSync(join(MARKER, ".."), { recursive: true });
  writeFileSync(MARKER, JSON.stringify({ inputs, dist: distFingerprint() }));
  return "built";
}
