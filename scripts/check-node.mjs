// Fails fast when npm falls back to an old system Node: Astro 7 needs Node >= 22.12.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node ${process.version} is too old: this project needs Node >= 22.12 (Node 24 LTS is pinned as a devDependency).\n` +
      "Run `npm install` with the `node` install script allowed (package.json `allowScripts`), so that npm runs scripts with the pinned Node.",
  );
  process.exit(1);
}
console.log(`Node ${process.version}`);
