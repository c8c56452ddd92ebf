/**
 * Reference code lists used by the record schema.
 *
 * Country codes: ISO 3166-1 alpha-2, officially assigned (249 codes), plus `XK`, the
 * user-assigned code the European Union and its agencies use for Kosovo (designation
 * without prejudice to positions on status, in line with UNSCR 1244/1999).
 *
 * Currency codes: ISO 4217 active codes, plus the historic codes of the national
 * currencies that the euro replaced, because older records state amounts in them
 * (Latvian lats `LVL`, Lithuanian litas `LTL`, Slovak koruna `SKK`, ...).
 */

export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
    "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
    "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
    "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
    "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK"
  ).split(" "),
);

/** Codes people often write for a country that ISO 3166-1 codes differently. */
export const COUNTRY_CODE_HINTS: Readonly<Record<string, string>> = {
  EL: "Greece is GR in ISO 3166-1 (EL is the EU's own abbreviation)",
  UK: "the United Kingdom is GB in ISO 3166-1 (UK is not an ISO code)",
};

/** The code ISO 3166-1 reserves for the European Union, allowed for EU-level projects. */
export const EU_CODE = "EU";

/**
 * The member states that can coordinate an EU-level project: the 27 of today, and the United
 * Kingdom, a member state until 31 January 2020 that took part in the funds (its records are `gb-`).
 */
export const MEMBER_STATE_CODES: ReadonlySet<string> = new Set(
  "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK GB".split(" "),
);

export const CURRENCY_CODES: ReadonlySet<string> = new Set(
  (
    "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW " +
    "CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL " +
    "HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA " +
    "MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD " +
    "RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD " +
    "USN UYI UYU UYW UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG " +
    // National currencies the euro replaced (the Bulgarian lev in 2026), for older projects.
    "ATS BEF BGN CYP DEM EEK ESP FIM FRF GRD HRK IEP ITL LTL LUF LVL MTL NLG PTE SIT SKK"
  ).split(" "),
);
