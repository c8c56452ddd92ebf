import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The build tests read dist/, built once here.
    globalSetup: ["tests/build/global-setup.ts"],
    // The build tests run `astro build`, which takes a while on two cores.
    testTimeout: 20_000,
    hookTimeout: 600_000,
  },
});
