/*
 * Before the first paint (a classic script in <head>, which the browser runs before it draws
 * anything): says on <html> what the address asks the page's own script to show once it has
 * fetched it, a comparison (`?ids=`: data-comparing), search results (`?q=`: data-searching), or
 * on the project list (the script tag's `data-list`) a filter or an order (data-filtering) and a
 * chart's value (`?chart=`: data-chart-filter), so that the stylesheet keeps their room, or hides
 * what they replace, from the start and nothing moves when they come. It only reads the address;
 * the page works the same without it.
 */
(() => {
  const params = new window.URLSearchParams(location.search);
  const root = document.documentElement;
  const given = (name) => params.getAll(name).some((value) => value.trim() !== "");
  if (given("ids")) root.dataset.comparing = "";
  if ((params.get("q") ?? "").trim() !== "") root.dataset.searching = "";
  const script = document.currentScript;
  if (script && script.dataset.list !== undefined) {
    // The list's filters and its order (src/scripts/project-filters.ts).
    const names = ["q", "member_state", "fund", "period", "status", "managing_entity", "element", "has_results", "has_budget", "chart", "sort"];
    if (names.some(given)) root.dataset.filtering = "";
    if (given("chart")) root.dataset.chartFilter = "";
  }
})();
