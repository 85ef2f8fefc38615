import { sql } from 'drizzle-orm';
import { CALENDAR_FIRST_YEAR } from '../../contracts/calendar';
import { isoToJdn, jdnToIso } from '../../domain/calendar/civil-date';
import type { Duration } from '../../domain/calendar/deadlines';
import { localDateOf } from '../../domain/calendar/local-time';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar';
import {
  dossiersOfRow,
  type LevelPeriod,
  type ProfileProblem,
  type ProfileRow,
  periodProblems,
} from '../../domain/stats/profile';
import {
  classCounts,
  type DaySpan,
  DOSSIER_CLASSES,
  type DossierClass,
  daySpan,
  dossierTimes,
  type Readings,
  receiptReadings,
} from '../../domain/stats/profile-plan';
import { queryRows, uuidArray } from '../db/client';
import { workingCalendarsOf } from '../modules/calendar/calendar-source';
import type { ProcedureForDossier } from '../modules/catalog/procedure-for-dossiers';
import { legalDuration } from '../modules/dossiers/processing-steps';
import { type UnitSummary, unitSummariesOfProvince } from '../modules/organisation/unit-tree';
import type { AppDeps } from '../platform/http';
import { SeededRandom } from './names';
import { DEMO_PROVINCE_CODE } from './province';
import type { CompetentUnit, PlannedDossier } from './stats-history-rows';

/**
 * What the statistics history reads before it writes anything — the levels, the units that decide
 * dossiers at each level with their desks and calendars, the procedures of each level, the day
 * sequences of dossier codes already taken — and each profile row checked against it: its units
 * on its dates, its procedures, whether each class of dossier can fit, whether the codes can.
 */

/** Unit kinds that decide dossiers at their level (not the province itself, desks or the centre). */
const COMPETENT_KINDS: ReadonlySet<string> = new Set(['department', 'district', 'commune']);

type UnitRow = UnitSummary;

type VersionRow = ProcedureForDossier & { readonly levels: readonly string[] };

export interface HistoryWorld {
  readonly levels: readonly LevelPeriod[];
  readonly units: readonly UnitRow[];
  readonly versions: readonly VersionRow[];
  readonly calendars: ReadonlyMap<string, WorkingCalendar>;
  /** The last code number taken, by `unitId|day`. */
  readonly lastNumbers: ReadonlyMap<string, number>;
  /** The largest day's number a code can hold ({seqN} of the configured layout). */
  readonly maxNumber: number;
  readonly today: string;
}

export const numberKey = (unitId: string, day: string) => `${unitId}|${day}`;

/** Everything the rows need, or null when the demo province is not loaded. */
export async function loadHistoryWorld(
  deps: AppDeps,
  rows: readonly ProfileRow[],
): Promise<HistoryWorld | null> {
  const province = deps.config.PROVINCE_CODE;
  const units = (await unitSummariesOfProvince(deps.db, province)).sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
  if (!units.some((u) => u.code === DEMO_PROVINCE_CODE)) return null;
  const levels = await queryRows<LevelPeriod>(
    deps.db,
    sql`select code, valid_from::text as "validFrom", valid_to::text as "validTo" from levels order by rank`,
  );
  const versions = await queryRows<VersionRow>(
    deps.db,
    sql`select p.id as "procedureId", p.code, v.id as "versionId", v.version, v.levels, v.content,
          coalesce((select array_agg(u.unit_id::text) from procedure_units u
                     where u.procedure_id = p.id and u.role = 'competent'), '{}') as "competentUnitIds",
          '{}'::text[] as "receivingUnitIds"
        from procedure_versions v join procedures p on p.id = v.procedure_id
       where p.province_code = ${province} and v.status <> 'draft' order by p.code, v.version`,
  );
  const competent = units.filter((u) => COMPETENT_KINDS.has(u.kind)).map((u) => u.id);
  const calendars = await workingCalendarsOf(deps.db, province, competent);
  const dates = rows.flatMap((r) => [r.from, r.to]).sort();
  const taken =
    dates.length === 0
      ? []
      : await queryRows<{ unitId: string; day: string; last: number }>(
          deps.db,
          sql`select unit_id as "unitId", day::text as day, last from dossier_code_sequences
               where unit_id = any(${uuidArray(competent)}) and day >= ${dates[0]}::date and day <= ${dates[dates.length - 1]}::date`,
        );
  const width = Number(/\{seq(\d)\}/.exec(deps.config.DOSSIER_CODE_PATTERN)?.[1] ?? 4);
  return {
    levels,
    units,
    versions,
    calendars,
    lastNumbers: new Map(taken.map((t) => [numberKey(t.unitId, t.day), t.last])),
    maxNumber: 10 ** width - 1,
    today: localDateOf(deps.clock.now().getTime()),
  };
}

