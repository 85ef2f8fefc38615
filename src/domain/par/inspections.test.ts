import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../calendar/local-time';
import {
  conductedOnProblem,
  coverageBasisPoints,
  coverageReferenceDay,
  defaultRemedyDueDate,
  type FindingParty,
  findingPermissions,
  INSPECTION_COVERAGE_TARGET_PERCENT,
  type InspectableUnit,
  inspectionCoverage,
  inspectionState,
  isRemedyClosed,
  meetsCoverageTarget,
  REMEDY_STATUSES,
  type RemedyStatus,
  remedyDueDateProblem,
  remedyStatus,
  scheduledOnProblem,
} from './inspections';

const at = parseLocalDateTime;

const unit = (id: string, kind: string, validFrom = '2008-01-01', validTo: string | null = null) =>
  ({ id, kind, validFrom, validTo }) satisfies InspectableUnit;

describe('the coverage target', () => {
  it('is 30 % of each level a year (seed 002)', () => {
    expect(INSPECTION_COVERAGE_TARGET_PERCENT).toBe(30);
  });

  it.each([
    [0, 10, false],
    [2, 10, false],
    [3, 10, true],
    [30, 100, true],
    [29, 100, false],
    [29, 97, false], // 29.90 %
    [30, 99, true], // 30.30 %
    [1, 3, true],
    [1, 4, false],
    [6, 20, true],
    [5, 20, false],
    [1, 1, true],
    [0, 0, false],
  ])('%i of %i units meets it: %s', (part, whole, meets) => {
    expect(meetsCoverageTarget(part, whole)).toBe(meets);
  });

  it('shows shares floored to the basis point, so a share just under 30 % never reads 30.00 %', () => {
    expect(coverageBasisPoints(3, 10)).toBe(3000);
    expect(coverageBasisPoints(1, 3)).toBe(3333);
    expect(coverageBasisPoints(2, 3)).toBe(6666);
    expect(coverageBasisPoints(2999, 10_000)).toBe(2999);
    expect(coverageBasisPoints(29_999, 100_000)).toBe(2999);
  });

  it('agrees with the exact fraction for every share of up to 300 units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 300 }), (whole, raw) => {
        const part = raw % (whole + 1);
        const meets = meetsCoverageTarget(part, whole);
        expect(meets).toBe(part / whole >= 0.3 - 1e-12 && part * 10 >= whole * 3);
        // The floored share says "met" exactly when the target is met.
        expect(coverageBasisPoints(part, whole) >= 3000).toBe(meets);
      }),
    );
  });
});

describe('coverageReferenceDay', () => {
  it.each([
    ['today while the year runs', 2026, '2026-06-15', '2026-06-15'],
    ['the last day once the year is over', 2025, '2026-06-15', '2025-12-31'],
    ['the first day before the year starts', 2027, '2026-12-20', '2027-01-01'],
    ['on the first day itself', 2026, '2026-01-01', '2026-01-01'],
    ['on the last day itself', 2026, '2026-12-31', '2026-12-31'],
  ])('%s', (_name, year, today, expected) => {
    expect(coverageReferenceDay(year, today)).toBe(expected);
  });
});

