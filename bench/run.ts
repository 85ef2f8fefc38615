/**
 * Benchmarks, each against a naive baseline in the same run. Prints ratios, not pass/fail.
 * `npm run bench` — results are recorded in docs/BENCHMARKS.md.
 */
import { performance } from 'node:perf_hooks';
import { OFFICIAL_ANNOUNCEMENTS } from '../src/domain/calendar/announcements';
import { isoToJdn, weekdayOfJdn } from '../src/domain/calendar/civil-date';
import { addWorkingTime } from '../src/domain/calendar/deadlines';
import { parseLocalDateTime } from '../src/domain/calendar/local-time';
import { buildCalendarForYears, calendarDaysForYears } from '../src/domain/calendar/national-calendar';
import { DEFAULT_WORKING_DAY } from '../src/domain/calendar/office-hours';
import { localJdn, localMidnight, MS_PER_MINUTE } from '../src/domain/calendar/working-calendar';

const input = { fromYear: 2024, toYear: 2032, announcements: OFFICIAL_ANNOUNCEMENTS } as const;
const buildStarted = performance.now();
const calendar = buildCalendarForYears(input);
const buildMs = performance.now() - buildStarted;
const years = calendarDaysForYears(input);
const daysOff = new Set(years.flatMap((y) => y.daysOff.map((d) => isoToJdn(d.date))));
const extraWorking = new Set(years.flatMap((y) => y.extraWorkingDays.map((d) => isoToJdn(d.date))));
const WORKING_DAY_MINUTES = DEFAULT_WORKING_DAY.reduce((n, p) => n + p.end - p.start, 0);

/** The obvious way: walk day by day and period by period. */
function naiveDueAt(start: number, workingDays: number): number {
  let remaining = workingDays * WORKING_DAY_MINUTES * MS_PER_MINUTE;
  for (let jdn = localJdn(start); ; jdn++) {
    const weekday = weekdayOfJdn(jdn);
    if (!(extraWorking.has(jdn) || (weekday !== 0 && weekday !== 6 && !daysOff.has(jdn)))) continue;
    for (const p of DEFAULT_WORKING_DAY) {
      const from = Math.max(localMidnight(jdn) + p.start * MS_PER_MINUTE, start);
      const to = localMidnight(jdn) + p.end * MS_PER_MINUTE;
      if (from >= to) continue;
      if (remaining <= to - from) return from + remaining;
      remaining -= to - from;
    }
  }
}

const daysOffIso = years.flatMap((y) => y.daysOff.map((d) => d.date));
const extraWorkingIso = years.flatMap((y) => y.extraWorkingDays.map((d) => d.date));

/**
 * What vendor systems typically do: walk Date objects day by day in local time, format each day
 * as text and look it up in the year's holiday list. Same answers, shown for scale.
 */
function typicalDueAt(start: number, workingDays: number): number {
  let remaining = workingDays * WORKING_DAY_MINUTES * MS_PER_MINUTE;
  const offset = 7 * 60 * MS_PER_MINUTE;
  const day = new Date(start + offset);
  day.setUTCHours(0, 0, 0, 0);
  for (;;) {
    const iso = day.toISOString().slice(0, 10);
    const weekday = day.getUTCDay();
    const working =
      extraWorkingIso.includes(iso) || (weekday !== 0 && weekday !== 6 && !daysOffIso.includes(iso));
    if (working) {
      for (const p of DEFAULT_WORKING_DAY) {
        const midnight = day.getTime() - offset;
        const from = Math.max(midnight + p.start * MS_PER_MINUTE, start);
        const to = midnight + p.end * MS_PER_MINUTE;
        if (from >= to) continue;
        if (remaining <= to - from) return from + remaining;
        remaining -= to - from;
      }
    }
    day.setUTCDate(day.getUTCDate() + 1);
  }
}

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const from = parseLocalDateTime('2024-01-01 00:00');
const to = parseLocalDateTime('2030-12-31 00:00');
const N = 1_000_000;
const starts = new Float64Array(N);
const days = new Uint8Array(N);
for (let i = 0; i < N; i++) {
  starts[i] = Math.floor(from + random() * (to - from));
  days[i] = 1 + Math.floor(random() * 30);
}

function measure(label: string, count: number, work: (i: number) => number): number {
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < count; i++) sink += work(i) % 7;
  const seconds = (performance.now() - t0) / 1000;
  const perSecond = count / seconds;
  console.log(
    `${label.padEnd(44)} ${Math.round(perSecond).toLocaleString('en-US').padStart(12)} /s  (${count.toLocaleString('en-US')} in ${seconds.toFixed(2)} s, checksum ${sink})`,
  );
  return perSecond;
}

console.log(`Working-time calendar 2024–2032: index built in ${buildMs.toFixed(1)} ms`);
// Same answers first: the benchmark compares equals.
for (let i = 0; i < 2000; i++) {
  const a = addWorkingTime(calendar, starts[i] ?? 0, { unit: 'working_days', amount: days[i] ?? 1 });
  const b = naiveDueAt(starts[i] ?? 0, days[i] ?? 1);
  if (a !== b) throw new Error(`index and naive loop disagree at ${i}: ${a} vs ${b}`);
  const c = typicalDueAt(starts[i] ?? 0, days[i] ?? 1);
  if (a !== c) throw new Error(`index and typical loop disagree at ${i}: ${a} vs ${c}`);
}
const indexed = measure('due time, indexed (addWorkingTime)', N, (i) =>
  addWorkingTime(calendar, starts[i] ?? 0, { unit: 'working_days', amount: days[i] ?? 1 }),
);
const naive = measure('due time, naive day-by-day loop', 100_000, (i) =>
  naiveDueAt(starts[i] ?? 0, days[i] ?? 1),
);
const typical = measure('due time, typical Date + holiday-list loop', 20_000, (i) =>
  typicalDueAt(starts[i] ?? 0, days[i] ?? 1),
);
console.log(`ratio indexed / naive loop over precomputed sets: ${(indexed / naive).toFixed(1)}×`);
console.log(
  `ratio indexed / typical Date loop: ${(indexed / typical).toFixed(1)}×  (goal ≥ 50×, ≥ 1,000,000/s)`,
);

const recomputeStarted = performance.now();
const rebuilt = buildCalendarForYears({ ...input, announcements: [...OFFICIAL_ANNOUNCEMENTS] });
const due = new Float64Array(N);
for (let i = 0; i < N; i++)
  due[i] = addWorkingTime(rebuilt, starts[i] ?? 0, { unit: 'working_days', amount: days[i] ?? 1 });
console.log(
  `recompute 1,000,000 open deadlines after a calendar change (rebuild index + recompute): ${((performance.now() - recomputeStarted) / 1000).toFixed(2)} s`,
);

await import('./catalog-search');
await import('./dossier-intake');
await import('./stats-report');
await import('./par');
await import('./stats-lag');
await import('./first-load');