/** A unit deciding dossiers of a row, on the days of the row it existed, with its procedures. */
interface UnitEntry {
  readonly unit: CompetentUnit;
  readonly receipt: DaySpan;
  readonly days: readonly string[];
  readonly procedures: readonly ProcedureForDossier[];
  readonly online: readonly ProcedureForDossier[];
}

export interface RowSetup {
  readonly row: ProfileRow;
  readonly span: DaySpan;
  readonly entries: readonly UnitEntry[];
  readonly counts: Readonly<Record<DossierClass, number>>;
  /** Per class, the units and procedures from which a dossier of the class surely fits. */
  readonly fitting: Readonly<
    Record<DossierClass, readonly { entry: UnitEntry; procedures: ProcedureForDossier[] }[]>
  >;
}

const PHRASE: Record<DossierClass, string> = {
  early: 'resolved early',
  on_time: 'resolved on its due day',
  late: 'resolved late (after its due time) by the end',
  in_time: 'still open and in time at the end',
  overdue: 'still open and overdue at the end',
};

const durationKey = (d: Duration) => `${d.unit}:${d.amount}`;

/** A number per calendar object, so units sharing a calendar share their cached readings. */
const calendarIds = new WeakMap<WorkingCalendar, number>();
let calendarsSeen = 0;
const calendarId = (calendar: WorkingCalendar) => {
  const known = calendarIds.get(calendar);
  if (known !== undefined) return known;
  calendarsSeen += 1;
  calendarIds.set(calendar, calendarsSeen);
  return calendarsSeen;
};

/** `receiptReadings`, remembered per calendar, days, duration, end and class. */
export function cachedReadings(
  cache: Map<string, Readings | null>,
  calendar: WorkingCalendar,
  duration: Duration,
  receipt: DaySpan,
  end: number,
  cls: DossierClass,
): Readings | null {
  const key = `${calendarId(calendar)}|${receipt.start}|${receipt.end}|${durationKey(duration)}|${end}|${cls}`;
  if (cache.has(key)) return cache.get(key) ?? null;
  const readings = receiptReadings(calendar, duration, receipt, end, cls);
  cache.set(key, readings);
  return readings;
}

/**
 * The procedure versions dossiers of a level are filed under: those that list the level; when
 * none does (the catalog of a later organisation, which no longer has the level), those of the
 * level its units passed their work to (their successors': the province for the districts).
 */
function versionsOfLevel(world: HistoryWorld, level: string): VersionRow[] {
  const own = world.versions.filter((v) => v.levels.includes(level));
  if (own.length > 0) return own;
  const byId = new Map(world.units.map((u) => [u.id, u]));
  const heirs = new Set(
    world.units
      .filter((u) => u.levelCode === level && u.successorId !== null)
      .map((u) => byId.get(u.successorId ?? '')?.levelCode),
  );
  return world.versions.filter((v) => v.levels.some((l) => heirs.has(l)));
}

