/**
 * What /organisations/ and /organisations/<id>/ render: each organisation's names, seat,
 * type, the organisation it is a unit of and its units, its identifiers with their sources,
 * and its projects: those it manages itself or through a unit (an IOM country office counts
 * for IOM), with the group figures the country and fund pages give, and those it is a partner in.
 */
import { selfAndParents } from "../../lib/organisations.ts";
import type { Organisation } from "../../lib/schema/reference-data.ts";
import type { Project } from "../../lib/derive.ts";
import { getProjects } from "../projects.ts";
import { organisationIndex, organisations } from "../reference.ts";
import { getGroupView, itemsOf, type GroupView } from "./groups.ts";
import { projectRows, type ProjectRow } from "./project-rows.ts";
import { PAGE_SIZE, pageSlice } from "../../lib/present/paging.ts";
import { useLocalization } from "../../i18n/index.ts";

export interface OrganisationLink {
  id: string;
  href: string;
  name: string;
}

export interface OrganisationListEntry extends OrganisationLink {
  /** Projects it manages itself or through its units. */
  managed: { value: number; text: string };
  /** Projects that list it (or one of its units) as a partner. */
  partner: { value: number; text: string };
  country?: string | undefined;
}

export interface OrganisationView {
  organisation: Organisation;
  name: string;
  /** The other names it goes by on this site: English or Italian name, own name. */
  otherNames: string[];
  country?: string | undefined;
  type: { code: string; label: string };
  parent?: OrganisationLink | undefined;
  units: (OrganisationLink & { managed: number })[];
  /** IATI references (`XM-DAC-47066`) with the register page that states each, and a short label for the link. */
  identifiers: { ref: string; source: string; sourceLabel: string }[];
  /** Projects it manages itself or through its units, newest first. */
  managed: Project[];
  /** How many of `managed` its units manage. */
  managedByUnits: number;
  group: GroupView;
  /** Projects that list it or one of its units as a partner, and that it does not manage. */
  /** The newest PAGE_SIZE projects it is a partner of. */
  partnerRows: ProjectRow[];
  /** Says how many more there are, where there are more. */
  partnerMore: string | undefined;
  /** The spellings records use for it. */
  aliases: string[];
}

function link(organisation: Organisation, lang: string): OrganisationLink {
  const l = useLocalization(lang);
  return { id: organisation.id, href: l.path(`/organisations/${organisation.id}/`), name: l.text(organisation.name) };
}

/**
 * Each organisation's projects, newest first, built in one pass over the records: those it
 * manages itself or through one of its units, and those it (or a unit) is a partner of.
 */
interface OrganisationProjects {
  managed: Project[];
  partner: Project[];
}
let byOrganisation: Promise<Map<string, OrganisationProjects>> | undefined;

function projectsByOrganisation(): Promise<Map<string, OrganisationProjects>> {
  byOrganisation ??= getProjects().then((items) => {
    const map = new Map<string, OrganisationProjects>(organisations.map((o) => [o.id, { managed: [], partner: [] }]));
    for (const { project: p } of items) {
      // An organisation manages a project when the project's managing organisation is it or one of its units.
      for (const id of p.managingEntityId ? selfAndParents(p.managingEntityId, organisationIndex) : []) map.get(id)?.managed.push(p);
      const partners = new Set(p.partnerIds.flatMap((id) => (id ? selfAndParents(id, organisationIndex) : [])));
      for (const id of partners) map.get(id)?.partner.push(p);
    }
    return map;
  });
  return byOrganisation;
}

export async function getOrganisationList(lang: string): Promise<OrganisationListEntry[]> {
  const l = useLocalization(lang);
  const byId = await projectsByOrganisation();
  return organisations
    .map((organisation) => {
      const managed = byId.get(organisation.id)!.managed.length;
      const partner = byId.get(organisation.id)!.partner.length;
      return {
        ...link(organisation, lang),
        managed: { value: managed, text: l.t("count.projects", { count: managed }) },
        partner: { value: partner, text: l.t("count.projects", { count: partner }) },
        country: organisation.country && l.country(organisation.country),
      };
    })
    .sort((a, b) => b.managed.value - a.managed.value || l.format.compareText(a.name, b.name));
}

/** The projects an organisation manages itself or through one of its units, newest first. */
export async function managedProjects(organisation: Organisation): Promise<Project[]> {
  return (await projectsByOrganisation()).get(organisation.id)!.managed;
}

export async function getOrganisationView(organisation: Organisation, lang: string): Promise<OrganisationView> {
  const l = useLocalization(lang);
  const byId = await projectsByOrganisation();
  const { managed, partner: partnerOf } = byId.get(organisation.id)!;
  const managedIds = new Set(managed.map((p) => p.id));
  const partner = partnerOf.filter((p) => !managedIds.has(p.id));
  const name = l.text(organisation.name);
  const parent = organisation.parent ? organisationIndex.byId.get(organisation.parent) : undefined;
  const units = (organisationIndex.units.get(organisation.id) ?? []).map((id) => organisationIndex.byId.get(id)!);
  return {
    organisation,
    name,
    otherNames: [...new Set([organisation.name.en!, organisation.name.it!, ...(organisation.own_name ? [organisation.own_name] : [])])].filter((n) => n !== name),
    country: organisation.country && l.country(organisation.country),
    type: { code: organisation.type, label: l.t(`organisation.type.${organisation.type}`) },
    parent: parent && link(parent, lang),
    units: units
      .map((unit) => ({ ...link(unit, lang), managed: byId.get(unit.id)!.managed.length }))
      .sort((a, b) => l.format.compareText(a.name, b.name)),
    identifiers: organisation.identifiers.map((i) => {
      const url = new URL(i.source);
      return { ref: `${i.scheme}-${i.value}`, source: i.source, sourceLabel: `${url.host}: ${url.pathname.split("/").filter(Boolean).at(-1) ?? ""}` };
    }),
    managed,
    managedByUnits: managed.filter((p) => p.managingEntityId !== organisation.id).length,
    group: await getGroupView(managed, lang, `managing_entity=${organisation.id}`),
    // The newest PAGE_SIZE only: the page does not grow with the register; the rest are in the data files.
    partnerRows: projectRows(pageSlice(await itemsOf(partner), 1), lang),
    partnerMore: partner.length > PAGE_SIZE ? l.t("organisation.partnerMore", { shown: PAGE_SIZE, count: partner.length }) : undefined,
    aliases: organisation.aliases,
  };
}

/**
 * An organisation as a project page names it: the record's text as written, linked to the
 * organisation's page where it resolves; a record that gives an id shows the organisation's name.
 */
export interface NamedOrganisation {
  text: string;
  /** The organisation's page, where the text resolves to one. */
  href?: string | undefined;
  /** True where `text` is the record's own (English) text, not the organisation's name in the reader's language. */
  isRecordText: boolean;
}

export function namedOrganisation(text: string, id: string | undefined, lang: string): NamedOrganisation {
  const organisation = id ? organisationIndex.byId.get(id) : undefined;
  if (!organisation) return { text, isRecordText: true };
  const l = useLocalization(lang);
  const byId = text === organisation.id;
  return { text: byId ? l.text(organisation.name) : text, href: l.path(`/organisations/${organisation.id}/`), isRecordText: !byId };
}
