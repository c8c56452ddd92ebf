/**
 * `npm run build [-- <astro build options>]`: `astro build`, then, once it has exited, the
 * Pagefind bundles of the site it wrote (scripts/search-index.ts), honouring `--outDir`.
 * The tests build through this script too, so that they test what `npm run build` makes.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const at = args.findIndex((arg) => arg === "--outDir" || arg.startsWith("--outDir="));
const outDir = at < 0 ? "dist" : args[at]!.includes("=") ? args[at]!.slice("--outDir=".length) : args[at + 1]!;
const run = (script: string, scriptArgs: string[]) =>
  spawnSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...scriptArgs], {
    stdio: "inherit",
    env: { ASTRO_TELEMETRY_DISABLED: "1", ...process.env },
  }).status ?? 1;

const built = run("../node_modules/astro/bin/astro.mjs", ["build", ...args]);
process.exit(built !== 0 ? built : run("./search-index.ts", [outDir]));
