/**
 * Build-stage timing for the benchmark (bench/run.ts). Never part of the site: bench/run.ts
 * copies this file into a scratch copy of the site and adds these integrations around the
 * site's own ones in a wrapper config (`astro.bench.config.mjs`).
 *
 * What it records, in milliseconds since the build process started (`performance.now()`):
 * - marks at Astro's integration hooks (config setup and done, build start, setup,
 *   generated, done) and around the search-index integration's `astro:build:done`;
 * - through `setPrerenderer` (the `astro:build:start` hook), the time Astro spends
 *   importing the prerender bundle, collecting every route's static paths (per route), and
 *   rendering each path (per route component; the response body is read inside the timing,
 *   so streamed pages are measured whole).
 * The record is written as JSON to `$AVRR_BENCH_TIMINGS` at the end of `astro:build:done`.
 * With `$AVRR_BENCH_KEEP_PRERENDER` set to a folder, the prerender bundle (which Astro deletes
 * after generating the pages) is copied there first, so that a CPU profile can be read
 * against the code that ran.
 */
import { cpSync, existsSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroPrerenderer, PathWithRoute, PrerenderResult, RouteData } from "astro";

export interface RouteTiming {
  component: string;
  /** `page`, `endpoint`, `redirect` or `fallback`. */
  type: string;
  ms: number;
  count: number;
  bytes: number;
}

export interface StaticPathsTiming {
  component: string;
  ms: number;
  paths: number;
}

export interface BenchTimings {
  /** Milliseconds since the process started, by mark name. */
  marks: Record<string, number>;
  /**
   * The warm-up route (see `warmUpComponent`), before all others: `importMs` to import its module
   * (with Astro's content data store the first time), `ms` in all, its getStaticPaths included.
   */
  warmUp?: { component: string; importMs: number; ms: number };
  /** Time of each route's getStaticPaths (including importing its module the first time). */
  staticPaths: StaticPathsTiming[];
  /** Render time per route component, summed over its paths. */
  renders: RouteTiming[];
  /** The slowest single paths. */
  slowest: { pathname: string; component: string; ms: number }[];
}

export interface BenchTimingOptions {
  /**
   * A route component (matched at the end of its path) whose getStaticPaths is called once
   * before Astro collects all routes' paths, to load the content collection outside of any
   * one route's timing. Its result is discarded; Astro calls it again as usual.
   */
  warmUpComponent?: string;
}

interface PrerenderApp {
  getComponentByRoute: (route: RouteData) => Promise<{ getStaticPaths?: (options: unknown) => unknown }>;
  manifest: { routes: { routeData: RouteData }[] };
}

const SLOWEST = 15;

