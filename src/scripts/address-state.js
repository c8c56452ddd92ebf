/*
 * Before the first paint (a classic script in <head>, which the browser runs before it draws
 * anything): says on <html> what the address asks the page's own script to show once it has
 * fetched it, a comparison (`?ids=`: data-comparing) or search results (`?q=`: data-searching),
 * so that the stylesheet keeps their room from the start and nothing moves when they come.
 * It only reads the address; the page works the same without it.
 */
(() => {
  const params = new window.URLSearchParams(location.search);
  const root = document.documentElement;
  if (params.getAll("ids").some((value) => value.trim() !== "")) root.dataset.comparing = "";
  if ((params.get("q") ?? "").trim() !== "") root.dataset.searching = "";
})();
