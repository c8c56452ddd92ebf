/**
 * The only module that reads the project collection. Returns plain objects with derived
 * figures; pages and components never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { compareNewestFirst, deriveProject, statusDay, type Project } from "../lib/derive.ts";
import { toPrecisionDate } from "../lib/dates.ts";
import { toPublishedProject, type PublishedProject } from "../lib/present/published-project.ts";
import type { Relation } from "../lib/schema/related.ts";
import { indicators, organisationIndex } from "./reference.ts";
import { resolveOrganisation, resolvedId } from "../lib/organisations.ts";

export interface ProjectLink {
  id: string;
  title: string;
  acronym?: string;
  /** How the linked project relates to this one. */
  relation: Relation | "successor-of-this" | "predecessor-of-this" | "has-part";
}

export interface ProjectWithLinks {
  project: Project;
  entry: CollectionEntry<"projects">;
  /** Outgoing links, plus the inverse of every link pointing here, without duplicates. */
  links: ProjectLink[];
  /** The published form (`/projects/<id>.json`), from which every page writes the key figures. */
  published: PublishedProject;
}

const INVERSE: Record<Relation, ProjectLink["relation"]> = {
  predecessor: "successor-of-this",
  successor: "predecessor-of-this",
  "part-of": "has-part",
};

let cache: Promise<ProjectWithLinks[]> | undefined;
let statusCache: Promise<Date> | undefined;

/** The day every project's status is stated for: the data's date (the latest `checked` day of all records). */
export function getStatusDate(): Promise<Date> {
  statusCache ??= getProjects().then((items) => statusDay(items.map((item) => item.project.checked)));
  return statusCache;
}

/** The organisation id a record's organisation text resolves to (an id, or one organisation's name). */
const organisationId = (name: string) => resolvedId(resolveOrganisation(name, organisationIndex));

/** Every record, newest first, with related projects linked in both directions. */
export function getProjects(): Promise<ProjectWithLinks[]> {
  cache ??= load();
  return cache;
}

async function load(): Promise<ProjectWithLinks[]> {
  const entries = await getCollection("projects");
  const titles = new Map<string, Record<string, string>>();
  for (const translation of await getCollection("translations")) {
    const [lang, id] = translation.id.split("/") as [string, string];
    titles.set(id, { ...titles.get(id), [lang]: translation.data.title });
  }
  const order = indicators.map((i) => i.id);
  // Statuses are stated as of the data's date, as the files state them, not as of the build day.
  const asOf = statusDay(entries.map((entry) => toPrecisionDate(entry.data.checked)));
  const projects = entries.map((entry) => ({ entry, project: deriveProject(entry.id, entry.data, asOf, order, organisationId) }));
  const byId = new Map(projects.map((p) => [p.project.id, p.project]));
  const linksById = new Map<string, ProjectLink[]>(projects.map((p) => [p.project.id, []]));
  const addLink = (from: string, to: string, relation: ProjectLink["relation"]) => {
    const target = byId.get(to);
    const list = linksById.get(from);
    if (!target || !list || list.some((link) => link.id === to)) return;
    list.push({ id: to, title: target.title, ...(target.acronym ? { acronym: target.acronym } : {}), relation });
  };
  for (const { project } of projects) {
    for (const link of project.related) addLink(project.id, link.id, link.relation);
  }
  for (const { project } of projects) {
    for (const link of project.related) addLink(link.id, project.id, INVERSE[link.relation]);
  }
  return projects
    .map(({ entry, project }) => {
      const links = linksById.get(project.id) ?? [];
      return { entry, project, links, published: toPublishedProject(project, entry.data, links, titles.get(project.id)) };
    })
    .sort((a, b) => compareNewestFirst(a.project, b.project));
}