function entriesOf(world: HistoryWorld, row: ProfileRow, ofLevel: readonly VersionRow[]): UnitEntry[] {
  const byId = new Map(world.units.map((u) => [u.id, u]));
  const online = ofLevel.filter((v) => v.content.online !== 'none');
  const deskOf = (unit: UnitRow) =>
    world.units.find((u) => u.kind === 'desk' && u.parentId === unit.id) ??
    world.units.find(
      (u) =>
        u.kind === 'desk' &&
        u.levelCode === unit.levelCode &&
        byId.get(u.parentId ?? '')?.kind === 'service_centre',
    ) ??
    unit;
  const province = world.units.find((u) => u.code === DEMO_PROVINCE_CODE);
  const provincePlace = (province?.name ?? '').replace(/^UBND /, '').replace(/ \(.*\)$/, '');
  return world.units.flatMap((unit) => {
    const calendar = world.calendars.get(unit.id);
    if (unit.levelCode !== row.level || !COMPETENT_KINDS.has(unit.kind) || !calendar) return [];
    const from = unit.validFrom > row.from ? unit.validFrom : row.from;
    const to = unit.validTo !== null && unit.validTo < row.to ? unit.validTo : row.to;
    const days: string[] = [];
    for (let jdn = isoToJdn(from); jdn <= isoToJdn(to); jdn++) {
      if (calendar.isWorkingDay[jdn - calendar.firstJdn] === 1) days.push(jdnToIso(jdn));
    }
    if (days.length === 0) return [];
    const own = ofLevel.filter((v) => v.competentUnitIds.includes(unit.id));
    const place = unit.kind === 'department' ? provincePlace : unit.name.replace(/^UBND /, '');
    return [
      {
        unit: { id: unit.id, code: unit.code, name: unit.name, deskId: deskOf(unit).id, place, calendar },
        receipt: daySpan(from, to),
        days,
        procedures: own.length > 0 ? own : ofLevel,
        online: own.length > 0 ? own.filter((v) => v.content.online !== 'none') : online,
      },
    ];
  });
}

/** Whether a dossier of the class surely fits: its receipts exist and a few draws all land. */
function fits(
  cache: Map<string, Readings | null>,
  entry: UnitEntry,
  duration: Duration,
  end: number,
  cls: DossierClass,
): boolean {
  const readings = cachedReadings(cache, entry.unit.calendar, duration, entry.receipt, end, cls);
  if (!readings) return false;
  const random = new SeededRandom(7);
  const draw = () => random.next();
  for (let i = 0; i < 12; i++) {
    if (dossierTimes(entry.unit.calendar, duration, readings, entry.receipt, end, cls, draw)) return true;
  }
  return false;
}

/** A row's units, procedures and counts, or its problems. */
export function setUpRow(
  world: HistoryWorld,
  row: ProfileRow,
  cache: Map<string, Readings | null>,
): { setup: RowSetup | null; problems: ProfileProblem[] } {
  const fail = (message: string) => ({ setup: null, problems: [{ row: row.row, message }] });
  const versions = versionsOfLevel(world, row.level);
  if (versions.length === 0)
    return fail(`no procedure of the ${row.level} level (no procedure version lists it)`);
  const entries = entriesOf(world, row, versions);
  if (entries.length === 0)
    return fail(`no ${row.level} unit existed on a working day from ${row.from} to ${row.to}`);
  const span = daySpan(row.from, row.to);
  const fitting = {} as Record<DossierClass, { entry: UnitEntry; procedures: ProcedureForDossier[] }[]>;
  const known = new Map<string, boolean>();
  for (const cls of DOSSIER_CLASSES) {
    fitting[cls] = entries.flatMap((entry) => {
      const procedures = entry.procedures.filter((p) => {
        const duration = legalDuration(p, 'counter');
        const key = `${calendarId(entry.unit.calendar)}|${entry.receipt.start}|${entry.receipt.end}|${durationKey(duration)}|${cls}`;
        let ok = known.get(key);
        if (ok === undefined) {
          ok = fits(cache, entry, duration, span.end, cls);
          known.set(key, ok);
        }
        return ok;
      });
      return procedures.length > 0 ? [{ entry, procedures }] : [];
    });
  }
  const counts = classCounts(row);
  // Early and on time count together: when only one of them can fit, all of them are of that one.
  if (fitting.early.length === 0) {
    counts.on_time += counts.early;
    counts.early = 0;
  } else if (fitting.on_time.length === 0) {
    counts.early += counts.on_time;
    counts.on_time = 0;
  }
  const problems = DOSSIER_CLASSES.filter((cls) => counts[cls] > 0 && fitting[cls].length === 0).map(
    (cls) => ({
      row: row.row,
      message: `${counts[cls]} dossier(s) cannot fit: no ${row.level} procedure received from ${row.from} to ${row.to} can be ${PHRASE[cls]} (${row.to})`,
    }),
  );
  const capacity = entries.reduce(
    (sum, e) =>
      sum +
      e.days.reduce(
        (n, day) => n + world.maxNumber - (world.lastNumbers.get(numberKey(e.unit.id, day)) ?? 0),
        0,
      ),
    0,
  );
  if (dossiersOfRow(row) > capacity) {
    problems.push({
      row: row.row,
      message: `${dossiersOfRow(row)} dossiers cannot all get a code: at most ${capacity} fit (${world.maxNumber} a day at each unit)`,
    });
  }
  return problems.length > 0
    ? { setup: null, problems }
    : { setup: { row, span, entries, counts, fitting }, problems: [] };
}

