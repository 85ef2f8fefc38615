import { localDateOf } from '../../../domain/calendar/local-time';
import { countStatuses } from '../../../domain/par/tasks';
import type { DbOrTx } from '../../db/client';
import { type ReformMetric, shareValue } from '../../platform/reform-metric';
import { viewTasks } from './task-views';
import { taskFactsDueWithin } from './tasks-repo';

/**
 * Of the tasks the People's Committee assigned that fell due this year (or are already done), the
 * share done — on time or late, as the board counts them (the status rule of domain/par/tasks.ts
 * in the lead unit's calendar). Tasks not yet due and not done do not count yet.
 */
async function tasksDoneShare(
  db: DbOrTx,
  ctx: { readonly provinceCode: string; readonly year: number; readonly now: Date },
  unitId: string | null,
) {
  const today = localDateOf(ctx.now.getTime());
  if (`${ctx.year}-01-01` > today) return null;
  const facts = await taskFactsDueWithin(
    db,
    ctx.provinceCode,
    `${ctx.year}-01-01`,
    `${ctx.year}-12-31`,
    unitId,
  );
  const views = await viewTasks(db, ctx.provinceCode, facts, [], ctx.now);
  const counts = countStatuses(
    views.map((v) => v.status).filter((s) => s === 'done_on_time' || s === 'done_late' || s === 'overdue'),
  );
  const done = counts.byStatus.done_on_time + counts.byStatus.done_late;
  const asOf = `${ctx.year}-12-31` < today ? `${ctx.year}-12-31` : today;
  return shareValue(done, counts.total, asOf);
}

/** The reform metrics the task follow-up measures. */
export const parReformMetrics: readonly ReformMetric[] = [
  {
    code: 'par_tasks_done_share',
    titleVi: 'Tỷ lệ nhiệm vụ UBND tỉnh giao đã đến hạn được hoàn thành',
    titleEn: 'Tasks assigned by the People’s Committee that fell due, done',
    source: 'reform',
    measure: (db, ctx) => tasksDoneShare(db, ctx, null),
    measureUnit: (db, ctx) => tasksDoneShare(db, ctx, ctx.unitId),
  },
];
