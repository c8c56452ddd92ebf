/** The day the site is built (BUILD_DATE, set in astro.config.mjs). Status is stated as of it. */
export const buildDateText: string = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
export const buildDate: Date = new Date(`${buildDateText}T00:00:00Z`);