export function benchTimingIntegrations(options: BenchTimingOptions = {}) {
  const timings: BenchTimings = { marks: {}, staticPaths: [], renders: [], slowest: [] };
  const mark = (name: string) => {
    timings.marks[name] ??= performance.now();
  };
  const renders = new Map<string, RouteTiming>();
  let outDir: URL | undefined;

  function wrap(defaultPrerenderer: AstroPrerenderer): AstroPrerenderer {
    const app = () => (defaultPrerenderer as AstroPrerenderer & { app?: PrerenderApp }).app;
    return {
      ...defaultPrerenderer,
      name: `${defaultPrerenderer.name}+bench-timing`,
      async setup() {
        mark("prerender:setup:start");
        await defaultPrerenderer.setup?.();
        mark("prerender:setup:end");
      },
      async getStaticPaths(): Promise<PathWithRoute[]> {
        mark("staticPaths:start");
        const prerenderApp = app();
        let restore = () => {};
        if (prerenderApp && typeof prerenderApp.getComponentByRoute === "function") {
          const original = prerenderApp.getComponentByRoute.bind(prerenderApp);
          if (options.warmUpComponent) {
            const target = prerenderApp.manifest.routes.find((r) => r.routeData.component.endsWith(options.warmUpComponent!));
            if (target) {
              const start = performance.now();
              const mod = await original(target.routeData);
              const importMs = performance.now() - start;
              await mod.getStaticPaths?.({ paginate: () => [], routePattern: target.routeData.route });
              timings.warmUp = { component: target.routeData.component, importMs, ms: performance.now() - start };
            }
          }
          // Astro asks for each route's module just before calling its getStaticPaths, one route
          // at a time: the time between two asks is the earlier route's getStaticPaths.
          let open: { component: string; start: number } | undefined;
          const close = () => {
            if (open) timings.staticPaths.push({ component: open.component, ms: performance.now() - open.start, paths: 0 });
            open = undefined;
          };
          prerenderApp.getComponentByRoute = async (route: RouteData) => {
            close();
            const start = performance.now();
            const mod = await original(route);
            open = { component: route.component, start };
            return mod;
          };
          restore = () => {
            close();
            delete (prerenderApp as Partial<PrerenderApp>).getComponentByRoute;
            if (typeof prerenderApp.getComponentByRoute !== "function") prerenderApp.getComponentByRoute = original;
          };
        }
        try {
          const paths = await defaultPrerenderer.getStaticPaths();
          const counts = new Map<string, number>();
          for (const path of paths) counts.set(path.route.component, (counts.get(path.route.component) ?? 0) + 1);
          restore();
          for (const entry of timings.staticPaths) entry.paths = counts.get(entry.component) ?? 0;
          return paths;
        } finally {
          restore();
          mark("staticPaths:end");
        }
      },
      async render(request, renderOptions) {
        mark("render:first");
        const start = performance.now();
        const result = await defaultPrerenderer.render(request, renderOptions);
        const response = result instanceof Response ? result : result.response;
        let bytes = 0;
        let out: Response | PrerenderResult = result;
        if (response.body !== null) {
          const body = await response.arrayBuffer();
          bytes = body.byteLength;
          const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
          out = result instanceof Response ? copy : { ...result, response: copy };
        }
        const ms = performance.now() - start;
        const route = renderOptions.routeData;
        const entry = renders.get(route.component) ?? { component: route.component, type: route.type, ms: 0, count: 0, bytes: 0 };
        entry.ms += ms;
        entry.count += 1;
        entry.bytes += bytes;
        renders.set(route.component, entry);
        const pathname = new URL(request.url).pathname;
        if (timings.slowest.length < SLOWEST || ms > timings.slowest.at(-1)!.ms) {
          timings.slowest.push({ pathname, component: route.component, ms });
          timings.slowest.sort((a, b) => b.ms - a.ms);
          timings.slowest.length = Math.min(timings.slowest.length, SLOWEST);
        }
        timings.marks["render:last"] = performance.now();
        return out;
      },
      async teardown() {
        await defaultPrerenderer.teardown?.();
        const keep = process.env.AVRR_BENCH_KEEP_PRERENDER;
        const bundle = outDir && new URL("./.prerender/", outDir);
        if (keep && bundle && existsSync(bundle)) cpSync(fileURLToPath(bundle), keep, { recursive: true });
        mark("prerender:teardown");
      },
    };
  }

  const marker = (name: string, hooks: AstroIntegration["hooks"]): AstroIntegration => ({ name: `bench:${name}`, hooks });

  return {
    /** Put first: marks the start of config setup, wraps the prerenderer, marks each build hook. */
    first: marker("timing-first", {
      "astro:config:setup": () => mark("config:setup"),
      "astro:config:done": ({ config }) => {
        mark("config:done");
        outDir = config.outDir;
      },
      "astro:build:start": ({ setPrerenderer }) => {
        mark("build:start");
        setPrerenderer(wrap);
      },
      "astro:build:setup": () => mark("build:setup"),
      "astro:build:generated": () => mark("build:generated"),
      "astro:build:done": () => mark("build:done:start"),
    }),
    /** Put right after the integration whose config setup validates the records. */
    afterValidation: marker("timing-after-validation", { "astro:config:setup": () => mark("validation:end") }),
    beforeSearch: marker("timing-before-search", { "astro:build:done": () => mark("search:start") }),
    afterSearch: marker("timing-after-search", { "astro:build:done": () => mark("search:end") }),
    /** Put last: marks the end of `astro:build:done` and writes the record. */
    last: marker("timing-last", {
      "astro:build:done": () => {
        mark("build:done:end");
        timings.renders = [...renders.values()].sort((a, b) => b.ms - a.ms);
        const path = process.env.AVRR_BENCH_TIMINGS;
        if (path) writeFileSync(path, `${JSON.stringify(timings, null, 2)}\n`);
      },
    }),
  };
}
