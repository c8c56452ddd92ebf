/**
 * The totals of a set of projects as the project list shows them under its filters: how many,
 * total cost and EU contribution per currency (never added across currencies), people returned
 * as reported with how many projects report it. The list's view writes them for every project
 * (what the page shows without JavaScript), and its script for the rows a filter leaves, with
 * the same function, so that both read alike.
 */
import { formatMessage, type CompiledMessage } from "../i18n.ts";
import type { Formatter } from "./formatter.ts";

/** What a row contributes: its amounts in cents, in its currency; absent = not reported. */
export interface TotalsRow {
  currency?: string | undefined;
  totalCents?: number | undefined;
  euCents?: number | undefined;
  /** The EU contribution is calculated (total × rate), not stated. */
  euCalculated?: boolean | undefined;
  returned?: number | undefined;
}

/** The messages of the totals, compiled (`Translator.message`), so that the browser formats them as the server does. */
export interface TotalsStrings {
  /** `{count, plural, ...}` projects. */
  projects: CompiledMessage;
  /** `{amount} ({projects})`. */
  part: CompiledMessage;
  /** `not reported for {count} projects`, after the amounts. */
  notReported: CompiledMessage;
  /** No project of the set reports the figure. */
  noneReported: CompiledMessage;
  /** `{count} of these EU contributions are calculated ...`. */
  calculated: CompiledMessage;
  /** `{people}, as reported by all {count} projects shown`. */
  returnedAll: CompiledMessage;
  /** `{people}, as reported by {count} of the {shown} projects shown`. */
  returnedSome: CompiledMessage;
  returnedNone: CompiledMessage;
}

export interface ListTotals {
  projects: string;
  /** Absent when the set is empty. */
  total?: string | undefined;
  euAmount?: string | undefined;
  /** Said when some of the EU contributions added are calculated. */
  euCalculated?: string | undefined;
  returned?: string | undefined;
}

export function listTotals(rows: readonly TotalsRow[], f: Formatter, s: TotalsStrings): ListTotals {
  const say = (message: CompiledMessage, values: Record<string, string | number> = {}) => formatMessage(message, values, f);
  const projects = say(s.projects, { count: rows.length });
  if (rows.length === 0) return { projects };

  const perCurrency = (cents: (r: TotalsRow) => number | undefined) => {
    const sums = new Map<string, { cents: number; n: number }>();
    let missing = 0;
    for (const r of rows) {
      const value = cents(r);
      if (value === undefined || !r.currency) {
        missing += 1;
        continue;
      }
      const sum = sums.get(r.currency) ?? { cents: 0, n: 0 };
      sums.set(r.currency, { cents: sum.cents + value, n: sum.n + 1 });
    }
    if (sums.size === 0) return say(s.noneReported);
    const parts = [...sums]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, sum]) => say(s.part, { amount: f.money({ cents: sum.cents, currency }), projects: say(s.projects, { count: sum.n }) }));
    return [...parts, ...(missing > 0 ? [say(s.notReported, { count: missing })] : [])].join("; ");
  };

  const calculated = rows.filter((r) => r.euCents !== undefined && r.euCalculated).length;
  const reporting = rows.filter((r) => r.returned !== undefined);
  const people = f.count(reporting.reduce((sum, r) => sum + r.returned!, 0));
  return {
    projects,
    total: perCurrency((r) => r.totalCents),
    euAmount: perCurrency((r) => r.euCents),
    euCalculated: calculated > 0 ? say(s.calculated, { count: calculated }) : undefined,
    returned:
      reporting.length === 0
        ? say(s.returnedNone)
        : reporting.length === rows.length
          ? say(s.returnedAll, { count: rows.length, people })
          : say(s.returnedSome, { people, count: reporting.length, shown: rows.length }),
  };
}
