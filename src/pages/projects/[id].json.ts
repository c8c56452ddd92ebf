/** One record as JSON: its fields as in the record format, plus what the site derives. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getProjects, type ProjectWithLinks } from "../../data/projects.ts";

export const getStaticPaths = (async () => {
  const projects = await getProjects();
  return projects.map((item) => ({ params: { id: item.project.id }, props: { item } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: ProjectWithLinks }> = ({ props }) => {
  const { entry, project: p, links } = props.item;
  const money = (m: { cents: number; currency: string } | undefined) => (m ? { amount: m.cents / 100, currency: m.currency } : null);
  const body = {
    id: p.id,
    url: `/projects/${p.id}/`,
    record: entry.data,
    derived: {
      start_precision: p.start?.precision ?? null,
      end_precision: p.end?.precision ?? null,
      eu_amount: p.budget.euAmount?.basis === "calculated" ? money(p.budget.euAmount.value) : null,
      eu_share_pct: p.budget.euSharePct?.basis === "calculated" ? p.budget.euSharePct.value : null,
      cost_per_returned: money(p.costPerReturned?.value),
      returns_against_target_pct: p.returnsAgainstTarget?.value ?? null,
      duration_months: p.durationMonths ?? null,
      duration_days: p.durationDays ?? null,
    },
    related: links.map((link) => ({ id: link.id, relation: link.relation })),
    license: "CC-BY-4.0",
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