describe('inspectionCoverage', () => {
  const units = [
    unit('d1', 'department'),
    unit('d2', 'department'),
    unit('d3', 'department'),
    unit('x1', 'commune', '2025-07-01'),
    unit('x2', 'commune', '2025-07-01'),
    unit('xOld', 'commune', '2008-01-01', '2025-06-30'),
    unit('h1', 'district', '2008-01-01', '2025-06-30'),
    unit('p', 'province'),
    unit('desk', 'desk'),
  ];

  it('counts planned and inspected units over the open units of each level', () => {
    const coverage = inspectionCoverage(
      units,
      [
        { unitId: 'x1', conducted: true },
        { unitId: 'd1', conducted: false },
      ],
      2026,
      '2026-11-23',
    );
    expect(coverage).toEqual([
      {
        level: 'department',
        openUnits: 3,
        plannedUnits: 1,
        inspectedUnits: 0,
        plannedBasisPoints: 3333,
        inspectedBasisPoints: 0,
        plannedMeetsTarget: true,
        inspectedMeetsTarget: false,
      },
      {
        level: 'commune',
        openUnits: 2,
        plannedUnits: 1,
        inspectedUnits: 1,
        plannedBasisPoints: 5000,
        inspectedBasisPoints: 5000,
        plannedMeetsTarget: true,
        inspectedMeetsTarget: true,
      },
    ]);
  });

  it('leaves out a level with no open unit (the districts after 1/7/2025) and kinds never inspected', () => {
    const coverage = inspectionCoverage(units, [], 2026, '2026-03-01');
    expect(coverage.map((c) => c.level)).toEqual(['department', 'commune']);
    expect(coverage.every((c) => c.plannedUnits === 0 && !c.plannedMeetsTarget)).toBe(true);
  });

  it('counts the units of a past year as they stood on its last day, and of the old structure before', () => {
    expect(inspectionCoverage(units, [], 2025, '2026-03-01').map((c) => [c.level, c.openUnits])).toEqual([
      ['department', 3],
      ['commune', 2],
    ]);
    expect(inspectionCoverage(units, [], 2024, '2026-03-01').map((c) => [c.level, c.openUnits])).toEqual([
      ['department', 3],
      ['district', 1],
      ['commune', 1],
    ]);
  });

  it('does not count an inspection of a unit closed since (it cannot lift a share above 100 %)', () => {
    const [commune] = inspectionCoverage(
      units.filter((u) => u.kind === 'commune'),
      [{ unitId: 'xOld', conducted: true }],
      2026,
      '2026-11-23',
    );
    expect(commune).toMatchObject({ openUnits: 2, plannedUnits: 0, inspectedUnits: 0 });
  });

  it('never counts more inspected than planned, nor planned than open', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ unit: fc.integer({ min: 0, max: 30 }), conducted: fc.boolean() }), {
          maxLength: 60,
        }),
        (picks) => {
          const many = Array.from({ length: 31 }, (_, i) =>
            unit(
              `u${i}`,
              i % 3 === 0 ? 'department' : 'commune',
              '2020-01-01',
              i % 7 === 0 ? '2024-12-31' : null,
            ),
          );
          const coverage = inspectionCoverage(
            many,
            picks.map((p) => ({ unitId: `u${p.unit}`, conducted: p.conducted })),
            2026,
            '2026-05-01',
          );
          for (const c of coverage) {
            expect(c.inspectedUnits).toBeLessThanOrEqual(c.plannedUnits);
            expect(c.plannedUnits).toBeLessThanOrEqual(c.openUnits);
            expect(c.plannedBasisPoints).toBeLessThanOrEqual(10_000);
            expect(c.plannedMeetsTarget).toBe(meetsCoverageTarget(c.plannedUnits, c.openUnits));
          }
        },
      ),
    );
  });
});

describe('inspectionState', () => {
  it.each([
    ['scheduled for a later day', '2026-11-25', null, '2026-11-23 09:00', 'planned'],
    ['scheduled for today, all day long', '2026-11-23', null, '2026-11-23 23:59', 'planned'],
    ['not carried out on its day', '2026-11-22', null, '2026-11-23 00:00', 'overdue'],
    ['carried out on its day', '2026-11-22', '2026-11-22', '2026-11-23 09:00', 'conducted'],
    ['carried out before its day', '2026-12-10', '2026-11-20', '2026-11-23 09:00', 'conducted'],
    ['carried out late', '2026-10-01', '2026-11-02', '2026-11-23 09:00', 'conducted'],
  ] as const)('%s: %s', (_name, scheduledOn, conductedOn, now, expected) => {
    expect(inspectionState({ scheduledOn, conductedOn }, at(now))).toBe(expected);
  });
});

describe('remedyStatus', () => {
  const due = '2026-11-30';
  it.each([
    ['open, weeks before its due day', null, '2026-11-10 09:00', 'open'],
    ['open, eight days before', null, '2026-11-22 23:59', 'open'],
    ['due soon, seven days before', null, '2026-11-23 00:00', 'due_soon'],
    ['due soon on the due day, until midnight in the province', null, '2026-11-30 23:59', 'due_soon'],
    ['overdue from the first minute of the next day', null, '2026-12-01 00:00', 'overdue'],
    ['closed on the due day is on time', '2026-11-30 23:59', '2026-12-20 09:00', 'closed_on_time'],
    ['closed early is on time', '2026-10-02 10:00', '2026-12-20 09:00', 'closed_on_time'],
    ['closed the next day is late', '2026-12-01 00:00', '2026-12-20 09:00', 'closed_late'],
  ] as const)('%s', (_name, closedAt, now, expected) => {
    expect(remedyStatus({ dueDate: due, closedAt: closedAt ? at(closedAt) : null }, at(now))).toBe(expected);
  });

  it('reads the due day in Vietnam time: 16:59:59 UTC is still the due day, 17:00 UTC the next', () => {
    const closed = (iso: string) =>
      remedyStatus({ dueDate: due, closedAt: Date.parse(iso) }, at('2027-01-01 00:00'));
    expect(closed('2026-11-30T16:59:59.999Z')).toBe('closed_on_time');
    expect(closed('2026-11-30T17:00:00.000Z')).toBe('closed_late');
  });

  it('a closed remedy keeps its verdict whatever the day; an open one only moves forward', () => {
    const order: Record<RemedyStatus, number> = {
      open: 0,
      due_soon: 1,
      overdue: 2,
      closed_on_time: 3,
      closed_late: 3,
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 * 24 }),
        (dueOffset, closeOffset, hours) => {
          const start = at('2026-01-01 00:00');
          const dueDate = new Date(start + dueOffset * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
          const now = start + hours * 3_600_000;
          const closedAt = start + closeOffset * 86_400_000;
          const closed = remedyStatus({ dueDate, closedAt }, now);
          expect(isRemedyClosed(closed)).toBe(true);
          expect(remedyStatus({ dueDate, closedAt }, now + 1e10)).toBe(closed);
          const before = remedyStatus({ dueDate, closedAt: null }, now);
          const after = remedyStatus({ dueDate, closedAt: null }, now + 3_600_000);
          expect(order[after]).toBeGreaterThanOrEqual(order[before]);
          expect(REMEDY_STATUSES).toContain(before);
        },
      ),
    );
  });
});

