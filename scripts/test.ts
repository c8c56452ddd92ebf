/**
 * `npm test`: every check of the repository, each step one of package.json's scripts.
 *
 * 1. `test:unit` (the unit and build tests: its global setup builds the site once), and
 *    meanwhile, one after the other, `lint` (ESLint, Prettier), `check` (astro check: TypeScript
 *    and the templates) and `test:components`, none of which needs the built site; their output
 *    is printed whole once they end, so it never interleaves with the tests'.
 * 2. `test:e2e` (the browser tests), on the site step 1 built, once every step of 1 has passed.
 *
 * Exits with a failing step's code, naming it.
 */
import { spawn } from "node:child_process";

interface Result {
  script: string;
  code: number;
  output: string;
  seconds: number;
}

/** Runs `npm run <script>`; with `buffered`, keeps its output to print later. */
const run = (script: string, buffered: boolean) =>
  new Promise<Result>((done) => {
    const began = performance.now();
    const child = spawn("npm", ["run", "--silent", script], { stdio: buffered ? ["ignore", "pipe", "pipe"] : "inherit" });
    const chunks: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk));
    // A null code means a signal ended it: a failure.
    child.on("close", (code) => done({ script, code: code ?? 1, output: Buffer.concat(chunks).toString("utf8"), seconds: (performance.now() - began) / 1000 }));
  });

const failIfAny = (results: readonly Result[]) => {
  const failed = results.find((r) => r.code !== 0);
  if (!failed) return;
  console.error(`\nnpm test: "${failed.script}" failed (exit ${failed.code})`);
  process.exit(failed.code);
};

const start = performance.now();

// Lint, check and the component tests on one core while the unit and build tests build the site
// on the other (astro build renders on one thread); together they take less time than the unit
// and build tests. After a failure the rest of the three are not started.
const alongside = (async () => {
  const results: Result[] = [];
  for (const script of ["lint", "check", "test:components"]) {
    const r = await run(script, true);
    results.push(r);
    if (r.code !== 0) break;
  }
  return results;
})();
const [checks, unit] = await Promise.all([alongside, run("test:unit", false)]);
for (const r of checks) process.stdout.write(`\n> ${r.script} (${r.seconds.toFixed(1)} s)\n${r.output}`);
failIfAny([...checks, unit]);

console.log("\n> test:e2e");
failIfAny([await run("test:e2e", false)]);
console.log(`\nnpm test: every step passed in ${((performance.now() - start) / 1000).toFixed(0)} s`);
