// One-off import, already run: turned the 81 source-fact objects (shared/data/avrr-projects.json,
// gathered 2026-11-23) and the narratives written for them into content/projects/*.md.
// The records are now the source of truth and are edited by hand; re-running this script
// overwrites those edits. Kept to show how each source field was mapped. Not used by the
// build or the tests (a clone of the project has no shared/ folder).
//
// Usage: node scripts/one-off/import-shared-facts.mjs <avrr-projects.json> <narratives-dir>
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import yaml from "js-yaml";

const [factsPath, narrativesDir] = process.argv.slice(2);
if (!factsPath || !narrativesDir) {
  console.error("usage: node scripts/one-off/import-shared-facts.mjs <avrr-projects.json> <narratives-dir>");
  process.exit(2);
}
const facts = JSON.parse(readFileSync(factsPath, "utf8"));
const publishers = JSON.parse(readFileSync(new URL("./publishers.json", import.meta.url), "utf8"));
const CHECKED = "2026-11-23";

// Ids follow the record format: a member-state prefix, `gb-` for the United Kingdom, `eu-` for
// EU-level work with no single lead state.
const ID_RENAMES = {
  "uk-choices-avr": "gb-choices-avr",
  "uk-iom-varrp": "gb-iom-varrp",
  "ce-enhancing-avr-standards-2006-2010": "eu-enhancing-avr-standards-2006-2010",
};
const newId = (id) => ID_RENAMES[id] ?? id;

// Member state and participating states where the source's country is "Multi-country".
const STATES = {
  "ce-enhancing-avr-standards-2006-2010": { member_state: "EU", participating_states: ["CZ", "HU", "PL", "SK", "RO", "BG"] },
  "eu-errin": { member_state: "NL", participating_states: ["AT", "BE", "DK", "FI", "FR", "DE", "GR", "LU", "MT", "NO", "ES", "SE", "CH", "GB"] },
  "eu-erin": { member_state: "NL", participating_states: ["DE"] },
};

// Official codes the sources give in a title or fund text.
const REFERENCES = {
  "hu-hvrrip-2018-2020": "AMIF-3.2.1/5-2018-00001; RT.1454",
  "cz-avrr-amif-18-01": "AMIF/18/01",
  "cz-enf-2013-10-navratovy-program": "ENF 2013-10",
  "cz-ups-return-structure": "CZ.12.01.03/00/22_001/0000001",
  "pl-avrr-fami-1-9-2019": "1/9-2019/FAMI",
  "lv-avrr-2019-2022": "AK/IOM/PMIF/2018/1",
  "lv-erf-2011-2012": "AK/IOM/EAF/2011/1",
  "mt-restart-vi": "MT/2015/AMIF/1.01",
};

// Earlier phases named as such (a numbered series by the same implementer, or a note saying so).
// Declared on the later record; pages show the link both ways.
const RELATED = {
  "it-partir-ii": [{ id: "it-partir-i", relation: "predecessor" }],
  "it-partir-3": [{ id: "it-partir-ii", relation: "predecessor" }],
  "mt-restart-ii": [{ id: "mt-restart-i", relation: "predecessor" }],
  "mt-restart-vi": [{ id: "mt-restart-v", relation: "predecessor" }],
  "sk-rra-phase-ii": [{ id: "sk-rra-phase-i", relation: "predecessor" }],
  "sk-rra-phase-iii": [{ id: "sk-rra-phase-ii", relation: "predecessor" }],
  "sk-capacity-building-avr-ii": [{ id: "sk-capacity-building-avr-i", relation: "predecessor" }],
  "ee-avr-i-2008": [{ id: "ee-avr-pilot-2007", relation: "predecessor" }],
  "ee-avr-ii-2009": [{ id: "ee-avr-i-2008", relation: "predecessor" }],
  "pt-arvore-viii": [{ id: "pt-arvore-vii", relation: "predecessor" }],
  "at-restart-iii": [{ id: "at-restart-ii", relation: "predecessor" }],
  "eu-errin": [{ id: "eu-erin", relation: "predecessor" }],
  "se-errin-sra": [{ id: "eu-errin", relation: "part-of" }],
};

// A managing entity is required; where the source does not say who leads, say so.
const MANAGING_ENTITY = {
  "pl-avrr-fami-1-9-2019": "Office for Foreigners (UdSC) with the International Organization for Migration (IOM); the source does not say which of them leads",
};

// Amounts whose currency the source states in the text recorded in `notes`.
const EU_AMOUNT_CURRENCY = { "it-avrit": "EUR", "it-amif-emergency-avr-2016": "EUR" };

