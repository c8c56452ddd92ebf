/**
 * The reader's state survives a language switch: the links to the other languages (BaseLayout,
 * `data-language-link`) carry the page's query (filters, sort, compared ids, search words) and
 * fragment. The page scripts that keep state in the address import this module; pages without
 * JavaScript (project pages) have no such state, and their links stay as built.
 */
function keepState(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-language-link]")) {
    const target = new URL(link.getAttribute("href") ?? "/", location.href);
    link.setAttribute("href", `${target.pathname}${location.search}${location.hash}`);
  }
}

// The address changes by history (filters, search), by the fragment, and by Back and Forward.
for (const method of ["pushState", "replaceState"] as const) {
  const original = history[method].bind(history);
  history[method] = (...args: Parameters<History["pushState"]>) => {
    original(...args);
    keepState();
  };
}
window.addEventListener("popstate", keepState);
window.addEventListener("hashchange", keepState);
keepState();
