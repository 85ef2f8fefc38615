import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { sql } from 'drizzle-orm';
import type { StandardReportDto } from '../contracts/stats';
import { ZGroupBy } from '../contracts/stats';
import { formatBasisPoints } from '../domain/stats/report-figures';
import { type Database, queryRows } from '../server/db/client';
import { reportWorkbook } from '../server/modules/stats/exports/report-workbook';
import { indexView, portalView } from '../server/modules/stats/index-views';
import { projectAllPending } from '../server/modules/stats/projector';
import { clearStatistics } from '../server/modules/stats/rollups-repo';
import { serviceIndex } from '../server/modules/stats/service-index';
import { type ReportGrouping, standardReport } from '../server/modules/stats/standard-report';
import { type ResolvedScope, resolveStatsScope } from '../server/modules/stats/stats-scope';
import { AppError } from '../server/platform/errors';
import { formatMessage, problemMessages } from '../server/platform/messages';
import { cliDeps, progressBar, withDatabase } from './shared';

/** The CSV columns of `report standard`, in this order (scripts read them: keep them so). */
export const STANDARD_REPORT_CSV_HEADER =
  'group,received,resolved,resolved_early,resolved_on_time,resolved_late,in_progress_in_time,in_progress_overdue,on_time_rate';

/** The standard report as CSV: a line per group (its code), the rate with a dot and two decimals. */
export function standardReportCsv(report: StandardReportDto): string {
  const lines = report.rows.map((row) => {
    const f = row.figures;
    return [
      row.code ?? row.key,
      f.received,
      f.resolved,
      f.resolvedEarly,
      f.resolvedOnTime,
      f.resolvedLate,
      f.inProgressInTime,
      f.inProgressOverdue,
      formatBasisPoints(row.rates.onTime),
    ].join(',');
  });
  return `${[STANDARD_REPORT_CSV_HEADER, ...lines].join('\n')}\n`;
}

/** An error of ours in English for the command line (the message a problem+json answer would give). */
function cliMessage(error: AppError): string {
  return formatMessage(problemMessages[error.code].en, error.params);
}

/** Brings the statistics up to date with every event written so far (a CLI may run with no server). */
async function projectEverything(database: Database): Promise<void> {
  await projectAllPending(cliDeps(database), { limit: 5_000 });
}

/** Rebuilds every statistic from the dossiers' events, with a progress bar. */
export async function rebuildStatisticsCommand(database: Database): Promise<void> {
  const deps = cliDeps(database);
  const [count] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from dossiers where province_code = ${deps.config.PROVINCE_CODE}`,
  );
  await database.db.transaction(async (tx) => {
    await clearStatistics(tx, deps.config.PROVINCE_CODE);
    await queryRows(
      tx,
      sql`insert into stats_pending (dossier_id, marked_at)
          select id, now() from dossiers where province_code = ${deps.config.PROVINCE_CODE}
          on conflict (dossier_id) do nothing`,
    );
  });
  const bar = progressBar('Rebuilding statistics');
  bar.start(count?.n ?? 0, 0);
  const done = await projectAllPending(deps, { limit: 5_000, onRound: (t) => bar.update(t.dossiers) });
  bar.stop();
  process.stdout.write(`Rebuilt the statistics of ${done.dossiers} dossiers from ${done.events} events.\n`);
}

/**
 * Brings the statistics up to date, resolves the unit and period as the API would for a caller who
 * sees the whole province, and runs `report`; our errors become one English line.
 */
async function withReportScope(
  database: Database,
  options: { from: string; to: string; unit?: string },
  report: (deps: ReturnType<typeof cliDeps>, scope: ResolvedScope) => Promise<void>,
): Promise<void> {
  const deps = cliDeps(database);
  await projectEverything(database);
  try {
    const scope = await resolveStatsScope(
      database.db,
      deps.config.PROVINCE_CODE,
      null,
      { from: options.from, to: options.to, unit: options.unit },
      deps.clock.now(),
    );
    await report(deps, scope);
  } catch (error) {
    if (error instanceof AppError) {
      throw new Error(error.code === 'not_found' ? `No unit with code ${options.unit}` : cliMessage(error));
    }
    throw error;
  }
}

export function registerStatsCommands(program: Command): void {
  const report = program.command('report').description('statistics reports');
  report
    .command('standard')
    .description('the standard report of a period (CSV on standard output by default)')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
    .option('--by <grouping>', `one of ${ZGroupBy.options.join(', ')}`, 'level')
    .option('--unit <code>', 'official code of a unit (the whole province by default)')
    .option('--format <format>', 'csv, xlsx or json', 'csv')
    .option('--output <file>', 'write to this file instead of standard output (needed for xlsx)')
    .action(
      (options: { from: string; to: string; by: string; unit?: string; format: string; output?: string }) =>
        withDatabase(async (database) => {
          if (!(ZGroupBy.options as readonly string[]).includes(options.by)) {
            throw new Error(`Unknown grouping "${options.by}" (${ZGroupBy.options.join(', ')})`);
          }
          if (!['csv', 'xlsx', 'json'].includes(options.format)) {
            throw new Error(`Unknown format "${options.format}" (csv, xlsx, json)`);
          }
          if (options.format === 'xlsx' && !options.output)
            throw new Error('--format xlsx needs --output FILE');
          await withReportScope(database, options, async (deps, scope) => {
            const result = await standardReport(
              database.db,
              deps.config,
              scope,
              options.by as ReportGrouping,
            );
            const body =
              options.format === 'json'
                ? `${JSON.stringify(result, null, 2)}\n`
                : options.format === 'csv'
                  ? standardReportCsv(result)
                  : await reportWorkbook(result, 'vi', deps.clock.now());
            if (options.output) writeFileSync(options.output, body);
            else process.stdout.write(body);
          });
        }),
    );

  program
    .command('index')
    .description('the service index of Decision 766/QĐ-TTg for a period and unit, as JSON')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
    .option('--unit <code>', 'official code of a unit (the whole province by default)')
    .option('--format <format>', 'json (the index with its groups and indicators) or portal', 'json')
    .action((options: { from: string; to: string; unit?: string; format: string }) =>
      withDatabase(async (database) => {
        if (!['json', 'portal'].includes(options.format)) {
          throw new Error(`Unknown format "${options.format}" (json, portal)`);
        }
        await withReportScope(database, options, async (deps, scope) => {
          const now = deps.clock.now();
          const body =
            options.format === 'portal'
              ? portalView(scope, (await serviceIndex(database.db, deps.config, scope, now)).result)
              : await indexView(database.db, deps.config, scope, now);
          process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
        });
      }),
    );
}
