/**
 * `npm test`: every check of the repository, stopping at the first step that fails.
 *
 * 1. The unit and build tests (`vitest run`: its global setup builds the site once), and
 *    meanwhile, one after the other, `npm run lint` (ESLint, Prettier), `npm run check` (astro
 *    check: TypeScript and the templates) and the component tests (`vitest.components.config.ts`),
 *    none of which needs the built site; their output is printed whole once they end, so it
 *    never interleaves with the tests'.
 * 2. The browser tests (`vitest.e2e.config.ts`), on the site step 1 built.
 *
 * Exits with a failing step's code, naming it; a step starts only when those before it passed.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const vitest = fileURLToPath(new URL("../node_modules/vitest/vitest.mjs", import.meta.url));

interface Step {
  name: string;
  /** The program (default npm) and its arguments. */
  command?: string;
  args: string[];
}

const run = (step: Step, buffered: boolean) =>
  new Promise<{ step: Step; code: number; output: string; seconds: number }>((done) => {
    const began = performance.now();
    const child = spawn(step.command ?? npm, step.args, { stdio: buffered ? ["ignore", "pipe", "pipe"] : "inherit", env: process.env });
    const chunks: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("close", (code, signal) =>
      done({ step, code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString("utf8"), seconds: (performance.now() - began) / 1000 }),
    );
  });

const fail = (step: Step, code: number) => {
  console.error(`\nnpm test: "${step.name}" failed (exit ${code})`);
  process.exit(code || 1);
};

const start = performance.now();
const vitestStep = (name: string, ...args: string[]): Step => ({ name, command: process.execPath, args: [vitest, "run", ...args] });

// Lint, check and the component tests one after the other on one core, while the unit and build
// tests build the site on the other (astro build renders on one thread): none of the three needs
// the built site, and together they take less time than the unit and build tests.
const alongside = (async () => {
  const results = [];
  for (const step of [
    { name: "lint", args: ["run", "--silent", "lint"] },
    { name: "check", args: ["run", "--silent", "check"] },
    vitestStep("component tests", "--config", "vitest.components.config.ts"),
  ] satisfies Step[]) {
    const r = await run(step, true);
    results.push(r);
    if (r.code !== 0) break;
  }
  return results;
})();
const unit = run(vitestStep("unit and build tests"), false);
const [checks, unitResult] = await Promise.all([alongside, unit]);
for (const r of checks) process.stdout.write(`\n> ${r.step.name} (${r.seconds.toFixed(1)} s)\n${r.output}`);
for (const r of [...checks, unitResult]) if (r.code !== 0) fail(r.step, r.code);

const e2e = vitestStep("browser tests", "--config", "vitest.e2e.config.ts");
console.log(`\n> ${e2e.name}`);
const e2eResult = await run(e2e, false);
if (e2eResult.code !== 0) fail(e2e, e2eResult.code);
console.log(`\nnpm test: every step passed in ${((performance.now() - start) / 1000).toFixed(0)} s`);
