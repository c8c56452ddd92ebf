import { defineConfig } from "vitest/config";

/** The browser suite: built site served by nginx, driven in Debian's Chromium. */
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.spec.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Two cores: one browser-driving file at a time keeps timings steady.
    fileParallelism: false,
  },
});
