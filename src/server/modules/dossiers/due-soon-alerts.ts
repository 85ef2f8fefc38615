import { and, eq, isNull, sql } from 'drizzle-orm';
import { workingMinutesBetween } from '../../../domain/calendar/deadlines';
import { urgencyOf } from '../../../domain/dossier/rules';
import type { Role } from '../../../domain/identity/roles';
import { queryRows } from '../../db/client';
import { deadlineClocks } from '../../db/schema';
import type { AppDeps } from '../../platform/http';
import { workingCalendarsOf } from '../calendar/calendar-source';
import { enqueueStaffAlert } from './notices';
import { DOSSIER_CLOCK, STEP_CLOCK } from './processing-steps';

interface DueClock {
  clockId: string;
  subjectType: string;
  unitId: string;
  dueAt: Date | string;
  dossierId: string;
  code: string;
  procedureName: string;
  receivingUnitId: string;
  competentUnitId: string;
  stepName: string | null;
  stepRole: string | null;
  stepUnitId: string | null;
}

/** Calendar days beyond the warning window that may still hold it (weekends, Tết). */
const HOLIDAY_SLACK_DAYS = 12;

/**
 * Warns the people concerned, once, when a step or a dossier enters its due-soon window
 * (`DUE_SOON_WORKING_DAYS` working days of its unit, domain.md §4): a step's holders of its role
 * at its unit; for the dossier's legal due time, the approvers of the competent unit (who must
 * apologise in writing before it is late) and the clerks of the desk. Each clock is claimed by
 * setting its `warned_at`, so many processes may run this at once and nobody is told twice.
 * Answers how many clocks were warned of.
 */
export async function alertDueSoon(deps: AppDeps): Promise<number> {
  const now = deps.clock.now();
  const windowDays = deps.config.DUE_SOON_WORKING_DAYS;
  const horizon = new Date(now.getTime() + (windowDays + HOLIDAY_SLACK_DAYS) * 86_400_000);
  const candidates = await queryRows<DueClock>(
    deps.db,
    sql`select c.id as "clockId", c.subject_type as "subjectType", c.unit_id as "unitId", c.due_at as "dueAt",
        d.id as "dossierId", d.code, v.name as "procedureName", d.receiving_unit_id as "receivingUnitId",
        d.competent_unit_id as "competentUnitId", s.name as "stepName", s.role as "stepRole", s.unit_id as "stepUnitId"
      from deadline_clocks c
      left join dossier_steps s on c.subject_type = ${STEP_CLOCK} and s.id = c.subject_id
      join dossiers d on d.id = case when c.subject_type = ${DOSSIER_CLOCK} then c.subject_id else s.dossier_id end
      join procedure_versions v on v.id = d.procedure_version_id
      where c.province_code = ${deps.config.PROVINCE_CODE} and c.subject_type in (${DOSSIER_CLOCK}, ${STEP_CLOCK})
        and c.state = 'running' and c.warned_at is null and c.due_at > ${now} and c.due_at <= ${horizon}
      order by c.due_at
      limit 1000`,
  );
  if (candidates.length === 0) return 0;
  const calendars = await workingCalendarsOf(
    deps.db,
    deps.config.PROVINCE_CODE,
    candidates.map((c) => c.unitId),
  );
  let warned = 0;
  for (const clock of candidates) {
    const calendar = calendars.get(clock.unitId);
    if (!calendar) continue;
    const dueAt = new Date(clock.dueAt).getTime();
    const urgency = urgencyOf(
      {
        dueAt,
        now: now.getTime(),
        remainingWorkingMinutes: workingMinutesBetween(calendar, now.getTime(), dueAt),
      },
      windowDays * calendar.workingDayMinutes,
    );
    if (urgency !== 'due_soon') continue;
    const claimed = await deps.db.transaction(async (tx) => {
      const [mine] = await tx
        .update(deadlineClocks)
        .set({ warnedAt: now })
        .where(and(eq(deadlineClocks.id, clock.clockId), isNull(deadlineClocks.warnedAt)))
        .returning({ id: deadlineClocks.id });
      if (!mine) return false;
      const facts = { code: clock.code, procedureName: clock.procedureName, stepName: clock.stepName, dueAt };
      const { stepUnitId, stepRole } = clock;
      const forStep = clock.subjectType === STEP_CLOCK && stepUnitId !== null && stepRole !== null;
      await enqueueStaffAlert(deps, tx, {
        topic: forStep ? 'step_due_soon' : 'dossier_due_soon',
        dossierId: clock.dossierId,
        audiences: forStep
          ? [{ unitId: stepUnitId, roles: [stepRole as Role] }]
          : [
              { unitId: clock.competentUnitId, roles: ['approver'] },
              { unitId: clock.receivingUnitId, roles: ['clerk'] },
            ],
        facts,
      });
      return true;
    });
    if (claimed) warned++;
  }
  return warned;
}
