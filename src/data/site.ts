/**
 * Where readers send corrections. Like the site's address (astro.config.mjs `site`), this is
 * the address the site will use once it is deployed; change both together.
 */
export const CORRECTIONS_EMAIL = "corrections@avrr-transparency.eu";
