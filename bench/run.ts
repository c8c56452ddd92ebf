/**
 * `npm run bench`: builds the full site (both languages, data files, charts, search index)
 * for N synthetic records, and a bare Astro build of the same records, several times each,
 * and reports wall time, peak memory, pages per second and the time of each build stage.
 *
 *   npm run bench                                   # N = 100, 1,000, 10,000; three runs each
 *   npm run bench -- --sizes 100 --runs 1           # a quick check
 *   npm run bench -- --sizes 1000 --out bench/out   # results somewhere else
 *
 * Options: --sizes 100,1000,10000  --runs 3  --scratch <folder> (default $TMPDIR/avrr-bench)
 * --out <folder> (default bench/: results.json and results.md)  --no-bare  --seed <n>
 * --profile (one extra build of the largest size under `node --cpu-prof`, then bench/profile.ts)
 * --node-args=<options> (Node options for every build, e.g. --node-args=--max-semi-space-size=64)
 * --astro-args=<arguments> (for the site's builds, e.g. --astro-args=--silent)
 * --astro-config=<json> (merged into the site's config, e.g. --astro-config='{"build":{"concurrency":4}}')
 * --site <folder> (another checkout of the site to measure, e.g. from `git archive`; default this one).
 *
 * Every build runs in a scratch copy of the site (src, data, public, content/pages, config)
 * whose content/projects holds the synthetic records; nothing is written to content/ or dist/
 * of the repository. Each build starts cold: dist, .astro and the Vite and Astro caches of
 * the scratch copy are removed first.
 */
import { spawn, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, tmpdir, totalmem } from "node:os";
import { largestPages, type KindSize } from "./page-sizes.ts";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { BENCH_BUILD_DATE, DEFAULT_SEED, generate, readFormatFeatures } from "./generate.ts";
import type { BenchTimings } from "./timing.ts";

const REPO = resolve(import.meta.dirname, "..");
/** What a scratch copy of the site holds, besides content/ without its records and translations. */
const SITE_FILES = ["src", "data", "public", "scripts", "astro.config.mjs", "tsconfig.json", "package.json"];
const RECORD_FOLDERS = ["projects", "translations"];
/** Caches Astro and Vite keep between builds; removed before each build so that every build is cold. */
const CACHES = ["dist", ".astro", "node_modules/.astro", "node_modules/.vite"];
const POLL_MS = 100;

interface Args {
  sizes: number[];
  runs: number;
  scratch: string;
  out: string;
  bare: boolean;
  seed: number;
  profile: boolean;
  /** Extra Node options for the builds (both the site's and the bare one), e.g. `--max-semi-space-size=64`. */
  nodeArgs: string[];
  /** Extra `astro build` arguments for the site's builds, e.g. `--silent`. */
  astroArgs: string[];
  /** Astro config options (JSON) merged into the site's config, for experiments. */
  astroConfig: string;
  /** The site to measure: this repository, or another checkout of it (to compare versions). */
  site: string;
}

function readArgs(): Args {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "100,1000,10000" },
      runs: { type: "string", default: "3" },
      scratch: { type: "string", default: join(process.env.AVRR_BENCH_DIR ?? tmpdir(), process.env.AVRR_BENCH_DIR ? "" : "avrr-bench") },
      out: { type: "string", default: join(REPO, "bench") },
      "no-bare": { type: "boolean", default: false },
      seed: { type: "string", default: String(DEFAULT_SEED) },
      profile: { type: "boolean", default: false },
      "node-args": { type: "string", default: "" },
      "astro-args": { type: "string", default: "" },
      "astro-config": { type: "string", default: "" },
      site: { type: "string", default: REPO },
    },
  });
  const sizes = values.sizes.split(",").map((s) => Number(s.replaceAll("_", "").trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: ${values.sizes} is not a list of record counts`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < (values.profile ? 0 : 1)) throw new Error(`--runs: ${values.runs} is not a number of runs`);
  const scratch = resolve(values.scratch);
  if (scratch === REPO || scratch.startsWith(`${REPO}/`)) throw new Error("--scratch must be outside the repository");
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  return {
    sizes,
    runs,
    scratch,
    out: resolve(values.out),
    bare: !values["no-bare"],
    seed: Number(values.seed),
    profile: values.profile,
    nodeArgs: words(values["node-args"]),
    astroArgs: words(values["astro-args"]),
    astroConfig: values["astro-config"],
    site: resolve(values.site),
  };
}

// ---------------------------------------------------------------------------------------------
// Scratch copies

/** A real node_modules folder of links to the repository's packages, so that caches stay local. */
function linkNodeModules(root: string): void {
  const dir = join(root, "node_modules");
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(join(REPO, "node_modules"))) {
    if ([".astro", ".vite", ".cache"].includes(name)) continue;
    symlinkSync(join(REPO, "node_modules", name), join(dir, name));
  }
}

const WRAPPER = (site: boolean) => `// Written by bench/run.ts: the ${site ? "site's" : "bare"} config with the benchmark's timing integrations around its own.
import config from "./astro.config.mjs";
import { benchTimingIntegrations } from "./bench-timing.ts";

const timing = benchTimingIntegrations(${site ? `{ warmUpComponent: "[...lang]/projects/[id].astro" }` : ""});
const own = (config.integrations ?? []).flat();
const at = (name) => own.findIndex((integration) => integration.name === name);
const integrations = [timing.first];
for (const integration of own) {
  if (integration.name === "avrr:search-index") integrations.push(timing.beforeSearch, integration, timing.afterSearch);
  else integrations.push(integration);
  if (integration.name === "avrr:validate-records") integrations.push(timing.afterValidation);
}
if (at("avrr:validate-records") < 0) integrations.splice(1, 0, timing.afterValidation);
integrations.push(timing.last);

// Profiling builds keep source maps of the bundle, to map the profile back to src/.
const vite = process.env.AVRR_BENCH_SOURCEMAP ? { ...config.vite, build: { ...config.vite?.build, sourcemap: true } } : config.vite;
// Experiments (--astro-config): options merged into the config, one level deep.
const override = JSON.parse(process.env.AVRR_BENCH_CONFIG ?? "{}");
const merged = { ...config, integrations, ...(vite ? { vite } : {}) };
for (const [key, value] of Object.entries(override)) {
  merged[key] = value && typeof value === "object" && !Array.isArray(value) ? { ...merged[key], ...value } : value;
}

export default merged;
`;

interface Scratch {
  root: string;
  recordsDir: string;
  translationsDir: string;
}

async function prepareSite(base: string, n: number, seed: number, source: string): Promise<Scratch & { records: number; translations: number }> {
  const root = join(base, `site-${n}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const file of SITE_FILES) cpSync(join(source, file), join(root, file), { recursive: true });
  // Prose pages and any other collection, but none of the real records or translations.
  for (const folder of readdirSync(join(source, "content"))) {
    if (!RECORD_FOLDERS.includes(folder)) cpSync(join(source, "content", folder), join(root, "content", folder), { recursive: true });
  }
  linkNodeModules(root);
  cpSync(join(REPO, "bench/timing.ts"), join(root, "bench-timing.ts"));
  writeFileSync(join(root, "astro.bench.config.mjs"), WRAPPER(true));
  const generated = generate(n, join(root, "content"), seed, await readFormatFeatures(root));
  return {
    root,
    recordsDir: generated.projectsDir,
    translationsDir: generated.translationsDir,
    records: generated.records,
    translations: generated.translations,
  };
}

