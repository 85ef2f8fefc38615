import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addFigures,
  type CountingPolicy,
  type GroupCounts,
  type ReportFigures,
  reportFigures,
} from '../../../../domain/stats/report-figures';
import { FORM_06_COLUMNS, FORM_06_GROUPS, form06Cells, form06Rows, type Named } from './form-06';

const LEVELS = new Map<string, Named>([
  ['province', { label: 'Cấp tỉnh', order: '0001' }],
  ['district', { label: 'Cấp huyện', order: '0002' }],
  ['commune', { label: 'Cấp xã', order: '0003' }],
]);
const FIELDS = new Map<string, Named>([
  ['DD', { label: 'Đất đai', order: 'DD' }],
  ['HT', { label: 'Hộ tịch', order: 'HT' }],
  ['TP', { label: 'Tư pháp', order: 'TP' }],
]);

const POLICIES: CountingPolicy[] = [
  { endedWithoutResult: 'resolved', waitingForSupplement: 'in_progress' },
  { endedWithoutResult: 'separate', waitingForSupplement: 'excluded' },
];

const small = fc.nat({ max: 500 });
const flows = fc.record({
  received: small,
  resolved_early: small,
  resolved_on_time: small,
  resolved_late: small,
  ended_early: small,
  ended_on_time: small,
  ended_late: small,
  apologies: small,
});
const stocks = fc
  .record({ open: small, overdue: small, supplement: small, supplementOverdue: small })
  .map((s) => {
    const open = s.open + s.supplement;
    const overdue = Math.min(open, s.overdue + s.supplementOverdue);
    return {
      open,
      overdue,
      supplement: s.supplement,
      supplementOverdue: Math.min(s.supplementOverdue, overdue),
    };
  });
const groupCounts: fc.Arbitrary<GroupCounts> = fc.record({
  flowsByChannel: fc.record({ online: flows, counter: flows, postal: flows }, { requiredKeys: [] }),
  stocksBefore: stocks,
  stocksAtEnd: stocks,
});
const groupKey = fc.tuple(fc.constantFrom(...LEVELS.keys()), fc.constantFrom(...FIELDS.keys(), 'XX'));
const groups = fc.uniqueArray(fc.tuple(groupKey, groupCounts), {
  selector: ([[level, field]]) => `${level}|${field}`,
  maxLength: 9,
});

const sum = (rows: readonly { cells: readonly number[] }[]) =>
  FORM_06_COLUMNS.slice(2).map((_, i) => rows.reduce((s, r) => s + (r.cells[i] ?? 0), 0));

describe('Biểu số 06/VPCP/KSTT as a table model', () => {
  it('has 13 numbered columns, the received, resolved and in-progress groups over (3)–(13)', () => {
    expect(FORM_06_COLUMNS).toHaveLength(13);
    expect(FORM_06_GROUPS.map((g) => [g.from, g.to])).toEqual([
      [3, 6],
      [7, 10],
      [11, 13],
    ]);
  });

  it('(3) = (4)+(5)+(6), (7) = (8)+(9)+(10), (11) = (12)+(13) on every row, and parts add up to the total', () => {
    fc.assert(
      fc.property(groups, fc.constantFrom(...POLICIES), (entries, policy) => {
        const figures = new Map(entries.map(([[l, f], c]) => [`${l}|${f}`, reportFigures(c, policy)]));
        const { rows, total } = form06Rows(figures, LEVELS, FIELDS);
        for (const row of [...rows, total]) {
          const c = row.cells;
          expect(c).toHaveLength(11);
          expect(c[0]).toBe((c[1] ?? 0) + (c[2] ?? 0) + (c[3] ?? 0));
          expect(c[4]).toBe((c[5] ?? 0) + (c[6] ?? 0) + (c[7] ?? 0));
          expect(c[8]).toBe((c[9] ?? 0) + (c[10] ?? 0));
        }
        expect(sum(rows.filter((r) => r.kind === 'level'))).toEqual(total.cells);
        expect(sum(rows.filter((r) => r.kind === 'field'))).toEqual(total.cells);
      }),
      { numRuns: 200 },
    );
  });

  it('lists levels with data in rank order as I, II, … with their fields numbered 1, 2, … under them', () => {
    const some = (received: number): ReportFigures =>
      reportFigures(
        {
          flowsByChannel: { counter: { received, resolved_on_time: received } },
          stocksBefore: { open: 0, overdue: 0, supplement: 0, supplementOverdue: 0 },
          stocksAtEnd: { open: 0, overdue: 0, supplement: 0, supplementOverdue: 0 },
        },
        POLICIES[0] ?? { endedWithoutResult: 'resolved', waitingForSupplement: 'in_progress' },
      );
    const figures = new Map([
      ['commune|HT', some(5)],
      ['province|TP', some(2)],
      ['commune|DD', some(3)],
      ['province|DD', some(0)],
    ]);
    const { rows, total } = form06Rows(figures, LEVELS, FIELDS);
    expect(rows.map((r) => [r.kind, r.number, r.label, r.cells[0]])).toEqual([
      ['level', 'I', 'Sở, ban, ngành', 2],
      ['field', '1', 'Tư pháp', 2],
      ['level', 'II', 'Cấp xã', 8],
      ['field', '1', 'Đất đai', 3],
      ['field', '2', 'Hộ tịch', 5],
    ]);
    expect(total).toMatchObject({ kind: 'total', label: 'Tổng cộng' });
    expect(total.cells).toEqual(form06Cells(addFigures([...figures.values()])));
  });

  it('puts counter and postal intake together in column (5) and carried-over dossiers in (6)', () => {
    const f = reportFigures(
      {
        flowsByChannel: { online: { received: 4 }, counter: { received: 2 }, postal: { received: 1 } },
        stocksBefore: { open: 3, overdue: 1, supplement: 0, supplementOverdue: 0 },
        stocksAtEnd: { open: 10, overdue: 2, supplement: 0, supplementOverdue: 0 },
      },
      { endedWithoutResult: 'resolved', waitingForSupplement: 'in_progress' },
    );
    expect(form06Cells(f)).toEqual([10, 4, 3, 3, 0, 0, 0, 0, 10, 8, 2]);
  });
});
