/** Builds the real site once for the build tests. */
import { runAstroBuild } from "./helpers.ts";

export default function setup() {
  const { status, output } = runAstroBuild();
  if (status !== 0) throw new Error(`astro build failed:\n${output}`);
}
