/** Base pay, bonus, equity, start date and benefits named in an offer. */

import type { OfferDetails, PayPeriod } from '../classification.types.ts';
import type { CompiledTables } from '../read/compile-tables.ts';

const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD', us$: 'USD', usd: 'USD', 'c$': 'CAD', ca$: 'CAD', cad: 'CAD', 'a$': 'AUD', aud: 'AUD', '€': 'EUR', eur: 'EUR',
  '£': 'GBP', gbp: 'GBP', chf: 'CHF', dollars: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', inr: 'INR', '₹': 'INR',
};
/** Digit groups are fixed-width, so the repetition cannot backtrack. */
// Indian grouping ("28,00,000" = 2.8 million) comes first: read as thousands it would stop at "28,00".
const NUMBER = '\\d{1,2}(?:,\\d{2}){1,3},\\d{3}(?![\\d,])|\\d{1,3}(?:[,.\\u00a0 ]\\d{3})+|\\d+';
const MONEY = new RegExp(
  `(?<cur1>us\\$|c\\$|ca\\$|a\\$|\\$|€|£|₹|usd|eur|gbp|cad|aud|chf|inr)\\s?(?<num1>${NUMBER})(?:[.,](?<dec1>\\d{1,2}))?\\s?(?<k1>k|thousand)?(?![\\w])` +
    `|(?<num2>${NUMBER})(?:[.,](?<dec2>\\d{1,2}))?\\s?(?<k2>k)?\\s?(?<cur2>usd|eur|gbp|cad|aud|chf|inr|€|£|dollars|euros|pounds)(?![a-z])`,
  'g',
);

interface Money {
  amount: number;
  currency: string;
  index: number;
  end: number;
  text: string;
}

/** First amount that starts in [from, to); the search never reads past `to` + one amount. */
function findMoney(text: string, from: number, to: number): Money | null {
  const window = text.slice(from, Math.min(text.length, to + 40));
  MONEY.lastIndex = 0;
  const found = MONEY.exec(window);
  if (!found || found.index > to - from) return null;
  const index = found.index + from;
  const g = found.groups ?? {};
  const num = (g['num1'] ?? g['num2'] ?? '').replace(/[,.\u00a0 ]/g, '');
  const dec = g['dec1'] ?? g['dec2'];
  let amount = Number(num) + (dec ? Number(`0.${dec}`) : 0);
  if (g['k1'] || g['k2']) amount *= 1000;
  const currency = CURRENCY_SYMBOLS[(g['cur1'] ?? g['cur2'] ?? '').toLowerCase()] ?? 'USD';
  return { amount, currency, index, end: index + found[0].length, text: found[0] };
}

function periodAfter(text: string, index: number, tables: CompiledTables): PayPeriod | null {
  const after = text.slice(index, index + 30);
  for (const p of tables.payPeriods) if (p.pattern.test(after)) return p.period;
  // "$150,000 gross per year", "$85 USD per hour": allow a word between.
  const loose = after.replace(/^[ \n]{0,3}[a-z.]{1,12}/, '');
  for (const p of tables.payPeriods) if (p.pattern.test(loose)) return p.period;
  return null;
}

export function extractOffer(lowerBody: string, tables: CompiledTables, now: Date | null): OfferDetails {
  const text = lowerBody;
  let base: Money | null = null;
  let period: PayPeriod | null = null;

  tables.baseSalaryCue.lastIndex = 0;
  for (let cue = tables.baseSalaryCue.exec(text); cue && !base; cue = tables.baseSalaryCue.exec(text)) {
    const money = findMoney(text, cue.index, cue.index + cue[0].length + 80);
    if (money && money.amount > 0) {
      base = money;
      period = periodAfter(text, money.end, tables);
    }
  }
  if (!base) {
    for (let from = 0; from < text.length && !base; ) {
      const money = findMoney(text, from, text.length);
      if (!money) break;
      const p = periodAfter(text, money.end, tables);
      if (p) {
        base = money;
        period = p;
      }
      from = money.end;
    }
  }
  if (base && !period) period = base.amount >= 10000 ? 'YEAR' : base.amount < 500 ? 'HOUR' : null;

  return {
    baseSalary: base?.amount ?? null,
    currency: base?.currency ?? null,
    period: base ? period : null,
    bonus: describeNear(text, tables.bonusCue, /(?:\d{1,3}(?:\.\d{1,2})?\s?%|(?:\$|€|£)\s?[\d,.]+\s?k?)/),
    equity: describeEquity(text, tables),
    startDate: findStartDate(text, tables, now),
    benefitsMentioned: tables.benefits.filter((b) => b.pattern.test(text)).map((b) => b.name),
  };
}

