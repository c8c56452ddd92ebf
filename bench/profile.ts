/**
 * Reads the V8 CPU profiles of a build (`node --cpu-prof`, written by `npm run bench -- --profile`)
 * and lists where the time went: self time by package or source file, the functions with the
 * most self time, and the site's own functions with the most total (inclusive) time.
 *
 * The site's code runs from Astro's prerender bundle, which Astro deletes after the build;
 * bench/timing.ts copies it (with source maps) into `<profile dir>/prerender/`, and positions
 * in it are mapped back to `src/` files and lines here.
 *
 *   node bench/profile.ts <profile dir> [--top 40]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

// ---------------------------------------------------------------------------------------------
// Source maps (only what is needed: map a generated line and column to a source and line)

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Per generated line: segments [column, source index, source line], sorted by column. */
type DecodedMap = { sources: string[]; lines: [number, number, number][][] };

function decodeMappings(mappings: string): [number, number, number][][] {
  const lines: [number, number, number][][] = [];
  let source = 0;
  let sourceLine = 0;
  // The fourth field (source column) is not needed: lines are enough to name a place in src/.
  for (const line of mappings.split(";")) {
    const segments: [number, number, number][] = [];
    let column = 0;
    for (const segment of line.split(",")) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0] ?? 0;
      if (values.length >= 4) {
        source += values[1]!;
        sourceLine += values[2]!;
        segments.push([column, source, sourceLine]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

const maps = new Map<string, DecodedMap | undefined>();

function loadMap(file: string): DecodedMap | undefined {
  if (maps.has(file)) return maps.get(file);
  let decoded: DecodedMap | undefined;
  const mapFile = `${file}.map`;
  if (existsSync(mapFile)) {
    const raw = JSON.parse(readFileSync(mapFile, "utf8")) as { sources: string[]; mappings: string };
    decoded = { sources: raw.sources, lines: decodeMappings(raw.mappings) };
  }
  maps.set(file, decoded);
  return decoded;
}

/** The source file and 1-based line of a 0-based generated position, if a map says. */
function mapPosition(file: string, line: number, column: number): { source: string; line: number } | undefined {
  const map = loadMap(file);
  const segments = map?.lines[line];
  if (!map || !segments?.length) return undefined;
  let best = segments[0]!;
  for (const segment of segments) {
    if (segment[0] <= column) best = segment;
    else break;
  }
  const source = map.sources[best[1]];
  return source === undefined ? undefined : { source: source.replace(/^(\.\.\/)+/, ""), line: best[2] + 1 };
}

// ---------------------------------------------------------------------------------------------

export interface ProfileOptions {
  top?: number;
}

interface Location {
  /** What the time is charged to: a package, a source file, or a V8/Node category. */
  owner: string;
  /** `function (file:line)`. */
  label: string;
  /** The function is the site's own code (src/). */
  own: boolean;
}

function locate(frame: CallFrame, prerenderCopy: string | undefined): Location {
  const name = frame.functionName || "(anonymous)";
  const url = frame.url;
  if (!url) {
    return { owner: name.startsWith("(") ? name : "(native/V8)", label: name, own: false };
  }
  if (url.startsWith("node:")) return { owner: "node internals", label: `${name} (${url}:${frame.lineNumber + 1})`, own: false };
  let path = url.startsWith("file://") ? fileURLToPath(url) : url;
  // Code of the prerender bundle: map it back to the source, where the copy and its maps exist.
  const bundle = path.indexOf("/.prerender/");
  if (bundle >= 0 && prerenderCopy) {
    const copy = join(prerenderCopy, path.slice(bundle + "/.prerender/".length));
    const mapped = mapPosition(copy, frame.lineNumber, frame.columnNumber);
    if (mapped) path = mapped.source;
    else path = `prerender bundle ${path.slice(bundle + "/.prerender/".length)}`;
    if (mapped) {
      const own = /(^|\/)src\//.test(mapped.source) || mapped.source.startsWith("content/");
      const source = own ? mapped.source.slice(mapped.source.search(/(^|\/)(src|content)\//)).replace(/^\//, "") : mapped.source;
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
      return { owner: own ? source : (pkg ?? source), label: `${name} (${source}:${mapped.line})`, own };
    }
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  const own = !pkg && /\/src\//.test(path);
  const short = pkg ? path.slice(path.lastIndexOf(`node_modules/${pkg}`) + "node_modules/".length) : path;
  return { owner: pkg ?? path, label: `${name} (${short}:${frame.lineNumber + 1})`, own };
}

export function analyseProfiles(dir: string, options: ProfileOptions = {}): string {
  const top = options.top ?? 30;
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  if (files.length === 0) return `no .cpuprofile in ${dir}`;
  const prerenderCopy = existsSync(join(dir, "prerender")) ? join(dir, "prerender") : undefined;
  const out: string[] = [];
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile;
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const locations = new Map<number, Location>();
    for (const n of profile.nodes) locations.set(n.id, locate(n.callFrame, prerenderCopy));
    const selfByLabel = new Map<string, number>();
    const selfByOwner = new Map<string, number>();
    const totalByLabel = new Map<string, number>();
    const totalByOwnFile = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
      total += dt;
      const loc = locations.get(id)!;
      selfByLabel.set(loc.label, (selfByLabel.get(loc.label) ?? 0) + dt);
      selfByOwner.set(loc.owner, (selfByOwner.get(loc.owner) ?? 0) + dt);
      // Inclusive time: every own function (and own file) on the stack, once per sample.
      const seen = new Set<string>();
      const seenFiles = new Set<string>();
      for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
        const l = locations.get(node)!;
        if (!l.own) continue;
        if (!seen.has(l.label)) {
          seen.add(l.label);
          totalByLabel.set(l.label, (totalByLabel.get(l.label) ?? 0) + dt);
        }
        if (!seenFiles.has(l.owner)) {
          seenFiles.add(l.owner);
          totalByOwnFile.set(l.owner, (totalByOwnFile.get(l.owner) ?? 0) + dt);
        }
      }
    });
    const rows = (map: Map<string, number>, n: number) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, ms]) => `${(ms / 1000).toFixed(2).padStart(8)} s ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
    out.push(
      `# ${file}: ${(total / 1000).toFixed(1)} s sampled${prerenderCopy ? "" : " (no prerender copy: bundle positions not mapped)"}`,
      "",
      "## Self time by package or source file",
      ...rows(selfByOwner, top),
      "",
      "## Functions with the most self time",
      ...rows(selfByLabel, top),
      "",
      "## The site's own files: total time (callees included)",
      ...rows(totalByOwnFile, top),
      "",
      "## The site's own functions: total time (callees included)",
      ...rows(totalByLabel, top),
      "",
    );
  }
  return out.join("\n");
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "40" } } });
  const dir = positionals[0];
  if (!dir) throw new Error("give the folder of the .cpuprofile files");
  console.log(analyseProfiles(dir, { top: Number(values.top) }));
}
