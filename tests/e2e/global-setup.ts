/** Builds the site, then serves it and the broken fixture site with nginx for the browser suite. */
import type { TestProject } from "vitest/node";
import { join } from "node:path";
import { root, runAstroBuild } from "../build/helpers.ts";
import { startNginx } from "./nginx.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    brokenUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const { status, output } = runAstroBuild();
  if (status !== 0) throw new Error(`astro build failed:\n${output}`);
  const nginx = await startNginx(root, [join(root, "dist"), join(root, "tests/fixtures/broken-site")]);
  project.provide("siteUrl", nginx.urls[0]!);
  project.provide("brokenUrl", nginx.urls[1]!);
  return () => nginx.stop();
}