/** Every problem of the rows against the database; the setups when there are none. */
export function checkRows(
  world: HistoryWorld,
  rows: readonly ProfileRow[],
  cache: Map<string, Readings | null>,
): { setups: RowSetup[]; problems: ProfileProblem[] } {
  const periods = periodProblems(rows, {
    levels: world.levels,
    today: world.today,
    earliest: `${CALENDAR_FIRST_YEAR}-01-01`,
  });
  const setups: RowSetup[] = [];
  const problems = [...periods];
  for (const row of rows) {
    if (periods.some((p) => p.row === row.row)) continue;
    const checked = setUpRow(world, row, cache);
    problems.push(...checked.problems);
    if (checked.setup) setups.push(checked.setup);
  }
  return { setups, problems };
}

/** Picks dossiers of a row's classes at random: unit by its working days, channel, procedure, times. */
export class RowSampler {
  readonly #weights: number[];
  readonly #total: number;
  constructor(
    private readonly setup: RowSetup,
    private readonly random: SeededRandom,
    private readonly cache: Map<string, Readings | null>,
    /** Dossiers numbered so far, by `unitId|day` (codes hold at most `maxNumber` a day). */
    private readonly used: Map<string, number>,
    private readonly maxNumber: number,
  ) {
    let sum = 0;
    this.#weights = setup.entries.map((e) => (sum += e.days.length));
    this.#total = sum;
  }

  #entry(): UnitEntry {
    const target = this.random.next() * this.#total;
    let lo = 0;
    let hi = this.#weights.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#weights[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    const entry = this.setup.entries[lo];
    if (!entry) throw new Error('a row has units');
    return entry;
  }

  #channel(): PlannedDossier['channel'] {
    const u = this.random.next();
    return u < 0.35 ? 'online' : u < 0.4 ? 'postal' : 'counter';
  }

  #try(
    entry: UnitEntry,
    procedure: ProcedureForDossier,
    channel: PlannedDossier['channel'],
    cls: DossierClass,
  ) {
    const duration = legalDuration(procedure, channel);
    const { calendar } = entry.unit;
    const end = this.setup.span.end;
    const readings = cachedReadings(this.cache, calendar, duration, entry.receipt, end, cls);
    if (!readings) return null;
    const times = dossierTimes(calendar, duration, readings, entry.receipt, end, cls, () =>
      this.random.next(),
    );
    if (!times) return null;
    const key = numberKey(entry.unit.id, localDateOf(times.receivedAt));
    const used = this.used.get(key) ?? 0;
    if (used >= this.maxNumber) return null;
    this.used.set(key, used + 1);
    return { unit: entry.unit, procedure, channel, cls, times, personSeed: this.random.int(2 ** 31) };
  }

  /** One dossier of the class; throws when it cannot place one (the checks make that rare). */
  sample(cls: DossierClass): PlannedDossier {
    for (let attempt = 0; attempt < 24; attempt++) {
      const entry = this.#entry();
      const drawn = this.#channel();
      // Online only where the procedure is offered online; else the applicant came to the counter.
      const channel = drawn === 'online' && entry.online.length === 0 ? 'counter' : drawn;
      const list = channel === 'online' ? entry.online : entry.procedures;
      const planned = this.#try(entry, this.random.pick(list), channel, cls);
      if (planned) return planned;
    }
    const fitting = this.setup.fitting[cls];
    for (let attempt = 0; attempt < 200 && fitting.length > 0; attempt++) {
      const { entry, procedures } = this.random.pick(fitting);
      const planned = this.#try(entry, this.random.pick(procedures), 'counter', cls);
      if (planned) return planned;
    }
    throw new Error(`row ${this.setup.row.row}: could not place a dossier ${PHRASE[cls]}`);
  }
}
