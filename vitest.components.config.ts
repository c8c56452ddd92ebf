/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

/**
 * Component examples (tests/components): each component in src/components rendered alone from
 * fixture props by Astro's Container API, which needs Astro's Vite set-up (getViteConfig).
 */
export default getViteConfig(
  {
    test: {
      include: ["tests/components/**/*.test.ts"],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  },
  // The markup as a build writes it, without the dev toolbar's source annotations.
  { devToolbar: { enabled: false } },
);
