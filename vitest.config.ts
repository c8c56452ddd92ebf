import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The component examples need Astro's Vite set-up: vitest.components.config.ts.
    exclude: ["tests/components/**"],
    // The build tests read dist/, built here unless it is already the build of the current
    // inputs (tests/build/site-build.ts); the browser suite then uses the same dist/.
    globalSetup: ["tests/build/global-setup.ts"],
    // The two tests that run a build of their own say how long they may take.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
