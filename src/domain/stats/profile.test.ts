import { describe, expect, it } from 'vitest';
import { isoToJdn, jdnToIso } from '../calendar/civil-date';
import {
  daysOfPeriod,
  describeProblem,
  dossiersOfRow,
  type LevelPeriod,
  MAX_COUNT,
  PROFILE_COLUMNS,
  type ProfileRow,
  parseProfile,
  periodProblems,
} from './profile';

const HEADER = 'level,from,to,resolved_on_time,resolved_late,in_progress_in_time,in_progress_overdue';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n');
const messagesOf = (text: string) => parseProfile(text).problems.map(describeProblem);

/** mulberry32: a tiny seeded PRNG, so that every "random" case is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEEDS = [1, 7, 42, 2024, 90210];

const row = (overrides: Partial<ProfileRow> = {}): ProfileRow => ({
  row: 2,
  level: 'xa',
  from: '2025-01-01',
  to: '2025-01-31',
  resolvedOnTime: 0,
  resolvedLate: 0,
  inProgressInTime: 0,
  inProgressOverdue: 0,
  ...overrides,
});

describe('PROFILE_COLUMNS', () => {
  it('are the seven columns of the documented header, in order', () => {
    expect(PROFILE_COLUMNS.join(',')).toBe(HEADER);
  });
});

describe('describeProblem', () => {
  it('prefixes the spreadsheet row of a row problem', () => {
    expect(describeProblem({ row: 5, message: 'level is empty' })).toBe('row 5: level is empty');
  });

  it('leaves a problem of the whole file unprefixed', () => {
    expect(describeProblem({ row: null, message: 'the profile has no rows' })).toBe(
      'the profile has no rows',
    );
  });
});

describe('parseProfile: a valid profile', () => {
  it('reads every row with its counts and numbers rows from 2 (the header is row 1)', () => {
    const { rows, problems } = parseProfile(
      csv('xa,2025-01-01,2025-01-31,10,2,3,4', 'huyen,2025-02-01,2025-02-28,0,0,0,0'),
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        level: 'xa',
        from: '2025-01-01',
        to: '2025-01-31',
        resolvedOnTime: 10,
        resolvedLate: 2,
        inProgressInTime: 3,
        inProgressOverdue: 4,
      },
      {
        row: 3,
        level: 'huyen',
        from: '2025-02-01',
        to: '2025-02-28',
        resolvedOnTime: 0,
        resolvedLate: 0,
        inProgressInTime: 0,
        inProgressOverdue: 0,
      },
    ]);
  });

  it('lists reversed dates beside another problem of the same row', () => {
    expect(messagesOf(csv(',2024-02-01,2024-01-31,1,1,1,1'))).toEqual([
      'row 2: level is empty',
      'row 2: from (2024-02-01) is after to (2024-01-31)',
    ]);
  });

  it('names rows as a spreadsheet shows them, blank lines counted', () => {
    const text = csv(
      '',
      'commune,2024-01-01,2024-01-31,1,0,0,0',
      '',
      '',
      'commune,2024-02-30,2024-03-01,1,0,0,0',
    );
    const { rows, problems } = parseProfile(text);
    expect(rows.map((r) => r.row)).toEqual([3]);
    expect(problems.map((p) => p.row)).toEqual([6]);
  });

  it('lowercases the level and trims every field', () => {
    const { rows, problems } = parseProfile(csv('  TiNh , 2025-01-01 ,2025-01-02 , 1 ,2, 3 ,4 '));
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      level: 'tinh',
      from: '2025-01-01',
      to: '2025-01-02',
      resolvedOnTime: 1,
      resolvedLate: 2,
      inProgressInTime: 3,
      inProgressOverdue: 4,
    });
  });

  it('accepts a header in any case and with spaces around the names', () => {
    const header =
      ' Level , FROM,To,Resolved_On_Time,resolved_late ,IN_PROGRESS_IN_TIME, in_progress_overdue';
    const { rows, problems } = parseProfile(`${header}\nxa,2025-01-01,2025-01-01,1,0,0,0`);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1);
  });

  it('accepts CRLF line ends, a UTF-8 BOM, quoted fields and a trailing newline', () => {
    const text = `\uFEFF${HEADER}\r\n"XA","2025-01-01",2025-01-31,"5",0,0,0\r\n`;
    const { rows, problems } = parseProfile(text);
    expect(problems).toEqual([]);
    expect(rows).toEqual([expect.objectContaining({ row: 2, level: 'xa', resolvedOnTime: 5 })]);
  });

  it('accepts a one-day period (from equal to to)', () => {
    const { rows, problems } = parseProfile(csv('xa,2025-03-03,2025-03-03,1,0,0,0'));
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1);
  });

  it('accepts counts with leading zeros as their decimal value', () => {
    const { rows } = parseProfile(csv('xa,2025-01-01,2025-01-31,007,010,0,00'));
    expect(rows[0]).toMatchObject({ resolvedOnTime: 7, resolvedLate: 10, inProgressInTime: 0 });
  });

  it('accepts a count of exactly MAX_COUNT', () => {
    const { rows, problems } = parseProfile(csv(`xa,2025-01-01,2025-01-31,${MAX_COUNT},0,0,${MAX_COUNT}`));
    expect(problems).toEqual([]);
    expect(rows[0]?.resolvedOnTime).toBe(MAX_COUNT);
    expect(rows[0]?.inProgressOverdue).toBe(MAX_COUNT);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseProfile(csv('xa,2024-02-29,2024-02-29,0,0,0,0')).problems).toEqual([]);
  });

  it('keeps the valid rows next to the problems of the others', () => {
    const { rows, problems } = parseProfile(
      csv(
        'xa,2025-01-01,2025-01-31,1,0,0,0',
        'xa,2025-02-30,2025-03-01,1,0,0,0',
        'xa,2025-04-01,2025-04-30,2,0,0,0',
      ),
    );
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    expect(problems.map((p) => p.row)).toEqual([3]);
  });
});

describe('parseProfile: the header', () => {
  it.each([
    ['a missing column', 'level,from,to,resolved_on_time,resolved_late,in_progress_in_time'],
    ['an extra column', `${HEADER},note`],
    [
      'columns in another order',
      'from,level,to,resolved_on_time,resolved_late,in_progress_in_time,in_progress_overdue',
    ],
    [
      'a misspelt column',
      'level,from,to,resolved_ontime,resolved_late,in_progress_in_time,in_progress_overdue',
    ],
  ])('rejects a header with %s as the only problem, on row 1', (_, header) => {
    const { rows, problems } = parseProfile(`${header}\nxa,2025-01-01,2025-01-31,1,0,0,0`);
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ row: 1, message: `the header must be "${HEADER}", found "${header}"` }]);
  });

  it('rejects an empty text on row 1, with an empty header found', () => {
    expect(parseProfile('')).toEqual({
      rows: [],
      problems: [{ row: 1, message: `the header must be "${HEADER}", found ""` }],
    });
  });

  it('reports the header as it was written, not trimmed or lowercased', () => {
    const header = ' LEVEL ,from';
    expect(messagesOf(`${header}\nxa,2025-01-01`)).toEqual([
      `row 1: the header must be "${HEADER}", found " LEVEL ,from"`,
    ]);
  });

  it('reports a header without rows as a problem of the whole file', () => {
    expect(parseProfile(HEADER)).toEqual({
      rows: [],
      problems: [{ row: null, message: 'the profile has no rows' }],
    });
    expect(parseProfile(`${HEADER}\n\n\r\n`).problems).toEqual([
      { row: null, message: 'the profile has no rows' },
    ]);
  });
});

describe('parseProfile: rows', () => {
  it.each([
    ['too few', 'xa,2025-01-01,2025-01-31,1,0,0', 6],
    ['too many', 'xa,2025-01-01,2025-01-31,1,0,0,0,0', 8],
    ['a single', 'xa', 1],
  ])('reports a row with %s fields by its count and nothing else', (_, line, found) => {
    const { rows, problems } = parseProfile(csv('xa,2025-01-01,2025-01-31,1,0,0,0', line));
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([{ row: 3, message: `expected 7 fields, found ${found}` }]);
  });

  it('counts a comma inside quotes as part of a field, not a separator', () => {
    const { problems } = parseProfile(csv('"x,a",2025-01-01,2025-01-31,1,0,0,0'));
    expect(problems).toEqual([]);
  });

  it('reports an empty or blank level', () => {
    expect(messagesOf(csv(',2025-01-01,2025-01-31,1,0,0,0', '   ,2025-01-01,2025-01-31,1,0,0,0'))).toEqual([
      'row 2: level is empty',
      'row 3: level is empty',
    ]);
  });

  it.each([
    ['2025-1-01'],
    ['2025/01/01'],
    ['01-01-2025'],
    ['20250101'],
    ['2025-01-01T00:00'],
    [''],
    ['today'],
  ])('reports %j as not in the YYYY-MM-DD form', (value) => {
    expect(messagesOf(csv(`xa,${value},2025-01-31,1,0,0,0`))).toEqual([
      `row 2: from is not a date (YYYY-MM-DD): "${value}"`,
    ]);
    expect(messagesOf(csv(`xa,2025-01-01,${value},1,0,0,0`))).toEqual([
      `row 2: to is not a date (YYYY-MM-DD): "${value}"`,
    ]);
  });

  it.each([
    ['2024-02-30'],
    ['2025-02-29'],
    ['2100-02-29'],
    ['2025-04-31'],
    ['2025-13-01'],
    ['2025-00-10'],
    ['2025-01-00'],
    ['2025-01-32'],
  ])('reports the impossible date %s', (value) => {
    expect(messagesOf(csv(`xa,${value},2025-12-31,1,0,0,0`))).toEqual([
      `row 2: from is not a date: "${value}"`,
    ]);
    expect(messagesOf(csv(`xa,2025-01-01,${value},1,0,0,0`))).toEqual([
      `row 2: to is not a date: "${value}"`,
    ]);
  });

  it('reports from after to, naming both', () => {
    expect(messagesOf(csv('xa,2025-02-01,2025-01-31,1,0,0,0'))).toEqual([
      'row 2: from (2025-02-01) is after to (2025-01-31)',
    ]);
  });

  it('compares from and to as dates across years', () => {
    expect(messagesOf(csv('xa,2025-01-01,2024-12-31,1,0,0,0'))).toEqual([
      'row 2: from (2025-01-01) is after to (2024-12-31)',
    ]);
    expect(parseProfile(csv('xa,2024-12-31,2025-01-01,1,0,0,0')).problems).toEqual([]);
  });

  it('does not compare the dates when one of them is not a date', () => {
    expect(messagesOf(csv('xa,2025-02-30,2025-01-01,1,0,0,0'))).toEqual([
      'row 2: from is not a date: "2025-02-30"',
    ]);
  });

  it.each([['-1'], ['1.5'], ['1e3'], ['+3'], ['0x10'], ['1 000'], ['1,000'], [''], ['abc'], ['١٢']])(
    'reports the count %j as not a whole number of 0 or more',
    (value) => {
      const field = value.includes(',') ? `"${value}"` : value;
      expect(messagesOf(csv(`xa,2025-01-01,2025-01-31,${field},0,0,0`))).toEqual([
        `row 2: resolved_on_time must be a whole number of 0 or more, found "${value}"`,
      ]);
    },
  );

  it('names the column of each bad count', () => {
    expect(messagesOf(csv('xa,2025-01-01,2025-01-31,0,-1,x,2.5'))).toEqual([
      'row 2: resolved_late must be a whole number of 0 or more, found "-1"',
      'row 2: in_progress_in_time must be a whole number of 0 or more, found "x"',
      'row 2: in_progress_overdue must be a whole number of 0 or more, found "2.5"',
    ]);
  });

  it('reports a count above MAX_COUNT, including one too large for exact arithmetic', () => {
    expect(messagesOf(csv(`xa,2025-01-01,2025-01-31,${MAX_COUNT + 1},0,0,99999999999999999999999`))).toEqual([
      'row 2: resolved_on_time is more than 10,000,000',
      'row 2: in_progress_overdue is more than 10,000,000',
    ]);
  });

  it('reports every problem of a row, in column order, and drops the row', () => {
    const { rows, problems } = parseProfile(csv(',2025-02-30,2025-1-1,x,-2,0,20000000'));
    expect(rows).toEqual([]);
    expect(problems.map(describeProblem)).toEqual([
      'row 2: level is empty',
      'row 2: from is not a date: "2025-02-30"',
      'row 2: to is not a date (YYYY-MM-DD): "2025-1-1"',
      'row 2: resolved_on_time must be a whole number of 0 or more, found "x"',
      'row 2: resolved_late must be a whole number of 0 or more, found "-2"',
      'row 2: in_progress_overdue is more than 10,000,000',
    ]);
  });

  it('reports a row of empty fields with all its problems', () => {
    expect(messagesOf(csv(',,,,,,'))).toEqual([
      'row 2: level is empty',
      'row 2: from is not a date (YYYY-MM-DD): ""',
      'row 2: to is not a date (YYYY-MM-DD): ""',
      'row 2: resolved_on_time must be a whole number of 0 or more, found ""',
      'row 2: resolved_late must be a whole number of 0 or more, found ""',
      'row 2: in_progress_in_time must be a whole number of 0 or more, found ""',
      'row 2: in_progress_overdue must be a whole number of 0 or more, found ""',
    ]);
  });

  it('numbers the problems of later rows by their place after the header', () => {
    const lines = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 2 ? 'xa,2025-01-01,2025-01-31,1,0,0' : 'xa,2025-01-01,2025-01-31,1,0,0,0',
    );
    const { rows, problems } = parseProfile(csv(...lines));
    expect(problems.map((p) => p.row)).toEqual([4, 7, 10, 13]);
    expect(rows.map((r) => r.row)).toEqual([2, 3, 5, 6, 8, 9, 11, 12]);
  });

  it('reads back random valid rows exactly, and rejects them once one field is spoilt (seeded)', () => {
    const spoilers: [string, (fields: string[]) => void, RegExp][] = [
      ['level', (f) => (f[0] = ''), /^level is empty$/],
      ['from', (f) => (f[1] = `${(f[1] ?? '').slice(0, 8)}32`), /^from is not a date: /],
      ['to', (f) => (f[2] = (f[2] ?? '').replaceAll('-', '/')), /^to is not a date \(YYYY-MM-DD\)/],
      ['count', (f) => (f[3] = `-${f[3]}`), /^resolved_on_time must be a whole number/],
      ['big', (f) => (f[6] = String(MAX_COUNT + 1 + Number(f[6]))), /^in_progress_overdue is more than/],
    ];
    for (const seed of SEEDS) {
      const random = mulberry32(seed);
      const int = (n: number) => Math.floor(random() * n);
      for (let i = 0; i < 200; i++) {
        const from = 2460000 + int(2000);
        const to = from + int(400);
        const counts = [int(MAX_COUNT + 1), int(1000), int(10), int(3)];
        const level = ['xa', 'HUYEN', 'Tinh'][int(3)] ?? 'xa';
        const fields = [level, jdnToIso(from), jdnToIso(to), ...counts.map(String)];
        const { rows, problems } = parseProfile(csv(fields.join(',')));
        expect(problems).toEqual([]);
        expect(rows).toEqual([
          {
            row: 2,
            level: level.toLowerCase(),
            from: jdnToIso(from),
            to: jdnToIso(to),
            resolvedOnTime: counts[0],
            resolvedLate: counts[1],
            inProgressInTime: counts[2],
            inProgressOverdue: counts[3],
          },
        ]);
        const spoiler = spoilers[int(spoilers.length)];
        if (!spoiler) throw new Error('no spoiler');
        const [, spoil, message] = spoiler;
        const spoilt = [...fields];
        spoil(spoilt);
        const after = parseProfile(csv(spoilt.join(',')));
        expect(after.rows).toEqual([]);
        expect(after.problems).toHaveLength(1);
        expect(after.problems[0]?.row).toBe(2);
        expect(after.problems[0]?.message).toMatch(message);
      }
    }
  });
});

describe('dossiersOfRow', () => {
  it('adds the four counts', () => {
    expect(
      dossiersOfRow(
        row({ resolvedOnTime: 10, resolvedLate: 2, inProgressInTime: 300, inProgressOverdue: 4000 }),
      ),
    ).toBe(4312);
  });

  it('is 0 for a row of zeros', () => {
    expect(dossiersOfRow(row())).toBe(0);
  });

  it('stays exact at MAX_COUNT in every column', () => {
    const max = { resolvedOnTime: MAX_COUNT, resolvedLate: MAX_COUNT };
    expect(dossiersOfRow(row({ ...max, inProgressInTime: MAX_COUNT, inProgressOverdue: MAX_COUNT }))).toBe(
      4 * MAX_COUNT,
    );
  });
});

describe('daysOfPeriod', () => {
  it.each([
    ['2025-03-03', '2025-03-03', 1],
    ['2025-03-03', '2025-03-04', 2],
    ['2025-01-01', '2025-12-31', 365],
    ['2024-01-01', '2024-12-31', 366],
    ['2024-02-28', '2024-03-01', 3],
    ['2025-02-28', '2025-03-01', 2],
    ['2024-12-31', '2025-01-01', 2],
    ['2025-02-01', '2025-02-28', 28],
  ])('from %s to %s is %i day(s), both ends included', (from, to, days) => {
    expect(daysOfPeriod(from, to)).toBe(days);
  });

  it('agrees with a count by UTC calendar arithmetic (seeded)', () => {
    const utcDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    for (const seed of SEEDS) {
      const random = mulberry32(seed);
      for (let i = 0; i < 200; i++) {
        const from = jdnToIso(2415021 + Math.floor(random() * 80000));
        const to = jdnToIso(isoToJdn(from) + Math.floor(random() * 2000));
        expect(daysOfPeriod(from, to)).toBe(utcDay(to) - utcDay(from) + 1);
      }
    }
  });
});

describe('periodProblems', () => {
  const levels: LevelPeriod[] = [
    { code: 'tinh', validFrom: '2020-01-01', validTo: null },
    { code: 'huyen', validFrom: '2020-01-01', validTo: '2025-06-30' },
    { code: 'xa', validFrom: '2020-01-01', validTo: null },
  ];
  const context = { levels, today: '2026-01-15', earliest: '2024-01-01' };
  const messages = (rows: ProfileRow[], ctx = context) => periodProblems(rows, ctx).map(describeProblem);

  it('finds nothing wrong with rows of known levels inside their existence and the calendar', () => {
    expect(
      periodProblems(
        [
          row({ row: 2, level: 'tinh', from: '2024-01-01', to: '2026-01-14' }),
          row({ row: 3, level: 'huyen', from: '2024-01-01', to: '2025-06-30' }),
          row({ row: 4, level: 'xa', from: '2025-01-01', to: '2025-01-31' }),
          row({ row: 5, level: 'xa', from: '2025-02-01', to: '2025-02-28' }),
        ],
        context,
      ),
    ).toEqual([]);
  });

  it('reports no problem for no rows', () => {
    expect(periodProblems([], context)).toEqual([]);
  });

  it('reports an unknown level with the known ones, and nothing else about that row', () => {
    expect(
      periodProblems([row({ row: 7, level: 'thon', from: '2000-01-01', to: '2030-01-01' })], context),
    ).toEqual([{ row: 7, message: 'unknown level "thon" (tinh, huyen, xa)' }]);
  });

  it('matches level codes exactly (profiles lowercase their levels)', () => {
    expect(messages([row({ level: 'XA' })])).toEqual(['row 2: unknown level "XA" (tinh, huyen, xa)']);
  });

  it('reports a row starting before its level existed', () => {
    const late = { ...context, levels: [{ code: 'xa', validFrom: '2025-07-01', validTo: null }] };
    expect(messages([row({ from: '2025-06-30', to: '2025-07-31' })], late)).toEqual([
      'row 2: the xa level existed from 2025-07-01 to today; 2025-06-30 to 2025-07-31 is outside it',
    ]);
    expect(messages([row({ from: '2025-07-01', to: '2025-07-31' })], late)).toEqual([]);
  });

  it('reports a row ending after its level ceased, and accepts its last day', () => {
    expect(messages([row({ row: 3, level: 'huyen', from: '2025-06-01', to: '2025-07-01' })])).toEqual([
      'row 3: the huyen level existed from 2020-01-01 to 2025-06-30; 2025-06-01 to 2025-07-01 is outside it',
    ]);
    expect(messages([row({ level: 'huyen', from: '2025-06-01', to: '2025-06-30' })])).toEqual([]);
  });

  it('reports a row starting before the working calendar, and accepts its first day', () => {
    expect(messages([row({ from: '2023-12-31', to: '2024-01-31' })])).toEqual([
      'row 2: the working calendar starts on 2024-01-01; 2023-12-31 is before it',
    ]);
    expect(messages([row({ from: '2024-01-01', to: '2024-01-31' })])).toEqual([]);
  });

  it('reports a period that has not ended before today: to on today or later', () => {
    expect(messages([row({ from: '2026-01-01', to: '2026-01-15' })])).toEqual([
      'row 2: the period must have ended: to (2026-01-15) must be before today (2026-01-15)',
    ]);
    expect(messages([row({ from: '2026-01-01', to: '2026-02-01' })])).toEqual([
      'row 2: the period must have ended: to (2026-02-01) must be before today (2026-01-15)',
    ]);
    expect(messages([row({ from: '2026-01-01', to: '2026-01-14' })])).toEqual([]);
  });

  it('reports every problem of a row in order: existence, calendar, today, overlap', () => {
    const ctx = { ...context, levels: [{ code: 'xa', validFrom: '2024-06-01', validTo: '2025-12-31' }] };
    expect(
      messages(
        [
          row({ row: 2, from: '2023-01-01', to: '2023-01-31' }),
          row({ row: 3, from: '2023-01-15', to: '2026-03-01' }),
        ],
        ctx,
      ),
    ).toEqual([
      'row 2: the xa level existed from 2024-06-01 to 2025-12-31; 2023-01-01 to 2023-01-31 is outside it',
      'row 2: the working calendar starts on 2024-01-01; 2023-01-01 is before it',
      'row 3: the xa level existed from 2024-06-01 to 2025-12-31; 2023-01-15 to 2026-03-01 is outside it',
      'row 3: the working calendar starts on 2024-01-01; 2023-01-15 is before it',
      'row 3: the period must have ended: to (2026-03-01) must be before today (2026-01-15)',
      'row 3: its dates overlap row 2 of the same level (xa)',
    ]);
  });

  it('reports the later of two overlapping rows of one level, naming the earlier', () => {
    expect(
      messages([
        row({ row: 2, from: '2025-01-01', to: '2025-01-31' }),
        row({ row: 3, from: '2025-01-20', to: '2025-02-10' }),
      ]),
    ).toEqual(['row 3: its dates overlap row 2 of the same level (xa)']);
  });

  it('counts one shared day as an overlap, and adjacent periods as none', () => {
    expect(
      messages([
        row({ row: 2, from: '2025-01-01', to: '2025-01-31' }),
        row({ row: 3, from: '2025-01-31', to: '2025-02-10' }),
      ]),
    ).toEqual(['row 3: its dates overlap row 2 of the same level (xa)']);
    expect(
      messages([
        row({ row: 2, from: '2025-01-01', to: '2025-01-31' }),
        row({ row: 3, from: '2025-02-01', to: '2025-02-10' }),
      ]),
    ).toEqual([]);
  });

  it('counts a period inside another and a repeated period as overlaps, whatever the row order', () => {
    expect(
      messages([
        row({ row: 2, from: '2025-03-10', to: '2025-03-12' }),
        row({ row: 3, from: '2025-03-01', to: '2025-03-31' }),
        row({ row: 4, from: '2025-03-10', to: '2025-03-12' }),
      ]),
    ).toEqual([
      'row 3: its dates overlap row 2 of the same level (xa)',
      'row 4: its dates overlap row 2 of the same level (xa)',
    ]);
  });

  it('does not compare rows of different levels', () => {
    expect(
      messages([
        row({ row: 2, level: 'xa', from: '2025-01-01', to: '2025-01-31' }),
        row({ row: 3, level: 'tinh', from: '2025-01-01', to: '2025-01-31' }),
        row({ row: 4, level: 'huyen', from: '2025-01-01', to: '2025-01-31' }),
      ]),
    ).toEqual([]);
  });

  it('names the first earlier row a row overlaps', () => {
    expect(
      messages([
        row({ row: 2, from: '2025-01-01', to: '2025-01-10' }),
        row({ row: 3, from: '2025-02-01', to: '2025-02-10' }),
        row({ row: 4, from: '2025-01-05', to: '2025-02-05' }),
      ]),
    ).toEqual(['row 4: its dates overlap row 2 of the same level (xa)']);
  });

  it('reports overlaps exactly when two rows of a level share a day (seeded, against day sets)', () => {
    for (const seed of SEEDS) {
      const random = mulberry32(seed);
      for (let i = 0; i < 100; i++) {
        const base = isoToJdn('2024-01-01');
        const rows = Array.from({ length: 2 + Math.floor(random() * 6) }, (_, k) => {
          const from = base + Math.floor(random() * 120);
          const to = from + Math.floor(random() * 30);
          const level = random() < 0.7 ? 'xa' : 'tinh';
          return row({ row: k + 2, level, from: jdnToIso(from), to: jdnToIso(to) });
        });
        const days = rows.map((r) => {
          const set = new Set<number>();
          for (let d = isoToJdn(r.from); d <= isoToJdn(r.to); d++) set.add(d);
          return set;
        });
        const expected = rows.flatMap((r, k) => {
          const first = rows
            .slice(0, k)
            .findIndex((o, j) => o.level === r.level && [...(days[j] ?? [])].some((d) => days[k]?.has(d)));
          const other = rows[first];
          return other
            ? [{ row: r.row, message: `its dates overlap row ${other.row} of the same level (${r.level})` }]
            : [];
        });
        expect(periodProblems(rows, context)).toEqual(expected);
      }
    }
  });
});