function prepareBare(base: string, n: number, site: Scratch): Scratch {
  const root = join(base, `bare-${n}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(join(REPO, "bench/bare"), root, { recursive: true });
  writeFileSync(join(root, "package.json"), `${JSON.stringify({ name: "avrr-bench-bare", private: true, type: "module" }, null, 2)}\n`);
  linkNodeModules(root);
  cpSync(join(REPO, "bench/timing.ts"), join(root, "bench-timing.ts"));
  writeFileSync(join(root, "astro.bench.config.mjs"), WRAPPER(false));
  return { root, recordsDir: site.recordsDir, translationsDir: site.translationsDir };
}

// ---------------------------------------------------------------------------------------------
// Memory: the resident set of the whole process tree, polled from /proc

function getconf(name: string, fallback: number): number {
  try {
    return Number(execFileSync("getconf", [name], { encoding: "utf8" }).trim()) || fallback;
  } catch {
    return fallback;
  }
}
const PAGE_SIZE = getconf("PAGESIZE", 4096);
const CLOCK_TICKS = getconf("CLK_TCK", 100);

/** The resident memory (bytes) of `root` and all its descendants, and each one's CPU time so far (clock ticks). */
function treeStats(root: number): { rssBytes: number; cpuTicks: Map<number, number>; rssByName: Map<string, number> } {
  const children = new Map<number, number[]>();
  const stats = new Map<number, { rss: number; cpu: number; name: string }>();
  const cpuTicks = new Map<number, number>();
  const rssByName = new Map<string, number>();
  let names: string[];
  try {
    names = readdirSync("/proc");
  } catch {
    return { rssBytes: 0, cpuTicks, rssByName };
  }
  for (const entry of names) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    // Fields after the command name (which may hold spaces), from field 3 (state) on.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const pid = Number(entry);
    const ppid = Number(fields[1]);
    const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    stats.set(pid, { rss: Number(fields[21]) * PAGE_SIZE, cpu: Number(fields[11]) + Number(fields[12]), name });
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let rssBytes = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    const stat = stats.get(pid);
    if (stat) {
      rssBytes += stat.rss;
      cpuTicks.set(pid, stat.cpu);
      rssByName.set(stat.name, (rssByName.get(stat.name) ?? 0) + stat.rss);
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return { rssBytes, cpuTicks, rssByName };
}

/** CPU time the whole machine has spent busy so far, in clock ticks (from /proc/stat). */
/** The machine's CPU counters (all cores, clock ticks): busy, waiting on the disk (iowait), and taken by the host of a virtual machine (steal). */
function machineTicks(): { busy: number; iowait: number; steal: number } {
  try {
    const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , iowait = 0, irq = 0, softirq = 0, steal = 0] = cpu;
    return { busy: user + nice + system + irq + softirq + steal, iowait, steal };
  } catch {
    return { busy: 0, iowait: 0, steal: 0 };
  }
}

// ---------------------------------------------------------------------------------------------
// One build

interface AstroTimerStats {
  [name: string]: { elapsedTime: number; heapUsedChange: number; heapUsedTotal: number };
}

export interface Stages {
  /** Node and the Astro CLI loading, up to the first integration hook. */
  startup: number;
  /** Before the content layer: since records are read once, their validation runs inside the content sync (src/integrations/record-loader.ts), so this is about 0. */
  validation: number;
  /** Astro's content layer sync: glob loader, frontmatter schema, Markdown rendering, data store. */
  contentSync: number;
  /** The rest of Astro's sync before the build starts: type generation, the Vite server. */
  syncOther: number;
  /**
   * Before the routes, once: importing the project page's module, which loads Astro's content
   * data store, and getProjects() (getCollection and derived figures).
   */
  collectionLoad: number;
  /** Vite builds (prerender bundle, client scripts) and importing the prerender bundle. */
  bundle: number;
  /** getStaticPaths of the HTML page routes. */
  pagesStaticPaths: number;
  /** Rendering the HTML pages. */
  pagesRender: number;
  /** getStaticPaths of the data routes (endpoints: CSV, JSON, XML, feed). */
  dataStaticPaths: number;
  /** Rendering the data routes. */
  dataRender: number;
  /** Writing the files and Astro's own per-path work around rendering. */
  generateOverhead: number;
  /** Sitemap and _headers (astro:build:done). */
  postBuild: number;
  /** Pagefind (scripts/search-index.ts, after astro build exits). */
  search: number;
  /** What is left: other hooks, stats, exit. */
  other: number;
}

export interface BuildResult {
  ok: boolean;
  wallMs: number;
  /** Peak of the summed RSS of the build process tree (polled from /proc every 100 ms). */
  peakTreeRssBytes: number;
  /** At that peak, the RSS of each program of the tree (`node`, `pagefind_extended`, ...). */
  peakByProgram: Record<string, number>;
  /** Seconds since the start, and the tree's RSS (bytes) then: the highest of each second. */
  memoryTimeline: [number, number][];
  /** Largest RSS of a single process of the tree (GNU time -v), when available. */
  maxRssSingleBytes?: number;
  /** CPU time (user + system) of the build's process tree, in seconds. */
  cpuSeconds: number;
  /** CPU time other processes used on the machine during the build, in seconds: a sign of contention. */
  otherCpuSeconds: number;
  /** The machine's one-minute load average when the build started. */
  loadAverageAtStart: number;
  /** Seconds the machine's cores spent waiting on the disk during the build (/proc/stat iowait, all cores). */
  iowaitSeconds: number;
  /** CPU seconds the host took from this virtual machine during the build (/proc/stat steal): the machine was slower than it looks. */
  stealSeconds: number;
  htmlPages: number;
  outputFiles: number;
  outputBytes: number;
  stages?: Stages;
  timings?: BenchTimings;
  astroTimer?: AstroTimerStats;
  log: string;
}

function countOutput(dir: string): { htmlPages: number; outputFiles: number; outputBytes: number } {
  let htmlPages = 0;
  let outputFiles = 0;
  let outputBytes = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        outputFiles++;
        outputBytes += statSync(path).size;
        if (entry.name.endsWith(".html")) htmlPages++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { htmlPages, outputFiles, outputBytes };
}

const isEndpoint = (component: string) => /\.(ts|js|mjs)$/.test(component);

/** `searchMs`: the search-index step, timed by scripts/search-index.ts itself (it runs after Astro exits). */
function computeStages(wallMs: number, t: BenchTimings, timer: AstroTimerStats | undefined, searchMs?: number): Stages {
  const m = t.marks;
  const span = (from: string, to: string) => (m[from] !== undefined && m[to] !== undefined ? m[to]! - m[from]! : 0);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const pagesStaticPaths = sum(t.staticPaths.filter((s) => !isEndpoint(s.component)).map((s) => s.ms));
  const dataStaticPaths = sum(t.staticPaths.filter((s) => isEndpoint(s.component)).map((s) => s.ms));
  const pagesRender = sum(t.renders.filter((r) => r.type === "page").map((r) => r.ms));
  const dataRender = sum(t.renders.filter((r) => r.type !== "page").map((r) => r.ms));
  const collectionLoad = t.warmUp?.ms ?? 0;
  const contentSync = timer?.["Sync content layer"]?.elapsedTime ?? span("config:done", "build:start");
  const viteMs = timer
    ? sum(["Prerender build", "SSR build", "Client build"].map((k) => timer[k]?.elapsedTime ?? 0))
    : span("build:setup", "prerender:setup:start");
  const stages: Stages = {
    startup: m["config:setup"] ?? 0,
    validation: span("config:setup", "validation:end"),
    contentSync,
    syncOther: Math.max(0, span("config:done", "build:start") - contentSync),
    collectionLoad,
    bundle: viteMs + span("prerender:setup:start", "prerender:setup:end"),
    pagesStaticPaths,
    pagesRender,
    dataStaticPaths,
    dataRender,
    // From the end of setup to the last page: everything not inside a getStaticPaths or a render.
    generateOverhead: Math.max(0, span("prerender:setup:end", "render:last") - collectionLoad - pagesStaticPaths - dataStaticPaths - pagesRender - dataRender),
    postBuild: searchMs === undefined ? span("build:done:start", "search:start") : span("build:done:start", "build:done:end"),
    search: searchMs ?? span("search:start", "search:end"),
    other: 0,
  };
  const known = sum(Object.values(stages));
  stages.other = Math.max(0, wallMs - known);
  return stages;
}

async function build(
  root: string,
  scratch: Scratch,
  label: string,
  extraNodeArgs: string[] = [],
  extraEnv: Record<string, string> = {},
  astroArgs: string[] = [],
): Promise<BuildResult> {
  for (const cache of CACHES) rmSync(join(root, cache), { recursive: true, force: true });
  const logs = join(root, "bench-logs");
  mkdirSync(logs, { recursive: true });
  const timingsFile = join(logs, `${label}.timings.json`);
  const timerFile = join(logs, `${label}.astro-timer.json`);
  const timeFile = join(logs, `${label}.time.txt`);
  const logFile = join(logs, `${label}.log`);
  for (const file of [timingsFile, timerFile, timeFile]) rmSync(file, { force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: "1",
    BUILD_DATE: BENCH_BUILD_DATE,
    AVRR_RECORDS_DIR: scratch.recordsDir,
    AVRR_TRANSLATIONS_DIR: scratch.translationsDir,
    // The synthetic sources are on example.invalid, which only bench/publishers.json lists.
    AVRR_PUBLISHERS_FILE: join(REPO, "bench/publishers.json"),
    AVRR_BENCH_TIMINGS: timingsFile,
    ASTRO_TIMER_PATH: timerFile,
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    ...extraEnv,
  };
  const astro = join(root, "node_modules/astro/bin/astro.mjs");
  const nodeArgs = [...extraNodeArgs, astro, "build", "--config", "astro.bench.config.mjs", ...astroArgs];
  // The site's build is what `npm run build` runs: astro build, then the search index as its own
  // process (scripts/search-index.ts). The bare build has no second step.
  const searchScript = join(root, "scripts/search-index.ts");
  const searchFile = `${timingsFile}.search.json`;
  rmSync(searchFile, { force: true });
  const quote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;
  const shell =
    [process.execPath, ...nodeArgs].map(quote).join(" ") + (existsSync(searchScript) ? ` && ${quote(process.execPath)} ${quote(searchScript)} dist` : "");
  const useTime = existsSync("/usr/bin/time");
  const [command, args] = useTime ? ["/usr/bin/time", ["-v", "-o", timeFile, "/bin/sh", "-c", shell]] : ["/bin/sh", ["-c", shell]];
  const out: Buffer[] = [];
  const loadAverageAtStart = loadavg()[0] ?? 0;
  const ticksAtStart = machineTicks();
  const start = performance.now();
  const child = spawn(command, args as string[], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => out.push(chunk));
  let peak = 0;
  let peakByProgram: Record<string, number> = {};
  const timeline: [number, number][] = [];
  const cpuByPid = new Map<number, number>();
  const poll = setInterval(() => {
    if (!child.pid) return;
    const stats = treeStats(child.pid);
    if (stats.rssBytes > peak) {
      peak = stats.rssBytes;
      peakByProgram = Object.fromEntries(stats.rssByName);
    }
    const second = Math.floor((performance.now() - start) / 1000);
    const last = timeline.at(-1);
    if (last && last[0] === second) last[1] = Math.max(last[1], stats.rssBytes);
    else timeline.push([second, stats.rssBytes]);
    for (const [pid, ticks] of stats.cpuTicks) cpuByPid.set(pid, Math.max(ticks, cpuByPid.get(pid) ?? 0));
  }, POLL_MS);
  const code = await new Promise<number | null>((done) => child.on("close", done));
  const wallMs = performance.now() - start;
  clearInterval(poll);
  const ticksAtEnd = machineTicks();
  const busySeconds = (ticksAtEnd.busy - ticksAtStart.busy) / CLOCK_TICKS;
  let cpuSeconds = [...cpuByPid.values()].reduce((a, b) => a + b, 0) / CLOCK_TICKS;
  const log = Buffer.concat(out).toString("utf8");
  writeFileSync(logFile, log);
  let maxRssSingleBytes: number | undefined;
  if (useTime && existsSync(timeFile)) {
    const time = readFileSync(timeFile, "utf8");
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(time)?.[1];
    if (kb) maxRssSingleBytes = Number(kb) * 1024;
    const user = /User time \(seconds\): ([\d.]+)/.exec(time)?.[1];
    const system = /System time \(seconds\): ([\d.]+)/.exec(time)?.[1];
    // GNU time counts the processes Node waited for; the /proc samples also see Pagefind.
    if (user && system) cpuSeconds = Math.max(cpuSeconds, Number(user) + Number(system));
  }
  const result: BuildResult = {
    ok: code === 0,
    wallMs,
    peakTreeRssBytes: peak,
    peakByProgram,
    memoryTimeline: timeline,
    ...(maxRssSingleBytes ? { maxRssSingleBytes } : {}),
    cpuSeconds,
    otherCpuSeconds: Math.max(0, busySeconds - cpuSeconds),
    loadAverageAtStart,
    iowaitSeconds: (ticksAtEnd.iowait - ticksAtStart.iowait) / CLOCK_TICKS,
    stealSeconds: (ticksAtEnd.steal - ticksAtStart.steal) / CLOCK_TICKS,
    ...countOutput(join(root, "dist")),
    log: logFile,
  };
  if (existsSync(timerFile)) result.astroTimer = JSON.parse(readFileSync(timerFile, "utf8")) as AstroTimerStats;
  if (existsSync(timingsFile)) {
    result.timings = JSON.parse(readFileSync(timingsFile, "utf8")) as BenchTimings;
    const searchMs = existsSync(searchFile) ? (JSON.parse(readFileSync(searchFile, "utf8")) as { ms: number }).ms : undefined;
    result.stages = computeStages(wallMs, result.timings, result.astroTimer, searchMs);
  }
  if (!result.ok) {
    console.error(log.split("\n").slice(-40).join("\n"));
    throw new Error(`${label}: the build failed (exit ${code}); log: ${logFile}`);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Statistics and reports

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const BARE_STAGES = ["startup", "contentSync", "syncOther", "bundle", "pagesStaticPaths", "pagesRender", "generateOverhead", "other"] as const;
type BareStages = Pick<Stages, (typeof BARE_STAGES)[number]>;

interface SizeResult {
  records: number;
  translations: number;
  runs: number;
  htmlPages: number;
  outputFiles: number;
  outputBytes: number;
  wallMs: { median: number; min: number; max: number; all: number[] };
  /** The highest peak over the runs. */
  peakTreeRssBytes: number;
  /** At that peak, the RSS of each program of the tree. */
  peakByProgram: Record<string, number>;
  maxRssSingleBytes?: number;
  pagesPerSecond: number;
  msPerPage: number;
  /** CPU time (user + system) of the build process tree, median over the runs, seconds. */
  cpuSeconds: number;
  /** The most CPU time other processes took during one of the runs, seconds (contention). */
  otherCpuSecondsMax: number;
  /** The most iowait and steal (seconds) of any run of this size, site or bare: how much the machine itself slowed the runs. */
  iowaitSecondsMax: number;
  stealSecondsMax: number;
  /** Median of each stage over the runs, in milliseconds. */
  stages: Stages;
  /** The run with the median wall time: slowest routes and paths. */
  medianRun: {
    staticPaths: BenchTimings["staticPaths"];
    warmUp?: BenchTimings["warmUp"];
    renders: BenchTimings["renders"];
    slowest: BenchTimings["slowest"];
    astroTimer?: AstroTimerStats;
    marks: BenchTimings["marks"];
    memoryTimeline: [number, number][];
  };
  bare?: {
    wallMs: { median: number; min: number; max: number; all: number[] };
    htmlPages: number;
    peakTreeRssBytes: number;
    msPerPage: number;
    cpuSeconds: number;
    stages: BareStages;
  };
  /** Our time per HTML page ÷ the bare build's time per page (the medians of the runs). */
  ratioToBare?: number;
  /**
   * The same ratio run by run: each site build against the bare build that followed it (they
   * take turns), so that a slow spell of the machine falls on both sides of a pair. Its median,
   * min and max say how far the headline could move with the machine's noise.
   */
  pairedRatios?: { median: number; min: number; max: number; all: number[] };
  /** Our CPU time per HTML page ÷ the bare build's (medians): less sensitive to waiting on the disk than wall time. */
  cpuRatioToBare?: number;
  /** The largest HTML page of each kind in the last run's output, gzipped (bench/page-sizes.ts). */
  largestPages?: KindSize[];
  /** The search index of every language (the pagefind/ folders) in the last run's output. */
  searchIndex?: { files: number; bytes: number };
}

function summarise(records: number, translations: number, ours: BuildResult[], bare: BuildResult[]): SizeResult {
  const walls = ours.map((r) => r.wallMs);
  const mid = ours.find((r) => r.wallMs === median(walls)) ?? [...ours].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(ours.length / 2)]!;
  const stageKeys = Object.keys(ours[0]!.stages ?? {}) as (keyof Stages)[];
  const stages = Object.fromEntries(stageKeys.map((k) => [k, median(ours.map((r) => r.stages?.[k] ?? 0))])) as unknown as Stages;
  const wallMedian = median(walls);
  const result: SizeResult = {
    records,
    translations,
    runs: ours.length,
    htmlPages: mid.htmlPages,
    outputFiles: mid.outputFiles,
    outputBytes: mid.outputBytes,
    wallMs: { median: wallMedian, min: Math.min(...walls), max: Math.max(...walls), all: walls },
    peakTreeRssBytes: Math.max(...ours.map((r) => r.peakTreeRssBytes)),
    peakByProgram: [...ours].sort((a, b) => b.peakTreeRssBytes - a.peakTreeRssBytes)[0]!.peakByProgram,
    pagesPerSecond: mid.htmlPages / (wallMedian / 1000),
    msPerPage: wallMedian / mid.htmlPages,
    cpuSeconds: median(ours.map((r) => r.cpuSeconds)),
    otherCpuSecondsMax: Math.max(...ours.map((r) => r.otherCpuSeconds), ...bare.map((r) => r.otherCpuSeconds)),
    iowaitSecondsMax: Math.max(...[...ours, ...bare].map((r) => r.iowaitSeconds)),
    stealSecondsMax: Math.max(...[...ours, ...bare].map((r) => r.stealSeconds)),
    stages,
    medianRun: {
      staticPaths: mid.timings?.staticPaths ?? [],
      ...(mid.timings?.warmUp ? { warmUp: mid.timings.warmUp } : {}),
      renders: mid.timings?.renders ?? [],
      slowest: mid.timings?.slowest ?? [],
      ...(mid.astroTimer ? { astroTimer: mid.astroTimer } : {}),
      marks: mid.timings?.marks ?? {},
      memoryTimeline: mid.memoryTimeline,
    },
  };
  const singles = ours.map((r) => r.maxRssSingleBytes).filter((v) => v !== undefined);
  if (singles.length) result.maxRssSingleBytes = Math.max(...singles);
  if (bare.length) {
    const bareWalls = bare.map((r) => r.wallMs);
    const bareMedian = median(bareWalls);
    const pages = bare[0]!.htmlPages;
    result.bare = {
      wallMs: { median: bareMedian, min: Math.min(...bareWalls), max: Math.max(...bareWalls), all: bareWalls },
      htmlPages: pages,
      peakTreeRssBytes: Math.max(...bare.map((r) => r.peakTreeRssBytes)),
      msPerPage: bareMedian / pages,
      cpuSeconds: median(bare.map((r) => r.cpuSeconds)),
      stages: Object.fromEntries(BARE_STAGES.map((key) => [key, median(bare.map((r) => r.stages?.[key] ?? 0))])) as unknown as BareStages,
    };
    result.ratioToBare = result.msPerPage / result.bare.msPerPage;
    const pairs = ours.slice(0, bare.length).map((r, i) => r.wallMs / r.htmlPages / (bare[i]!.wallMs / bare[i]!.htmlPages));
    result.pairedRatios = { median: median(pairs), min: Math.min(...pairs), max: Math.max(...pairs), all: pairs };
    result.cpuRatioToBare = result.cpuSeconds / mid.htmlPages / (result.bare.cpuSeconds / pages);
  }
  return result;
}

const fmtInt = (n: number) => Math.round(n).toLocaleString("en-GB");
const fmtS = (ms: number) => (ms / 1000).toFixed(ms >= 100_000 ? 0 : ms >= 10_000 ? 1 : 2);
const fmtMB = (bytes: number) => `${fmtInt(bytes / 1024 / 1024)} MB`;

function machine() {
  const cpu = cpus();
  const version = (pkg: string) => {
    try {
      return (JSON.parse(readFileSync(join(REPO, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
    } catch {
      return "unknown";
    }
  };
  return {
    cpu: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    ramBytes: totalmem(),
    kernel: `${process.platform} ${release()}`,
    node: process.version,
    astro: version("astro"),
    pagefind: version("pagefind"),
    date: new Date().toISOString(),
  };
}

function markdown(report: { machine: ReturnType<typeof machine>; command: string; site: string; sizes: SizeResult[] }): string {
  const { machine: m, sizes } = report;
  const lines = [
    "# Build benchmark",
    "",
    `Command: \`${report.command}\` (the site: ${report.site}). ${m.date.slice(0, 10)}, ${m.cpu}, ${m.cores} cores, ${fmtInt(m.ramBytes / 1024 ** 3)} GB RAM, ${m.kernel}, Node ${m.node}, Astro ${m.astro}, Pagefind ${m.pagefind}.`,
    "",
    "Full site: both languages, data files, charts, feeds, sitemap, search index (Pagefind); a cold build each run. " +
      "Bare: the same records through the same glob loader, one plain page per record (title and body), nothing else. " +
      "Peak memory: the summed resident memory of the build's process tree (Node and Pagefind), polled from /proc every 100 ms; the highest over the runs.",
    "",
    "| records | HTML pages | runs | wall time, median (min–max) | CPU time | peak memory | pages/s | ms per page | bare: wall time, median (pages) | bare ms per page | ratio to bare |",
    "|---:|---:|---:|---|---:|---:|---:|---:|---|---:|---:|",
  ];
  for (const s of sizes) {
    lines.push(
      `| ${fmtInt(s.records)} | ${fmtInt(s.htmlPages)} | ${s.runs} | ${fmtS(s.wallMs.median)} s (${fmtS(s.wallMs.min)}–${fmtS(s.wallMs.max)}) | ${s.cpuSeconds.toFixed(1)} s | ${fmtMB(s.peakTreeRssBytes)} | ${s.pagesPerSecond.toFixed(0)} | ${s.msPerPage.toFixed(2)} | ` +
        (s.bare
          ? `${fmtS(s.bare.wallMs.median)} s (${fmtInt(s.bare.htmlPages)}) | ${s.bare.msPerPage.toFixed(2)} | ${s.ratioToBare!.toFixed(2)}× |`
          : "– | – | – |"),
    );
  }
  const paired = sizes.filter((s) => s.pairedRatios && s.cpuRatioToBare);
  if (paired.length) {
    lines.push(
      "",
      "The ratio run by run (each site build against the bare build right after it; the builds take turns) and on CPU time: " +
        paired
          .map(
            (s) =>
              `${fmtInt(s.records)} records, ${s.pairedRatios!.all.map((r) => `${r.toFixed(2)}×`).join(", ")} (median ${s.pairedRatios!.median.toFixed(2)}×); CPU time per page ${s.cpuRatioToBare!.toFixed(2)}×`,
          )
          .join("; ") +
        ". The headline compares the medians of the runs; when the run-by-run ratios straddle a goal, the machine's noise decides which side it falls.",
    );
  }
  const contended = sizes.filter((s) => s.otherCpuSecondsMax > 0.1 * (s.wallMs.max / 1000));
  lines.push(
    "",
    "CPU time: user + system time of the build's processes (median). " +
      (contended.length
        ? `Other processes used the CPU during some runs (up to ${contended.map((s) => `${s.otherCpuSecondsMax.toFixed(0)} s at ${fmtInt(s.records)} records`).join(", ")}), so wall times there are higher than on a quiet machine.`
        : "The machine was otherwise quiet during the runs."),
    "",
    "The machine itself, from /proc/stat over each run (all cores): " +
      sizes
        .map(
          (s) =>
            `${fmtInt(s.records)} records, up to ${s.iowaitSecondsMax.toFixed(1)} s waiting on the disk and ${s.stealSecondsMax.toFixed(1)} s of CPU time taken by the host`,
        )
        .join("; ") +
      " in a run. Both slow a build without showing in its CPU time.",
  );
  lines.push(
    "",
    `At the memory peak: ${sizes
      .map(
        (s) =>
          `${fmtInt(s.records)} records, ${Object.entries(s.peakByProgram)
            .sort((a, b) => b[1] - a[1])
            .filter(([, b]) => b > 20 * 1024 * 1024)
            .map(([name, b]) => `${name} ${fmtMB(b)}`)
            .join(" + ")}`,
      )
      .join("; ")}.`,
  );
  lines.push(
    "",
    "## Stages (median seconds)",
    "",
    "| stage | what | " + sizes.map((s) => `${fmtInt(s.records)} records`).join(" | ") + " |",
    "|---|---|" + sizes.map(() => "---:").join("|") + "|",
  );
  const rows: [string, string, (s: SizeResult) => number][] = [
    ["content loading", "record validation + content layer sync + getProjects()", (s) => s.stages.validation + s.stages.contentSync + s.stages.collectionLoad],
    ["· validation", "before the content layer (now part of the content sync)", (s) => s.stages.validation],
    ["· content sync", "record loader: one read, validation, Markdown, data store", (s) => s.stages.contentSync],
    ["· collection load", "loading the data store, getCollection + deriveProject, once", (s) => s.stages.collectionLoad],
    ["types, Vite set-up", "the rest of Astro's sync before the build", (s) => s.stages.syncOther],
    ["bundling", "Vite builds, loading the bundle", (s) => s.stages.bundle],
    ["rendering", "HTML pages: getStaticPaths + render", (s) => s.stages.pagesStaticPaths + s.stages.pagesRender],
    ["data files", "endpoints (data/, projects/*.json, charts CSV, feeds): getStaticPaths + render", (s) => s.stages.dataStaticPaths + s.stages.dataRender],
    ["writing files", "Astro's per-path work outside rendering", (s) => s.stages.generateOverhead],
    ["search indexing", "scripts/search-index.ts (Pagefind), after astro build exits", (s) => s.stages.search],
    ["sitemap, headers", "astro:build:done (sitemap, _headers)", (s) => s.stages.postBuild],
    ["start-up, other", "Node and Astro start, other hooks, exit", (s) => s.stages.startup + s.stages.other],
    ["total", "wall time (median)", (s) => s.wallMs.median],
  ];
  for (const [name, what, value] of rows) lines.push(`| ${name} | ${what} | ${sizes.map((s) => fmtS(value(s))).join(" | ")} |`);
  const withBare = sizes.filter((s) => s.bare);
  if (withBare.length) {
    lines.push(
      "",
      "Bare build, same stages (median seconds):",
      "",
      "| stage | " + withBare.map((s) => `${fmtInt(s.records)} records`).join(" | ") + " |",
      "|---|" + withBare.map(() => "---:").join("|") + "|",
    );
    const bareRows: [string, (b: NonNullable<SizeResult["bare"]>) => number][] = [
      ["content sync", (b) => b.stages.contentSync],
      ["types, Vite set-up", (b) => b.stages.syncOther],
      ["bundling", (b) => b.stages.bundle],
      ["rendering", (b) => b.stages.pagesStaticPaths + b.stages.pagesRender],
      ["writing files", (b) => b.stages.generateOverhead],
      ["start-up, other", (b) => b.stages.startup + b.stages.other],
      ["total", (b) => b.wallMs.median],
    ];
    for (const [name, value] of bareRows) lines.push(`| ${name} | ${withBare.map((s) => fmtS(value(s.bare!))).join(" | ")} |`);
  }
  const largest = sizes[sizes.length - 1]!;
  lines.push(
    "",
    `## Where the time goes at ${fmtInt(largest.records)} records (median run)`,
    "",
    "| route | kind | getStaticPaths (s) | paths | render (s) | rendered output |",
    "|---|---|---:|---:|---:|---:|",
  );
  const components = new Map<string, { type: string; sp: number; paths: number; render: number; bytes: number; count: number }>();
  for (const sp of largest.medianRun.staticPaths) {
    const e = components.get(sp.component) ?? { type: isEndpoint(sp.component) ? "endpoint" : "page", sp: 0, paths: 0, render: 0, bytes: 0, count: 0 };
    e.sp += sp.ms;
    e.paths += sp.paths;
    components.set(sp.component, e);
  }
  for (const r of largest.medianRun.renders) {
    const e = components.get(r.component) ?? { type: r.type, sp: 0, paths: r.count, render: 0, bytes: 0, count: 0 };
    e.render += r.ms;
    e.bytes += r.bytes;
    e.count += r.count;
    e.type = r.type;
    components.set(r.component, e);
  }
  for (const [component, e] of [...components].sort((a, b) => b[1].sp + b[1].render - (a[1].sp + a[1].render))) {
    lines.push(`| \`${component}\` | ${e.type} | ${fmtS(e.sp)} | ${fmtInt(e.count || e.paths)} | ${fmtS(e.render)} | ${fmtMB(e.bytes)} |`);
  }
  const warm = largest.medianRun.warmUp;
  if (warm) {
    lines.push(
      "",
      `Before the routes, once: importing the project page's module with Astro's content data store ${fmtS(warm.importMs ?? 0)} s, then getProjects() (getCollection and derived figures) ${fmtS(warm.ms - (warm.importMs ?? 0))} s.`,
    );
  }
  if (largest.largestPages?.length) {
    lines.push(
      "",
      `## The largest HTML page of each kind at ${fmtInt(largest.records)} records`,
      "",
      `Gzipped at level 6, as the page-weight budgets count (bench/page-sizes.ts); a page's kind is its address with the language, ids and page numbers named. The goal: none over 100 KB.${largest.searchIndex ? ` The search index (both languages): ${fmtInt(largest.searchIndex.files)} files, ${fmtMB(largest.searchIndex.bytes)}.` : ""}`,
      "",
      "| kind | pages | largest page | as written | gzipped |",
      "|---|---:|---|---:|---:|",
    );
    for (const k of largest.largestPages) {
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      lines.push(
        `| \`${k.kind}\` | ${fmtInt(k.pages)} | \`${k.largest.path}\` | ${kb(k.largest.bytes)} | ${k.largest.gzipBytes > 100 * 1024 ? "**" : ""}${kb(k.largest.gzipBytes)}${k.largest.gzipBytes > 100 * 1024 ? "**" : ""} |`,
      );
    }
  }
  lines.push("", "Slowest single paths:", "");
  for (const p of largest.medianRun.slowest.slice(0, 10)) lines.push(`- \`${p.pathname}\`: ${fmtS(p.ms)} s`);
  lines.push(
    "",
    "How the stages are measured: a timing integration (bench/timing.ts) in a wrapper config of the scratch copy marks Astro's hooks, wraps the default prerenderer " +
      "(`setPrerenderer`) to time each route's getStaticPaths and each path's render (body read included), and takes the search-index step's own timing (scripts/search-index.ts, after astro build exits); " +
      "content sync and the Vite builds come from Astro's own timer (`ASTRO_TIMER_PATH`). getProjects() is called once before the routes so that loading the collection " +
      "is not charged to whichever route asks first. Data files are Astro endpoints, so their time is separated from page rendering by route. " +
      "The first route to ask for a shared, cached result pays for it: the chart CSV routes build the English charts also used by /charts/, and the data-file routes build the data files also listed on /data/.",
    "",
  );
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const args = readArgs();
  const m = machine();
  if (!m.node.startsWith("v24")) console.warn(`warning: running on Node ${m.node}; the project pins Node 24 (run through npm run bench)`);
  mkdirSync(args.scratch, { recursive: true });
  console.log(`benchmark: sizes ${args.sizes.join(", ")}, ${args.runs} run(s) each, scratch ${args.scratch}`);
  const sizes: SizeResult[] = [];
  for (const n of args.sizes) {
    const site = await prepareSite(args.scratch, n, args.seed, args.site);
    const bare = args.bare ? prepareBare(args.scratch, n, site) : undefined;
    console.log(`\n${fmtInt(n)} records (${site.translations} Italian translations) in ${site.root}`);
    const ours: BuildResult[] = [];
    const bares: BuildResult[] = [];
    for (let run = 1; run <= args.runs; run++) {
      const r = await build(site.root, site, `site-run${run}`, args.nodeArgs, args.astroConfig ? { AVRR_BENCH_CONFIG: args.astroConfig } : {}, args.astroArgs);
      ours.push(r);
      console.log(
        `  site run ${run}: ${fmtS(r.wallMs)} s (CPU ${r.cpuSeconds.toFixed(1)} s, others ${r.otherCpuSeconds.toFixed(1)} s, iowait ${r.iowaitSeconds.toFixed(1)} s, steal ${r.stealSeconds.toFixed(1)} s), ${fmtInt(r.htmlPages)} pages, peak ${fmtMB(r.peakTreeRssBytes)}`,
      );
      if (bare) {
        const b = await build(bare.root, bare, `bare-run${run}`, args.nodeArgs);
        bares.push(b);
        console.log(
          `  bare run ${run}: ${fmtS(b.wallMs)} s (CPU ${b.cpuSeconds.toFixed(1)} s, others ${b.otherCpuSeconds.toFixed(1)} s, iowait ${b.iowaitSeconds.toFixed(1)} s, steal ${b.stealSeconds.toFixed(1)} s), ${fmtInt(b.htmlPages)} pages, peak ${fmtMB(b.peakTreeRssBytes)}`,
        );
      }
    }
    if (ours.length) {
      const summary = summarise(n, site.translations, ours, bares);
      // The last run's site is still in place: the largest page of each kind, gzipped.
      summary.largestPages = largestPages(join(site.root, "dist"));
      summary.searchIndex = folderSize(join(site.root, "dist"), (path) => /(^|\/)pagefind(\/|$)/.test(path));
      const over = summary.largestPages.filter((k) => k.largest.gzipBytes > 100 * 1024);
      console.log(
        `  largest HTML page: ${summary.largestPages[0] ? `${(summary.largestPages[0].largest.gzipBytes / 1024).toFixed(1)} KB gzipped (${summary.largestPages[0].largest.path})` : "none"}; ${over.length} kind(s) over 100 KB`,
      );
      sizes.push(summary);
    }
  }
  if (sizes.length) writeReport(args, m, sizes);
  if (args.profile) await profile(args);
}

