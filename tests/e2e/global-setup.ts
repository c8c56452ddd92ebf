/**
 * Serves the built site and the broken fixture site with nginx for the browser suite. The site
 * is built first unless dist/ is already the build of the current inputs, as it is when
 * `npm test` has just run the build tests (tests/build/site-build.ts): one build per `npm test`.
 */
import type { TestProject } from "vitest/node";
import { join } from "node:path";
import { root } from "../build/helpers.ts";
import { ensureSiteBuilt } from "../build/site-build.ts";
import { startNginx } from "./nginx.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    brokenUrl: string;
    /** The HTTPS server of deploy/nginx/avrr.conf, and the certificate to trust for it. */
    httpsUrl: string;
    httpsCertificate: string;
    /** The HTTP server of deploy/nginx/avrr.conf, which redirects to HTTPS. */
    redirectUrl: string;
  }
}

export default async function setup(project: TestProject) {
  ensureSiteBuilt();
  const nginx = await startNginx(root, [join(root, "dist"), join(root, "tests/fixtures/broken-site")]);
  project.provide("siteUrl", nginx.urls[0]!);
  project.provide("brokenUrl", nginx.urls[1]!);
  project.provide("httpsUrl", nginx.https.url);
  project.provide("httpsCertificate", nginx.https.certificate);
  project.provide("redirectUrl", nginx.redirectUrl);
  return () => nginx.stop();
}
