/**
 * Programme design elements (data/elements.json) and the projects whose sources describe
 * each one. An element a record does not list is "not reported", never "not used".
 */
import type { Project } from "../lib/derive.ts";
import type { Element } from "../lib/schema/reference-data.ts";
import { getProjects } from "./projects.ts";
import { elementVocabulary } from "./reference.ts";

export interface ElementUse {
  element: Element;
  /** Projects that list the element, in the site's order (newest first). */
  projects: Project[];
}

export interface AreaUse {
  id: string;
  label: Element["label"];
  elements: ElementUse[];
}

export interface ElementsOverview {
  areas: AreaUse[];
  /** Elements at least one record's sources describe, in vocabulary order. */
  supported: ElementUse[];
  /** Elements no record lists yet. */
  unreported: Element[];
  /** Projects that list at least one element. */
  withElements: Project[];
  /** All projects. */
  total: number;
}

let cache: Promise<ElementsOverview> | undefined;

export function getElementsOverview(): Promise<ElementsOverview> {
  cache ??= load();
  return cache;
}

const byId = new Map(elementVocabulary.elements.map((e) => [e.id, e]));

/** The vocabulary entry of an element id (ids are checked against data/elements.json at build). */
export function elementOf(id: string): Element {
  const element = byId.get(id);
  if (!element) throw new Error(`element "${id}" is not in data/elements.json`);
  return element;
}

async function load(): Promise<ElementsOverview> {
  const projects = (await getProjects()).map((item) => item.project);
  const uses = elementVocabulary.elements.map((element): ElementUse => ({ element, projects: projects.filter((p) => p.elements.includes(element.id)) }));
  return {
    areas: elementVocabulary.areas.map((area) => ({ id: area.id, label: area.label, elements: uses.filter((u) => u.element.area === area.id) })),
    supported: uses.filter((u) => u.projects.length > 0),
    unreported: uses.filter((u) => u.projects.length === 0).map((u) => u.element),
    withElements: projects.filter((p) => p.elements.length > 0),
    total: projects.length,
  };
}