/** Files and bytes under `dir` whose path (relative to it) `keep` accepts. */
function folderSize(dir: string, keep: (path: string) => boolean): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name));
    if (!keep(path)) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** Which code was measured: the commit, and whether the working tree had changes. */
function describeSite(site: string): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: site, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "data", "public", "content/pages", "astro.config.mjs", "package.json"], {
      cwd: site,
      encoding: "utf8",
    }).trim();
    return `${site === REPO ? "this repository" : site} at ${commit}${dirty ? " with uncommitted changes" : ""}`;
  } catch {
    return site === REPO ? "this repository" : site;
  }
}

function writeReport(args: Args, m: ReturnType<typeof machine>, sizes: SizeResult[]): void {
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`;
  const report = { machine: m, command, site: describeSite(args.site), buildDate: BENCH_BUILD_DATE, seed: args.seed, sizes };
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, "results.json"), `${JSON.stringify(report, null, 2)}\n`);
  const md = markdown(report);
  writeFileSync(join(args.out, "results.md"), md);
  console.log(`\n${md}`);
  console.log(`wrote ${relative(process.cwd(), join(args.out, "results.json"))} and results.md`);
}

/** One more build of the largest size under `node --cpu-prof`, read by bench/profile.ts. */
async function profile(args: Args): Promise<void> {
  const n = Math.max(...args.sizes);
  const root = join(args.scratch, `site-${n}`);
  const site: Scratch = { root, recordsDir: join(root, "content/projects"), translationsDir: join(root, "content/translations") };
  const profileDir = join(root, "bench-profile");
  rmSync(profileDir, { recursive: true, force: true });
  console.log(`\nprofiling one build of ${fmtInt(n)} records (node --cpu-prof) into ${profileDir}`);
  const r = await build(root, site, "site-profile", ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, "--cpu-prof-interval=1000"], {
    AVRR_BENCH_KEEP_PRERENDER: join(profileDir, "prerender"),
    AVRR_BENCH_SOURCEMAP: "1",
  });
  console.log(`  profiled build: ${fmtS(r.wallMs)} s (slower than unprofiled builds)`);
  const { analyseProfiles } = await import("./profile.ts");
  const summary = analyseProfiles(profileDir, { top: 40 });
  writeFileSync(join(profileDir, "summary.txt"), summary);
  console.log(summary);
  console.log(`wrote ${join(profileDir, "summary.txt")}`);
}

await main();
