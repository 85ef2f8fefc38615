import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZCounterIntakeRequest } from '../../../contracts/dossiers';
import type { WorkingCalendar } from '../../../domain/calendar/working-calendar';
import type { ProcedureLevel } from '../../../domain/catalog/procedure';
import { decidingUnit } from '../../../domain/dossier/deciding-unit';
import { isOtherLevel, LEVEL_WORDS, levelOfDesk } from '../../../domain/dossier/desk-suggestions';
import { queryRowsPrepared, type Tx, uuidArray } from '../../db/client';
import { scopeReaches, unitsAboveSql } from '../../platform/access';
import { AppError, notFound } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { type ClaimedKey, claimKeysStatement, type KeyClaim } from '../../platform/idempotency';
import {
  type CalendarInputs,
  calendarInputsSql,
  workingCalendarsFromInputs,
} from '../calendar/calendar-source';
import { type ProcedureForDossier, proceduresInForceSql } from '../catalog/procedure-for-dossiers';
import type { DossierCaller } from './command';
import { reserveSequencesSql, type UnitSummary } from './repo';

/**
 * Where desk receipts go, and what they are counted in: everything a batch of receipts reads
 * before it writes, in one statement.
 */

type CounterIntake = z.infer<typeof ZCounterIntakeRequest>;

/** A receipt handed in at a desk: who hands it in, what, and the claim on its Idempotency-Key. */
export interface DeskReceipt {
  readonly caller: DossierCaller;
  readonly request: CounterIntake;
  readonly claim: KeyClaim;
}

/** A checked receipt and where it goes: the procedure in force, the desk, the competent unit. */
export interface PlacedReceipt extends DeskReceipt {
  readonly procedure: ProcedureForDossier;
  readonly desk: UnitSummary;
  readonly competent: UnitSummary;
  /** The desk's level when the procedure is not of it (a receipt the clerk confirmed), else null. */
  readonly otherLevelOfDesk: ProcedureLevel | null;
}

/** What a batch of receipts reads before it writes (`readReceiptContext`). */
export interface ReceiptContext {
  /** The keys the batch claimed (the others are retries, or have none). */
  readonly claimed: readonly ClaimedKey[];
  readonly procedures: readonly ProcedureForDossier[];
  readonly units: readonly UnitSummary[];
  /** Each desk and the units above it, for the scope check. */
  readonly above: Readonly<Record<string, readonly string[]>>;
  /** What the working calendars of the units that may be competent come from. */
  readonly calendar: CalendarInputs;
  /** The competent unit chosen for each fresh receipt (by its index), null when none is. */
  readonly chosen: Readonly<Record<string, string | null>>;
  /** The day's numbers reserved at each chosen unit: how many, and the last one now taken. */
  readonly reserved: readonly { readonly unitId: string; readonly count: number; readonly last: number }[];
}

/** Stands for the claim when no receipt has a key, so the statement keeps its shape. */
const NO_CLAIM = sql`select null::uuid as "userId", null::text as key where false`;

/**
 * Claims the receipts' Idempotency-Keys (`claimKeysStatement`), reads what they need and
 * reserves their codes' numbers, in one prepared statement:
 * - the procedures in force today; the units a receipt may name — its desk and the units up its
 *   tree (its level, `levelOfDesk`), the unit asked for, a procedure's only competent unit — with
 *   the office hours that apply to them; and the units above each desk (for the scope check);
 * - for each fresh receipt (no key, or its key claimed now), the unit competent for it: the one
 *   asked for (another commune's = non-territorial receipt, Decree 118/2025 art. 14), else the
 *   desk itself or the unit the desk belongs to when competent, else the procedure's only
 *   competent unit; none when the one asked for is not competent;
 * - the numbers of the day at each chosen unit, reserved for its receipts at once (the upsert
 *   takes the (unit, day) rows' locks in unit order, held to the commit: codes are consecutive
 *   and race-free). A batch that then fails rolls them back with the rest.
 * Locks come in the order of separate statements: the numbers are reserved from an aggregate over
 * every fresh receipt, which reads the whole claim first, so all keys are claimed (in key order)
 * before any (unit, day) row is locked (in unit order).
 */
