/**
 * Mappings from the words of the gathered source facts to the record format's codes: country
 * names (in the languages the sources use) to ISO 3166-1 alpha-2, allowance recipients to the
 * `per` values. Names not listed here are reported by the import, never guessed.
 */

/** Country names as the facts give them → ISO 3166-1 alpha-2 (XK for Kosovo). */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  // From the first import (scripts/one-off/import-shared-facts.mjs).
  Afghanistan: "AF", Nigeria: "NG", Iraq: "IQ", Georgia: "GE", Ghana: "GH", Iran: "IR", Pakistan: "PK", Morocco: "MA",
  India: "IN", Russia: "RU", Senegal: "SN", Kosovo: "XK", "Kosovo (UNSCR 1244)": "XK", Armenia: "AM", Ukraine: "UA",
  Sudan: "SD", Mali: "ML", Mongolia: "MN", Uzbekistan: "UZ", Vietnam: "VN", Albania: "AL",
  "Russian Federation (Chechen Republic)": "RU", "Russian Federation (Chechnya)": "RU", "Burkina Faso": "BF", Egypt: "EG",
  Gambia: "GM", Thailand: "TH", Tunisia: "TN", Colombia: "CO", Ecuador: "EC", Peru: "PE", Algeria: "DZ", Moldova: "MD",
  Cameroon: "CM", Palestine: "PS", Bangladesh: "BD", "Côte d'Ivoire": "CI", "Iraq/Kurdistan Region": "IQ",
  Somaliland: "SO", "Sri Lanka": "LK", Serbia: "RS",
  // English names added for the second round of facts.
  Angola: "AO", Azerbaijan: "AZ", Benin: "BJ", Bolivia: "BO", Brazil: "BR", Burundi: "BI", "Congo DRC": "CD",
  "DR Congo": "CD", "Republic of the Congo": "CG", "Côte d’Ivoire": "CI", "Ivory Coast": "CI", Ethiopia: "ET",
  Guinea: "GN", Honduras: "HN", "Islamic Republic of Iran": "IR", Jordan: "JO", Kazakhstan: "KZ", Kenya: "KE",
  Lebanon: "LB", Malawi: "MW", Mauritania: "MR", Mozambique: "MZ", Myanmar: "MM", Nepal: "NP", Nicaragua: "NI",
  Niger: "NE", Paraguay: "PY", "Republic of Moldova": "MD", "Russian Federation": "RU", Rwanda: "RW",
  "Sierra Leone": "SL", Somalia: "SO", "South Sudan": "SS", Syria: "SY", Togo: "TG", Turkey: "TR", Uganda: "UG",
  "Chechen Republic (Russian Federation)": "RU",
  // German, Dutch and Swedish names as the sources print them.
  Armenien: "AM", Indien: "IN", Kirgistan: "KG", Mongolei: "MN", "Russische Föderation": "RU", Tadschikistan: "TJ",
  Philippinen: "PH", "Islamische Republik Iran": "IR", Usbekistan: "UZ", Irak: "IQ", Armenië: "AM", Mongolië: "MN",
  Marokko: "MA", Bosnien: "BA",
};

/**
 * Names kept in words only (in `notes`), because no single country code says what the source
 * says: regions, unitemised groups.
 */
export const COUNTRY_WORDS_ONLY: ReadonlySet<string> = new Set([
  "African countries (not itemised)",
  "(2022-23: broader set of countries)",
  "Azerbaijan (IOM offices involved in reintegration)",
  "Balkanområdet",
]);

/**
 * Who an allowance is for, as the facts say it → the record format's `per`, and words added to
 * the allowance's `kind` where the facts say more than `per` can.
 */
export const ALLOWANCE_PER: Readonly<Record<string, readonly [per: "person" | "adult" | "child" | "household", kindSuffix: string]>> = {
  migrant: ["person", ""], person: ["person", ""], returnee: ["person", ""], beneficiary: ["person", ""],
  individual: ["person", ""], participant: ["person", ""], client: ["person", ""],
  "person (each family member)": ["person", ", for each family member"],
  "person (approx.)": ["person", " (approximate amount)"],
  "working adult": ["adult", ", for each working adult"],
  "dependent adult": ["adult", ", for each dependent adult"],
  minor: ["child", ""],
  case: ["household", " (per case)"],
  "person/household plan": ["person", " (per person or household reintegration plan)"],
  family: ["household", ", for a family"],
};
