import { vietnameseDay } from '../../../domain/calendar/civil-date';
import { localDateOf } from '../../../domain/calendar/local-time';
import type { ImportRowError } from '../../../domain/organisation/unit-import';
import type { SpreadsheetRow } from '../../../domain/par/plan-import';
import {
  PROGRESS_IMPORT_COLUMNS,
  parseProgressSheet,
  parseTaskSheet,
  progressUnchanged,
} from '../../../domain/par/task-import';
import type { TaskStatus } from '../../../domain/par/tasks';
import type { AuthContext } from '../../platform/access';
import { AppError } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { formatMessage, problemMessages } from '../../platform/messages';
import { writeWorkbook } from '../../platform/spreadsheet';
import { unitSummariesOf, unitSummariesOfProvince } from '../organisation/unit-tree';
import { parCaller, taskPermissions } from './par-access';
import { agencyResolver } from './plans';
import { assignTaskIn, completionChange, progressChange, runTaskCommandIn } from './task-commands';
import { readableTaskViews } from './task-views';
import type { TaskFilters } from './tasks-repo';
import { taskById } from './tasks-repo';

/** A refused row's reason in the caller's language, from the command's problem. */
function rowProblem(error: AppError, row: number, column: string, _lang: 'vi' | 'en'): ImportRowError {
  const text = problemMessages[error.code];
  const overrides: Partial<Record<string, { vi: string; en: string }>> = {
    not_found: {
      vi: 'Không có nhiệm vụ này hoặc bạn không được xem',
      en: 'No such task, or you may not see it',
    },
    forbidden: { vi: 'Đơn vị của bạn không chủ trì nhiệm vụ này', en: 'Your unit does not lead this task' },
    version_conflict: {
      vi: 'Nhiệm vụ đã được cập nhật sau khi xuất tệp: hãy xuất lại tệp',
      en: 'The task changed after the sheet was exported: export it again',
    },
  };
  const message = overrides[error.code] ?? {
    vi: formatMessage(text.vi, error.params),
    en: formatMessage(text.en, error.params),
  };
  const field = error.fieldErrors[0]?.message;
  return { row, column, vi: field ?? message.vi, en: field ?? message.en };
}

function refuse(errors: readonly ImportRowError[], lang: 'vi' | 'en'): AppError {
  return new AppError(
    'import_invalid',
    422,
    { count: new Set(errors.map((e) => e.row)).size },
    errors.map((e) => ({
      path: `row ${e.row}${e.column ? `: ${e.column}` : ''}`,
      message: lang === 'vi' ? e.vi : e.en,
      code: 'invalid_row',
    })),
  );
}

/**
 * Assigns every task of a sheet (a yearly plan's tasks at once), all rows or none, in one
 * transaction, each through the same command as one assignment.
 */
export async function importTasks(
  deps: AppDeps,
  auth: AuthContext,
  input: { readonly planId: string | null; readonly rows: readonly SpreadsheetRow[] },
  meta: CommandMeta,
): Promise<{ imported: number }> {
  return deps.db.transaction(async (tx) => {
    const units = (await unitSummariesOfProvince(tx, deps.config.PROVINCE_CODE)).filter(
      (u) => u.validTo === null,
    );
    const byName = agencyResolver(units);
    const byCode = new Map(units.map((u) => [u.code.toLowerCase(), u.id]));
    const verdict = parseTaskSheet(input.rows, {
      resolveAgency: (name) => byCode.get(name.toLowerCase()) ?? byName(name),
      today: localDateOf(deps.clock.now().getTime()),
    });
    if (!verdict.ok) throw refuse(verdict.errors, meta.lang);
    const errors: ImportRowError[] = [];
    for (const row of verdict.rows) {
      try {
        await assignTaskIn(
          tx,
          deps,
          auth,
          {
            title: row.title,
            sourceDocument: row.sourceDocument,
            assignedBy: row.assignedBy,
            leadUnitId: row.leadAgencyId,
            cooperatingUnitIds: [...row.cooperatingAgencyIds],
            dueDate: row.dueDate,
            expectedOutput: row.expectedOutput,
            planId: input.planId,
            area: row.area as never,
            parentId: null,
          },
          meta,
        );
      } catch (error) {
        // A refusal at the first row is the caller's right to assign: the whole file is refused.
        if (error instanceof AppError && error.status === 403) throw error;
        if (!(error instanceof AppError)) throw error;
        errors.push(rowProblem(error, row.row, '', meta.lang));
      }
    }
    if (errors.length > 0) throw refuse(errors, meta.lang);
    return { imported: verdict.rows.length };
  });
}

