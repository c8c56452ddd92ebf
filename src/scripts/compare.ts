/**
 * /compare/?ids=a,b,c: fetches each project's published JSON and sets the projects side by
 * side, one column each, with warnings where a measure cannot be compared as it stands.
 * `ids` may be comma-separated or repeated (as the picker form sends it).
 */
import { csvFormatRows } from "d3-dsv";
import { idsFrom, MAX_COMPARED as MAX, MIN_COMPARED as MIN, NOT_PERSONS } from "../lib/compare.ts";
import { fill } from "../lib/i18n.ts";

interface Money { amount: number; currency: string }
interface ProjectJson {
  id: string;
  url: string;
  record: {
    title: string;
    acronym?: string;
    member_state: string;
    fund?: string;
    managing_entity: string;
    start?: string;
    end?: string;
    budget?: { currency?: string; total?: number; eu_share_pct?: number; eu_amount?: number; awarded?: number };
    results?: Record<string, number>;
    targets?: Record<string, number>;
    return_countries?: string[];
    sources: unknown[];
    confidence: string;
    notes?: string;
    results_note?: string;
  };
  derived: { eu_amount: Money | null; eu_share_pct: number | null; cost_per_returned: Money | null; returns_against_target_pct: number | null; duration_months: number | null };
}
interface Strings {
  measures: Record<string, string>;
  funds: Record<string, string>;
  confidence: Record<string, string>;
  notReported: string;
  calculated: string;
  months: string;
  warnings: Record<"currency" | "period" | "missing" | "units" | "unknown" | "count", string>;
  heading: string;
  projectPath: string;
}