const COUNTRIES = {
  Afghanistan: "AF",
  Nigeria: "NG",
  Iraq: "IQ",
  Georgia: "GE",
  Ghana: "GH",
  Iran: "IR",
  Pakistan: "PK",
  Morocco: "MA",
  India: "IN",
  Russia: "RU",
  Senegal: "SN",
  Kosovo: "XK",
  "Kosovo (UNSCR 1244)": "XK",
  Armenia: "AM",
  Ukraine: "UA",
  Sudan: "SD",
  Mali: "ML",
  Mongolia: "MN",
  Uzbekistan: "UZ",
  Vietnam: "VN",
  Albania: "AL",
  "Russian Federation (Chechen Republic)": "RU",
  "Russian Federation (Chechnya)": "RU",
  "Burkina Faso": "BF",
  Egypt: "EG",
  Gambia: "GM",
  Thailand: "TH",
  Tunisia: "TN",
  Colombia: "CO",
  Ecuador: "EC",
  Peru: "PE",
  Algeria: "DZ",
  Moldova: "MD",
  Cameroon: "CM",
  Palestine: "PS",
  Bangladesh: "BD",
  "Côte d'Ivoire": "CI",
  "Iraq/Kurdistan Region": "IQ",
  Somaliland: "SO",
  "Sri Lanka": "LK",
  Serbia: "RS",
};
// Names that are kept in words only, because no single country code says what the source says.
const COUNTRY_WORDS_ONLY = new Set([
  "African countries (not itemised)",
  "(2022-23: broader set of countries)",
  "Azerbaijan (IOM offices involved in reintegration)",
]);

const PER = {
  migrant: ["person"],
  person: ["person"],
  returnee: ["person"],
  beneficiary: ["person"],
  individual: ["person"],
  participant: ["person"],
  "returnee (approximate sum in place)": ["person", " (approximate amount)"],
  "applicant (40,000–100,000 CZK)": ["person", " (the source also gives the range as CZK 40,000–100,000)"],
  "single returnee or head of household": ["person", ", for a single returnee or the head of a household"],
  "dependent family member": ["person", ", for each dependent family member"],
  "accompanying adult family member": ["adult", ", for each accompanying adult family member"],
  "accompanying minor": ["child", ", for each accompanying minor"],
  "household (one participant per household)": ["household", " (one participant per household)"],
  "returnee (per InfoMigrants summary)": ["person", " (as summarised by InfoMigrants)"],
  family: ["household", ", for a family"],
};

function fundOf(r) {
  const text = r.fund;
  if (!text) return {};
  const canonical = ["European Return Fund", "European Refugee Fund", "AMIF", "AMIF 2021-2027"];
  const detail = canonical.includes(text) ? {} : { fund_detail: text };
  if (text.startsWith("European Return Fund")) return { fund: "return-fund", ...detail };
  if (text.startsWith("European Refugee Fund")) return { fund: "refugee-fund", ...detail };
  if (/AMIF/.test(text) && /presumed/.test(text)) return { fund: "eu-other", ...detail };
  if (/AMIF/.test(text)) {
    if (/2021-2027/.test(text) || r.programming_period === "2021-2027") return { fund: "amif-2021-2027", ...detail };
    if (r.programming_period === "2014-2020") return { fund: "amif-2014-2020", ...detail };
    // AMIF named, but not which programming period: the fund id stays unstated.
    return { fund_detail: `${text}; the sources do not say which AMIF programming period` };
  }
  return { fund: "eu-other", ...detail };
}

function publisherOf(url) {
  const { hostname, pathname } = new URL(url);
  if (hostname === "ec.europa.eu" && pathname.includes("home-affairs")) return "European Commission, DG Migration and Home Affairs";
  const name = publishers[hostname];
  if (!name) throw new Error(`no publisher for ${hostname}`);
  return name;
}

const sentence = (s) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
const problems = [];