describe('dates of a plan', () => {
  it('schedules inspections within the plan’s year', () => {
    expect(scheduledOnProblem('2026-01-01', 2026)).toBeNull();
    expect(scheduledOnProblem('2026-12-31', 2026)).toBeNull();
    expect(scheduledOnProblem('2027-01-01', 2026)).toMatchObject({
      code: 'scheduled_outside_year',
      vi: 'Ngày kiểm tra 01/01/2027 không thuộc năm 2026 của kế hoạch',
      en: "The inspection date 2027-01-01 is not in the plan's year 2026",
    });
  });

  it.each([
    ['today', '2026-11-23', null],
    ['earlier in the year', '2026-02-01', null],
    ['tomorrow', '2026-11-24', 'conducted_in_future'],
    ['last year', '2025-12-31', 'conducted_outside_year'],
  ])('records an inspection conducted %s: %s', (_name, conductedOn, code) => {
    expect(conductedOnProblem(conductedOn, { year: 2026, today: '2026-11-23' })?.code ?? null).toBe(code);
  });

  it('takes a remedy due today up to 31 December, and refuses one past or after the year with the reason', () => {
    const context = { year: 2026, today: '2026-11-23' };
    expect(defaultRemedyDueDate(2026)).toBe('2026-12-31');
    expect(remedyDueDateProblem('2026-11-23', context)).toBeNull();
    expect(remedyDueDateProblem('2026-12-31', context)).toBeNull();
    expect(remedyDueDateProblem('2026-11-22', context)).toEqual({
      code: 'due_in_past',
      vi: 'Hạn khắc phục 22/11/2026 đã qua',
      en: 'The remedy due date 2026-11-22 is in the past',
    });
    expect(remedyDueDateProblem('2027-01-01', context)).toMatchObject({
      code: 'due_after_year',
      vi: expect.stringContaining('phải được khắc phục trong năm'),
      en: expect.stringContaining('within the year'),
    });
  });
});

describe('findingPermissions', () => {
  const parties: [string, FindingParty][] = [
    [
      'a PAR officer',
      { runsInspections: true, oversees: true, actsForOwner: false, actsForInspected: false },
    ],
    ['a leader', { runsInspections: false, oversees: true, actsForOwner: false, actsForInspected: false }],
    [
      'the owner’s staff',
      { runsInspections: false, oversees: false, actsForOwner: true, actsForInspected: false },
    ],
    [
      'the inspected unit’s staff',
      { runsInspections: false, oversees: false, actsForOwner: false, actsForInspected: true },
    ],
    [
      'another unit',
      { runsInspections: false, oversees: false, actsForOwner: false, actsForInspected: false },
    ],
    [
      'a PAR officer of the owner unit',
      { runsInspections: true, oversees: true, actsForOwner: true, actsForInspected: false },
    ],
  ];
  const expected: Record<string, [open: string, closed: string]> = {
    'a PAR officer': ['read', 'read reopen'],
    'a leader': ['read', 'read'],
    'the owner’s staff': ['read progress close', 'read'],
    'the inspected unit’s staff': ['read', 'read'],
    'another unit': ['', ''],
    'a PAR officer of the owner unit': ['read progress close', 'read reopen'],
  };
  const granted = (p: ReturnType<typeof findingPermissions>) =>
    (['read', 'progress', 'close', 'reopen'] as const).filter((k) => p[k]).join(' ');

  it.each(parties)('%s', (name, party) => {
    expect([granted(findingPermissions(party, false)), granted(findingPermissions(party, true))]).toEqual(
      expected[name],
    );
  });

  it('whoever may act on a finding may read it', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (a, b, c, d, closed) => {
          const p = findingPermissions(
            { runsInspections: a, oversees: b, actsForOwner: c, actsForInspected: d },
            closed,
          );
          if (p.progress || p.close || p.reopen) expect(p.read).toBe(true);
          expect(p.close && p.reopen).toBe(false);
        },
      ),
    );
  });
});