async function run(): Promise<void> {
  const box = document.querySelector<HTMLElement>("#compare-result");
  const table = document.querySelector<HTMLTableElement>("#compare-table");
  const warningsList = document.querySelector<HTMLUListElement>("#compare-warnings");
  if (!box || !table || !warningsList) return;
  const s = JSON.parse(box.dataset.strings ?? "{}") as Strings;
  document.querySelector("#compare-no-js")?.setAttribute("hidden", "");
  const lang = document.documentElement.lang;
  const ids = idsFrom(location.search);
  // Tick the picked projects in the form, so that one more can be added.
  for (const input of document.querySelectorAll<HTMLInputElement>("#compare-form input[name=ids]")) input.checked = ids.includes(input.value);
  if (ids.length === 0) return;

  const warnings: string[] = [];
  if (ids.length < MIN || ids.length > MAX) warnings.push(fill(s.warnings.count, { min: String(MIN), max: String(MAX), count: String(ids.length) }));
  const loaded = await Promise.all(ids.slice(0, MAX).map(async (id) => {
    const response = await fetch(`/projects/${id}.json`);
    return response.ok ? ((await response.json()) as ProjectJson) : id;
  }));
  const projects = loaded.filter((p): p is ProjectJson => typeof p !== "string");
  for (const id of loaded.filter((p): p is string => typeof p === "string")) warnings.push(fill(s.warnings.unknown, { id }));

  const count = new Intl.NumberFormat(lang);
  const money = (m: Money) => new Intl.NumberFormat(lang, { style: "currency", currency: m.currency, maximumFractionDigits: 2 }).format(m.amount);
  const pct = (n: number) => new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 2 }).format(n / 100);
  const country = new Intl.DisplayNames([lang], { type: "region" });
  const name = (code: string) => (code === "EU" ? "EU" : (country.of(code) ?? code));

  type Cell = { text: string; value?: unknown; href?: string };
  const none: Cell = { text: s.notReported };
  const rows: [string, (p: ProjectJson) => Cell][] = [
    ["project", (p) => ({ text: p.record.acronym ?? p.record.title, href: `${s.projectPath}${p.id}/`, value: p.id })],
    ["memberState", (p) => ({ text: name(p.record.member_state), value: p.record.member_state })],
    ["fund", (p) => (p.record.fund ? { text: s.funds[p.record.fund] ?? p.record.fund, value: p.record.fund } : none)],
    ["managingEntity", (p) => ({ text: p.record.managing_entity, value: p.record.managing_entity })],
    ["dates", (p) => (p.record.start || p.record.end ? { text: `${p.record.start ?? "?"} – ${p.record.end ?? "?"}`, value: `${p.record.start ?? ""}/${p.record.end ?? ""}` } : none)],
    ["duration", (p) => (p.derived.duration_months !== null ? { text: fill(s.months, { count: count.format(p.derived.duration_months) }), value: p.derived.duration_months } : none)],
    ["total", (p) => (p.record.budget?.total !== undefined ? { text: money({ amount: p.record.budget.total, currency: p.record.budget.currency! }), value: p.record.budget.total } : none)],
    ["awarded", (p) => (p.record.budget?.awarded !== undefined ? { text: money({ amount: p.record.budget.awarded, currency: p.record.budget.currency! }), value: p.record.budget.awarded } : none)],
    ["euRate", (p) => (p.record.budget?.eu_share_pct !== undefined ? { text: pct(p.record.budget.eu_share_pct), value: p.record.budget.eu_share_pct } : p.derived.eu_share_pct !== null ? { text: `${pct(p.derived.eu_share_pct)} ${s.calculated}`, value: p.derived.eu_share_pct } : none)],
    ["euAmount", (p) => (p.record.budget?.eu_amount !== undefined ? { text: money({ amount: p.record.budget.eu_amount, currency: p.record.budget.currency! }), value: p.record.budget.eu_amount } : p.derived.eu_amount ? { text: `${money(p.derived.eu_amount)} ${s.calculated}`, value: p.derived.eu_amount.amount } : none)],
    ["returned", (p) => (p.record.results?.returned !== undefined ? { text: count.format(p.record.results.returned), value: p.record.results.returned } : none)],
    ["reintegration", (p) => (p.record.results?.reintegration_assisted !== undefined ? { text: count.format(p.record.results.reintegration_assisted), value: p.record.results.reintegration_assisted } : none)],
    ["counselled", (p) => (p.record.results?.counselled !== undefined ? { text: count.format(p.record.results.counselled), value: p.record.results.counselled } : none)],
    ["againstTarget", (p) => (p.derived.returns_against_target_pct !== null ? { text: pct(p.derived.returns_against_target_pct), value: p.derived.returns_against_target_pct } : none)],
    ["costPerReturned", (p) => (p.derived.cost_per_returned ? { text: `${money(p.derived.cost_per_returned)} ${s.calculated}`, value: p.derived.cost_per_returned.amount } : none)],
    ["returnCountries", (p) => (p.record.return_countries?.length ? { text: p.record.return_countries.map(name).join(", "), value: p.record.return_countries.join(",") } : none)],
    ["confidence", (p) => ({ text: s.confidence[p.record.confidence] ?? p.record.confidence, value: p.record.confidence })],
    ["sources", (p) => ({ text: count.format(p.record.sources.length), value: p.record.sources.length })],
  ];

  // Warnings: things that make a side-by-side reading misleading.
  const currencies = [...new Set(projects.filter((p) => p.record.budget?.currency !== undefined).map((p) => p.record.budget!.currency!))].sort();
  if (currencies.length > 1) warnings.push(fill(s.warnings.currency, { currencies: currencies.join(", ") }));
  const fundsUsed = [...new Set(projects.map((p) => p.record.fund ?? ""))];
  if (fundsUsed.length > 1) warnings.push(fill(s.warnings.period, { funds: fundsUsed.map((f) => (f ? (s.funds[f] ?? f) : s.notReported)).join(", ") }));
  // Measures reported for some projects only, in one warning.
  const partial = rows.filter(([key, cell]) => {
    const reported = projects.map((p) => cell(p) !== none);
    return key !== "project" && reported.some(Boolean) && !reported.every(Boolean);
  });
  if (partial.length) warnings.push(fill(s.warnings.missing, { measures: partial.map(([key]) => s.measures[key] ?? key).join(", ") }));
  for (const p of projects) if (NOT_PERSONS.test(`${p.record.notes ?? ""} ${p.record.results_note ?? ""}`)) warnings.push(fill(s.warnings.units, { project: p.record.acronym ?? p.record.title }));

  warningsList.replaceChildren(...warnings.map((w) => Object.assign(document.createElement("li"), { textContent: w })));
  const head = table.createTHead().insertRow();
  head.append(Object.assign(document.createElement("th"), { scope: "col", textContent: s.heading }));
  for (const p of projects) {
    const th = document.createElement("th");
    th.scope = "col";
    th.dataset.id = p.id;
    const link = Object.assign(document.createElement("a"), { href: `${s.projectPath}${p.id}/`, textContent: p.record.acronym ?? p.record.title });
    th.append(link);
    head.append(th);
  }
  const body = table.createTBody();
  for (const [key, cell] of rows.slice(1)) {
    const tr = body.insertRow();
    tr.dataset.measure = key;
    tr.append(Object.assign(document.createElement("th"), { scope: "row", textContent: s.measures[key] ?? key }));
    for (const p of projects) {
      const c = cell(p);
      const td = tr.insertCell();
      td.textContent = c.text;
      if (c === none) td.className = "not-reported";
    }
  }
  box.hidden = false;

  document.querySelector("#compare-download")?.addEventListener("click", () => {
    const lines = [["measure", ...projects.map((p) => p.id)], ...rows.slice(1).map(([key, cell]) => [key, ...projects.map((p) => { const c = cell(p); return c === none ? "" : String(c.value ?? c.text); })])];
    const csv = `${lines.map((line) => csvFormatRows([line])).join("\r\n")}\r\n`;
    const link = Object.assign(document.createElement("a"), { href: URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" })), download: `compare-${projects.map((p) => p.id).join("-")}.csv`.slice(0, 200) });
    document.body.append(link);
    link.click();
    link.remove();
  });
}

void run();