export async function readReceiptContext(
  deps: AppDeps,
  tx: Tx,
  receipts: readonly DeskReceipt[],
  today: string,
): Promise<ReceiptContext> {
  const province = deps.config.PROVINCE_CODE;
  const desks = receipts.map((r) => r.request.deskUnitId);
  const asked = receipts.flatMap((r) => (r.request.competentUnitId ? [r.request.competentUnitId] : []));
  const procedureIds = receipts.map((r) => r.request.procedureId);
  const claim =
    claimKeysStatement(
      deps.clock,
      receipts.map((r) => r.claim),
    ) ?? NO_CLAIM;
  const requests = receipts.map((r, i) => ({
    i,
    desk: r.request.deskUnitId,
    procedure: r.request.procedureId,
    asked: r.request.competentUnitId ?? null,
    userId: r.claim.userId,
    key: r.claim.key ?? null,
  }));
  const [context] = await queryRowsPrepared<ReceiptContext>(
    tx,
    sql`with recursive claimed as (${claim}),
    procs as (${proceduresInForceSql(province, procedureIds, today)}),
    -- Each desk and the units up its tree: its level is that of the nearest commune up there.
    desk_chain(id, parent_id, depth) as (
      select id, parent_id, 0 from units where id = any(${uuidArray(desks)})
      union all
      select u.id, u.parent_id, c.depth + 1 from units u join desk_chain c on u.id = c.parent_id where c.depth < 32),
    wanted as (
      select id from units where id = any(${uuidArray([...desks, ...asked])})
      union select id from desk_chain
      union select ("competentUnitIds")[1]::uuid from procs where cardinality("competentUnitIds") = 1),
    requests as (select * from jsonb_to_recordset(${JSON.stringify(requests)}::jsonb)
      as r(i integer, desk uuid, procedure uuid, asked uuid, "userId" uuid, key text)),
    -- decidingUnit (domain/dossier/deciding-unit.ts), here to reserve the numbers in this statement;
    -- placeReceipts checks that both chose alike, and competent-unit.test.ts walks every branch.
    picked as (
      select r.i, case
          when r.asked is not null then r.asked
          when r.desk::text = any(p."competentUnitIds") then r.desk
          when d.parent_id::text = any(p."competentUnitIds") then d.parent_id
          when cardinality(p."competentUnitIds") = 1 then p."competentUnitIds"[1]::uuid
        end as unit, p."competentUnitIds" as competent
        from requests r join procs p on p."procedureId" = r.procedure join units d on d.id = r.desk
       where r.key is null or exists (select 1 from claimed c where c."userId" = r."userId" and c.key = r.key)),
    chosen as (select i, case when unit::text = any(competent) then unit end as unit from picked),
    reserved as (${reserveSequencesSql(
      sql`select unit, ${today}::date, count(*)::integer from chosen where unit is not null group by unit order by unit`,
    )})
    select (select coalesce(json_agg(c), '[]'::json) from claimed c) as claimed,
      (select coalesce(json_agg(p), '[]'::json) from procs p) as procedures,
      (select coalesce(json_agg(json_build_object('id', u.id, 'code', u.code, 'name', u.name, 'kind', u.kind,
          'parentId', u.parent_id)), '[]'::json) from units u where u.id in (select id from wanted)) as units,
      ${unitsAboveSql(sql`select unnest(${uuidArray(desks)})`)} as above,
      ${calendarInputsSql(province, sql`select id from wanted`)} as calendar,
      (select coalesce(json_object_agg(i, unit), '{}'::json) from chosen) as chosen,
      (select coalesce(json_agg(json_build_object('unitId', r."unitId", 'last', r.last, 'count', n.count)), '[]'::json)
         from reserved r join (select unit, count(*)::integer as count from chosen group by unit) n
           on n.unit = r."unitId") as reserved`,
  );
  if (!context) throw new Error('the receipt context is one row');
  return context;
}

/**
 * The desk's level when the procedure is another level's (`isOtherLevel`, the rule the intake's
 * suggestions follow); throws 422 naming the procedure's level and agency unless the clerk confirmed.
 */
function unconfirmedOtherLevel(
  request: CounterIntake,
  procedure: ProcedureForDossier,
  desk: UnitSummary,
  competent: UnitSummary,
  known: ReadonlyMap<string, UnitSummary>,
): ProcedureLevel | null {
  const deskLevel = levelOfDesk(desk.id, known);
  if (!isOtherLevel(procedure.content, deskLevel)) return null;
  if (request.otherLevelConfirmed) return deskLevel;
  const levels = procedure.content.levels;
  throw new AppError('dossier_other_level_unconfirmed', 422, {
    levelsVi: levels.map((l) => LEVEL_WORDS[l].vi).join(', '),
    levelsEn: levels.map((l) => LEVEL_WORDS[l].en).join(', '),
    deskLevelVi: LEVEL_WORDS[deskLevel].vi,
    deskLevelEn: LEVEL_WORDS[deskLevel].en,
    competentUnit: competent.name,
  });
}

/** Receipts placed, with the working calendars of their competent units. */
export interface PlacedReceipts {
  readonly placed: PlacedReceipt[];
  readonly calendars: ReadonlyMap<string, WorkingCalendar>;
}

/**
 * Checks receipts as a lone one is checked, in this order — the desk in the clerk's scope (404),
 * the procedure in force (422), the desk known (404), a unit competent for it (422) — against
 * what their batch read (`readReceiptContext`); throws the first failing receipt's error.
 * Answers them placed, with the calendars of the competent units of those received.
 */
export async function placeReceipts(
  deps: AppDeps,
  tx: Tx,
  receipts: readonly (DeskReceipt & { readonly index: number })[],
  context: ReceiptContext,
): Promise<PlacedReceipts> {
  if (receipts.length === 0) return { placed: [], calendars: new Map() };
  const procedures = new Map(context.procedures.map((p) => [p.procedureId, p]));
  const known = new Map(context.units.map((u) => [u.id, u]));
  const placed = receipts.map((r) => {
    if (!scopeReaches(r.caller.auth, ['clerk'], context.above[r.request.deskUnitId] ?? [])) throw notFound();
    const procedure = procedures.get(r.request.procedureId);
    if (!procedure) throw new AppError('dossier_procedure_unavailable', 422);
    const desk = known.get(r.request.deskUnitId);
    if (!desk) throw notFound();
    const decided = decidingUnit({
      asked: r.request.competentUnitId ?? null,
      desk,
      competentUnitIds: procedure.competentUnitIds,
    });
    // The statement reserved the numbers at the unit it chose by the same rule, for speed.
    if (decided !== (context.chosen[String(r.index)] ?? null))
      throw new Error('the receipt statement and decidingUnit chose different units');
    const competent = decided === null ? undefined : known.get(decided);
    if (!competent) throw new AppError('dossier_unit_not_competent', 422);
    const otherLevelOfDesk = unconfirmedOtherLevel(r.request, procedure, desk, competent, known);
    return { ...r, procedure, desk, competent, otherLevelOfDesk };
  });
  const counted = placed.filter((r) => r.request.outcome === 'receive').map((r) => r.competent.id);
  const calendars = await workingCalendarsFromInputs(tx, deps.config.PROVINCE_CODE, context.calendar, [
    ...new Set(counted),
  ]);
  return { placed, calendars };
}
