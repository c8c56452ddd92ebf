import { defineConfig } from "vitest/config";

/** The browser suite: built site served by nginx, driven in Debian's Chromium. */
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.spec.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    // Every test checks one page or one feature (the sweeps are a test per page), so none
    // needs long; these leave room for a loaded two-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: one browser-driving file at a time keeps timings steady.
    fileParallelism: false,
  },
});
