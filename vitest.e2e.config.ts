import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The sweep (a test per page and check, about 40 % of the suite's time) starts first, so that
 * the other files share the second worker while it runs; without it the order on a fresh clone
 * (no timings cached yet) would be by file size, and a sweep started last would run alone.
 */
class SweepFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isSweep = (file: TestSpecification) => file.moduleId.endsWith("/sweep.spec.ts");
    return [...sorted.filter(isSweep), ...sorted.filter((file) => !isSweep(file))];
  }
}

/** The browser suite: built site served by nginx, driven in Debian's Chromium. */
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.spec.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    // Every test checks one page or one feature (the sweeps are a test per page), so none
    // needs long; these leave room for a loaded two-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two files at a time, each with its own Chromium: on two cores the suite took 209–256 s in
    // three runs on 6 December, against 289 s one file at a time (the tests wait for states, not
    // for time, so a loaded machine makes them slower, not different).
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: SweepFirst },
  },
});
