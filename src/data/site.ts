/**
 * The project's public repository, where readers suggest corrections (a new issue from the form
 * in .github/ISSUE_TEMPLATE/correction.yml) and edit records (GitHub's web editor). Like the
 * site's address (astro.config.mjs `site`), this is the address the site will use once it is
 * deployed: a placeholder until then; change both together. `branch` is the branch the site is
 * built from.
 */
export const REPOSITORY = { url: "https://github.com/avrr-transparency/avrr-transparency", branch: "main" } as const;
