/** The build tests read dist/: built here unless it is already the build of the current inputs (site-build.ts). */
import { ensureSiteBuilt } from "./site-build.ts";

export default function setup() {
  ensureSiteBuilt();
}