/** "signing bonus of $10,000" → "signing bonus $10,000". */
function describeNear(text: string, cue: RegExp, amount: RegExp): string | null {
  cue.lastIndex = 0;
  const m = cue.exec(text);
  if (!m) return null;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  const next = amount.exec(after);
  // The amount nearest the cue: "$10,000 signing bonus" puts it just before, "bonus of 15%" just after.
  let previous: RegExpExecArray | null = null;
  const global = new RegExp(amount.source, 'g');
  for (let a = global.exec(before); a; a = global.exec(before)) previous = a;
  const previousDistance = previous ? before.length - (previous.index + previous[0].length) : Infinity;
  const nextDistance = next ? next.index : Infinity;
  const chosen = previousDistance < nextDistance ? previous : next;
  return chosen ? `${m[0]} ${chosen[0].trim()}` : m[0];
}

/** The first equity mention that states an amount ("12,000 rsus"), else the first mention. */
function describeEquity(text: string, tables: CompiledTables): string | null {
  tables.equityCue.lastIndex = 0;
  let first: string | null = null;
  let mentions = 0;
  for (let m = tables.equityCue.exec(text); m && mentions < 20; m = tables.equityCue.exec(text), mentions++) {
    first ??= m[0];
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const count = /((?:\$|€|£)?\s?\d{1,3}(?:,\d{3})+|(?:\$|€|£)?\s?\d+(?:\.\d+)?\s?k?)\s?(?:[a-z]+\s)?(?:[a-z]+\s)?$/.exec(before);
    if (count?.[1]) return `${count[1].trim()} ${m[0]}`;
  }
  return first;
}

function findStartDate(text: string, tables: CompiledTables, now: Date | null): string | null {
  const monthDay = new RegExp(
    `(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s)?(?:(?<m1>${tables.monthAlternation})\\.?\\s(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s(?<y1>\\d{4}))?|(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(?<m2>${tables.monthAlternation})\\.?(?:,?\\s(?<y2>\\d{4}))?)(?![a-z])` +
      `|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})|(?<um>\\d{1,2})/(?<ud>\\d{1,2})/(?<uy>\\d{4})`,
  );
  tables.startDateCue.lastIndex = 0;
  for (let cue = tables.startDateCue.exec(text); cue; cue = tables.startDateCue.exec(text)) {
    const window = text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 50);
    const d = monthDay.exec(window);
    if (!d?.groups) continue;
    const g = d.groups;
    let year: number;
    let month: number;
    let day: number;
    if (g['iy']) {
      [year, month, day] = [Number(g['iy']), Number(g['im']), Number(g['id'])];
    } else if (g['uy']) {
      [year, month, day] = [Number(g['uy']), Number(g['um']), Number(g['ud'])];
    } else {
      month = tables.months.get(g['m1'] ?? g['m2'] ?? '') ?? 0;
      day = Number(g['d1'] ?? g['d2']);
      const y = g['y1'] ?? g['y2'];
      if (y) year = Number(y);
      else {
        if (!now) continue;
        // A start date without a year is the next such date after the message.
        year = now.getUTCFullYear();
        if (Date.UTC(year, month - 1, day) < Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())) year++;
      }
    }
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}
