/**
 * Captions for the tables of the prose pages (MDX, GitHub-flavoured Markdown tables), which
 * Markdown cannot caption: a paragraph `Table: …` right before a table becomes its <caption>
 * (the convention of Pandoc), and the table is put in the same keyboard-reachable scroll region,
 * named by that caption, as every other table of the site (src/components/TableRegion.astro).
 * A table without such a paragraph stops the build, naming the file: every table has a name.
 */
import type { Element, ElementContent, Root, RootContent, Text } from "hast";

const PREFIX = "Table: ";

const isElement = (node: RootContent | ElementContent | undefined, tag?: string): node is Element =>
  node?.type === "element" && (tag === undefined || node.tagName === tag);
const isBlank = (node: RootContent | ElementContent) => node.type === "text" && node.value.trim() === "";
const textOf = (node: ElementContent): string => (node.type === "text" ? node.value : node.type === "element" ? node.children.map(textOf).join("") : "");

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The rehype plugin. */
export function rehypeTableCaptions() {
  return (tree: Root, file: { path?: string }) => {
    const ids = new Set<string>();
    const visit = (parent: Root | Element) => {
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i]!;
        if (!isElement(node)) continue;
        if (node.tagName !== "table") {
          visit(node);
          continue;
        }
        let before = i - 1;
        while (before >= 0 && isBlank(parent.children[before]!)) before--;
        const paragraph = parent.children[before];
        if (!isElement(paragraph, "p") || !textOf(paragraph).startsWith(PREFIX)) {
          const head = node.children.find((c) => isElement(c, "thead"));
          throw new Error(
            `${file.path ?? "a page"}: the table "${head ? textOf(head).trim().slice(0, 60) : "…"}" has no caption: write a paragraph "${PREFIX}<what the table shows>" right before it`,
          );
        }
        const first = paragraph.children[0] as Text;
        const content = [{ ...first, value: first.value.slice(PREFIX.length) }, ...paragraph.children.slice(1)];
        let id = `table-${slug(textOf({ ...paragraph, children: content }))}`;
        while (ids.has(id)) id += "-2";
        ids.add(id);
        const caption: Element = { type: "element", tagName: "caption", properties: { id }, children: content };
        const table: Element = { ...node, children: [caption, ...node.children] };
        const region: Element = {
          type: "element",
          tagName: "div",
          properties: { className: ["table-wrap"], role: "region", ariaLabelledBy: [id], tabIndex: 0 },
          children: [table],
        };
        // The paragraph is replaced by the table in its region.
        parent.children.splice(before, i - before + 1, region);
        i = before;
      }
    };
    visit(tree);
  };
}
