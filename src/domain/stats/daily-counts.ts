/**
 * A dossier's part in the statistics, as counts per local day (domain.md §9): the flows of the day
 * (received, resolved by class, ended, returned, apologised for) and the changes of the stocks
 * (open, overdue, waiting for a supplement), so that the stock at the end of any day is the sum of
 * its changes up to that day. The projector adds a dossier's counts, and takes back its previous
 * ones when its facts change.
 */
import { localDateOf } from '../calendar/local-time';
import type { Instant } from '../calendar/working-calendar';
import { type DossierFacts, overdueSpansAt, type Span } from './dossier-facts';

/** Every count a day holds, in storage order; a column each in the rollup tables. */
export const COUNTERS = [
  'received',
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  // Received dossiers that ended without a result (refused, stopped, withdrawn, cancelled after receipt).
  'ended_early',
  'ended_on_time',
  'ended_late',
  // Final states without a result, received or not (a refusal at intake counts here).
  'refused',
  'stopped',
  'withdrawn',
  'cancelled',
  'returned',
  'returned_electronic',
  'apologies',
  // Changes of stocks.
  'open_change',
  'overdue_change',
  'supplement_change',
  'supplement_overdue_change',
] as const;
export type Counter = (typeof COUNTERS)[number];

/** Counts of one kind, by counter (absent = 0). */
export type Counts = Partial<Record<Counter, number>>;

/** One change: `delta` to `counter` on a local day. */
export interface DayCount {
  readonly day: string;
  readonly counter: Counter;
  readonly delta: number;
}

const NEVER = Number.POSITIVE_INFINITY;

function spanChanges(spans: readonly Span[], counter: Counter): DayCount[] {
  return spans.flatMap((s) => [
    { day: localDateOf(s.from), counter, delta: 1 },
    ...(s.to === null ? [] : [{ day: localDateOf(s.to), counter, delta: -1 }]),
  ]);
}

/** Where two lists of spans overlap. */
function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const x of a) {
    for (const y of b) {
      const from = Math.max(x.from, y.from);
      const to = Math.min(x.to ?? NEVER, y.to ?? NEVER);
      if (from < to) out.push({ from, to: to === NEVER ? null : to });
    }
  }
  return out;
}

/**
 * A dossier's counts per day. A running clock's due time still ahead opens its overdue span on the
 * day after it passes, even if that day is still to come: the stock at the end of that day counts
 * it, unless a later event takes it back.
 */
export function dayCountsOf(facts: DossierFacts): DayCount[] {
  const out: DayCount[] = [];
  const add = (at: Instant | null, counter: Counter, delta = 1) => {
    if (at !== null) out.push({ day: localDateOf(at), counter, delta });
  };
  add(facts.receivedAt, 'received');
  if (facts.receivedAt !== null) {
    add(facts.receivedAt, 'open_change');
    add(facts.closedAt, 'open_change', -1);
  }
  if (facts.closing === 'resolved' && facts.completion) add(facts.closedAt, `resolved_${facts.completion}`);
  if (facts.closing && facts.closing !== 'resolved' && facts.completion) {
    add(facts.closedAt, `ended_${facts.completion}`);
  }
  if (facts.ended) add(facts.endedAt, facts.ended);
  add(facts.returnedAt, 'returned');
  if (facts.electronicResult) add(facts.returnedAt, 'returned_electronic');
  add(facts.apologyAt, 'apologies');
  const overdue = overdueSpansAt(facts, NEVER);
  out.push(...spanChanges(overdue, 'overdue_change'));
  out.push(...spanChanges(facts.supplementSpans, 'supplement_change'));
  out.push(...spanChanges(intersect(facts.supplementSpans, overdue), 'supplement_overdue_change'));
  return out;
}

/** The changes that turn the counts of `before` into those of `after` (nothing when equal). */
export function dayCountChanges(before: readonly DayCount[], after: readonly DayCount[]): DayCount[] {
  const sums = new Map<string, number>();
  const key = (c: DayCount) => `${c.day}|${c.counter}`;
  for (const c of before) sums.set(key(c), (sums.get(key(c)) ?? 0) - c.delta);
  for (const c of after) sums.set(key(c), (sums.get(key(c)) ?? 0) + c.delta);
  const out: DayCount[] = [];
  for (const [k, delta] of sums) {
    if (delta === 0) continue;
    const [day = '', counter = 'received'] = k.split('|');
    out.push({ day, counter: counter as Counter, delta });
  }
  return out;
}
