/**
 * The page's script says on <html> (`data-ready`) when it has drawn what the address asks for
 * (the filtered list, the search results, the comparison), and takes it back while it draws
 * again: the browser suite waits for this state rather than for time.
 */
export function markReady(ready: boolean): void {
  if (ready) document.documentElement.dataset.ready = "";
  else delete document.documentElement.dataset.ready;
}