for (const r of facts) {
  const id = newId(r.id);
  // "Model record for the site" is a note to the site's builders, not a caveat for readers.
  const notes = r.notes ? [sentence(r.notes.replace(" Model record for the site.", ""))] : [];
  const states = STATES[r.id] ?? { member_state: r.country_iso2 };
  if (!states.member_state) problems.push(`${r.id}: no member state`);

  const budget = {};
  const currencies = new Set();
  if (r.total_budget !== null) {
    budget.total = r.total_budget;
    currencies.add(r.total_budget_currency);
  }
  if (r.eu_contribution_pct !== null) budget.eu_share_pct = r.eu_contribution_pct;
  if (r.eu_contribution_amount !== null) {
    budget.eu_amount = r.eu_contribution_amount;
    currencies.add(r.eu_contribution_currency ?? EU_AMOUNT_CURRENCY[r.id]);
  }
  if (r.funding_awarded !== null) {
    budget.awarded = r.funding_awarded;
    currencies.add(r.funding_awarded_currency);
  }
  if (currencies.size > 1 || currencies.has(undefined) || currencies.has(null)) problems.push(`${r.id}: budget currencies ${[...currencies]}`);
  if (currencies.size === 1) budget.currency = [...currencies][0];

  const results = {};
  const o = r.outcomes ?? {};
  for (const key of ["returned", "reintegration_assisted", "counselled"]) if (o[key] !== null && o[key] !== undefined) results[key] = o[key];
  const targets = {};
  if (r.targets?.returns != null) targets.returned = r.targets.returns;
  if (r.targets?.reintegration != null) targets.reintegration_assisted = r.targets.reintegration;

  const allowances = [];
  const unpriced = [];
  for (const a of r.allowances ?? []) {
    const hasAmount = a.amount != null || (a.amount_min != null && a.amount_max != null);
    if (!hasAmount || !a.currency) {
      unpriced.push(`${a.type} (${a.per})${a.amount != null ? `: ${a.amount.toLocaleString("en-GB")} with no currency stated` : ": amount not stated"}`);
      continue;
    }
    const [per, extra = ""] = PER[a.per] ?? [];
    if (!per) problems.push(`${r.id}: allowance per ${a.per}`);
    const allowance = { kind: `${a.type}${extra}` };
    if (a.amount != null) allowance.amount = a.amount;
    else {
      allowance.amount_min = a.amount_min;
      allowance.amount_max = a.amount_max;
    }
    allowance.currency = a.currency;
    allowance.per = per;
    allowances.push(allowance);
  }
  if (unpriced.length) notes.push(`Allowances that the record cannot show as amounts: ${unpriced.join("; ")}.`);

  const returnCountries = [];
  const inWords = [];
  for (const name of r.countries_of_return ?? []) {
    if (COUNTRY_WORDS_ONLY.has(name)) {
      inWords.push(name);
      continue;
    }
    const code = COUNTRIES[name];
    if (!code) {
      problems.push(`${r.id}: country ${name}`);
      continue;
    }
    if (!returnCountries.includes(code)) returnCountries.push(code);
    if (name.includes("(") || name.includes("/") || name === "Somaliland") inWords.push(name);
  }
  if (inWords.length) notes.push(`Countries of return as the source names them: ${(r.countries_of_return ?? []).join("; ")}.`);

  const label = r.acronym ?? r.title;
  const sources = [
    { url: r.source_url, title: `${r.source_type.charAt(0).toUpperCase()}${r.source_type.slice(1)}: ${label}`, publisher: publisherOf(r.source_url) },
    ...(r.additional_sources ?? []).map((url) => ({ url, title: `Further source on ${label}`, publisher: publisherOf(url) })),
  ];

  const narrative = readFileSync(`${narrativesDir}/${r.id}.md`, "utf8");
  const match = /^summary: (.+)\n+([\s\S]+)$/.exec(narrative);
  if (!match) {
    problems.push(`${r.id}: narrative shape`);
    continue;
  }

  const record = {
    title: r.title,
    ...(r.acronym ? { acronym: r.acronym } : {}),
    summary: match[1].trim(),
    member_state: states.member_state,
    ...(states.participating_states ? { participating_states: states.participating_states } : {}),
    ...fundOf(r),
    ...(REFERENCES[r.id] ? { reference: REFERENCES[r.id] } : {}),
    managing_entity: r.managing_entity ?? MANAGING_ENTITY[r.id],
    ...(r.partners?.length ? { partners: r.partners } : {}),
    ...(r.start_date ? { start: r.start_date } : {}),
    ...(r.end_date ? { end: r.end_date } : {}),
    ...(Object.keys(budget).length ? { budget: orderBudget(budget) } : {}),
    ...(Object.keys(results).length ? { results } : {}),
    ...(Object.keys(targets).length ? { targets } : {}),
    ...(o.other ? { results_note: sentence(o.other) } : {}),
    ...(allowances.length ? { allowances } : {}),
    ...(r.target_group ? { target_group: r.target_group } : {}),
    ...(returnCountries.length ? { return_countries: returnCountries } : {}),
    ...(RELATED[r.id] ? { related: RELATED[r.id].map((link) => ({ id: newId(link.id), relation: link.relation })) } : {}),
    sources,
    confidence: r.confidence,
    ...(notes.length ? { notes: notes.join(" ") } : {}),
    checked: CHECKED,
  };
  const front = yaml.dump(record, { lineWidth: 100, noRefs: true, quotingType: '"' });
  mkdirSync("content/projects", { recursive: true });
  writeFileSync(`content/projects/${id}.md`, `---\n${front}---\n\n${match[2].trim()}\n`);
}

function orderBudget(b) {
  const out = {};
  for (const key of ["currency", "total", "eu_share_pct", "eu_amount", "awarded"]) if (b[key] !== undefined) out[key] = b[key];
  return out;
}

if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`wrote ${facts.length} records`);