/**
 * Writes the progress a lead unit typed in its exported sheet: each changed row through the same
 * command as one update (version checked, the lead unit only), all rows or none.
 */
export async function importProgress(
  deps: AppDeps,
  auth: AuthContext,
  rows: readonly SpreadsheetRow[],
  meta: CommandMeta,
): Promise<{ updated: number; completed: number; unchanged: number }> {
  const verdict = parseProgressSheet(rows);
  if (!verdict.ok) throw refuse(verdict.errors, meta.lang);
  return deps.db.transaction(async (tx) => {
    const errors: ImportRowError[] = [];
    let updated = 0;
    let completed = 0;
    let unchanged = 0;
    for (const row of verdict.rows) {
      const task = await taskById(tx, deps.config.PROVINCE_CODE, row.taskId);
      if (task && progressUnchanged(row, task)) {
        unchanged++;
        continue;
      }
      if (row.percent < 100 && row.note === null) {
        errors.push({
          row: row.row,
          column: 'progress_note',
          vi: 'Cần ghi kết quả thực hiện khi cập nhật tiến độ',
          en: 'Write what was done when updating the progress',
        });
        continue;
      }
      const change =
        row.percent === 100
          ? completionChange(deps, auth, { output: row.output ?? '' })
          : progressChange(deps, auth, { percent: row.percent, note: row.note ?? '' });
      try {
        await runTaskCommandIn(tx, deps, auth, row.taskId, 'update', row.version, change);
        if (row.percent === 100) completed++;
        else updated++;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        errors.push(rowProblem(error, row.row, 'id', meta.lang));
      }
    }
    if (errors.length > 0) throw refuse(errors, meta.lang);
    return { updated, completed, unchanged };
  });
}

const STATUS_VI: Readonly<Record<TaskStatus, string>> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  overdue: 'Quá hạn',
};

/**
 * The open tasks the caller's units lead, as a sheet to fill in and import back: identified by id
 * and version, with the progress columns to write.
 */
export async function progressWorkbook(deps: AppDeps, auth: AuthContext, filters: TaskFilters) {
  const caller = await parCaller(deps.db, auth);
  const views = (
    await readableTaskViews(deps.db, deps.config.PROVINCE_CODE, caller, filters, deps.clock.now())
  ).filter((v) => v.row.completedAt === null && taskPermissions(caller, v.row).update);
  const units = await unitSummariesOf(
    deps.db,
    views.map((v) => v.row.leadUnitId),
  );
  const header = new Map(PROGRESS_IMPORT_COLUMNS.map((c) => [c.key, c.vi]));
  const column = (key: string, width: number) => ({ header: header.get(key) ?? key, key, width });
  const bytes = await writeWorkbook([
    {
      name: 'Tiến độ nhiệm vụ',
      columns: [
        column('id', 38),
        column('version', 10),
        column('title', 60),
        column('lead_agency', 28),
        column('due_date', 14),
        column('status', 20),
        column('progress_percent', 12),
        column('progress_note', 50),
        column('output', 40),
      ],
      rows: views.map((v) => ({
        id: v.row.id,
        version: v.row.rowVersion,
        title: v.row.title,
        lead_agency: units.get(v.row.leadUnitId)?.name ?? '',
        due_date: vietnameseDay(v.row.dueDate),
        status: STATUS_VI[v.status],
        progress_percent: v.progressPercent,
        progress_note: v.row.progressNote ?? '',
        output: '',
      })),
    },
  ]);
  return { fileName: `tien-do-nhiem-vu-${localDateOf(deps.clock.now().getTime())}.xlsx`, bytes };
}
