import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { decodeCsvBytes } from '../domain/organisation/csv';
import { describeProblem, type ProfileProblem, parseProfile } from '../domain/stats/profile';
import { checkProfileRows, generateDossiersFromProfile, ProfileRejected } from '../server/demo/stats-history';
import { pendingCount, projectAllPending } from '../server/modules/stats/projector';
import { cliDeps, progressBar, withDatabase } from './shared';

/** Dossiers the projector folds per transaction when it catches up after a bulk load. */
const PROJECTION_ROUND = 5_000;

function reject(problems: readonly ProfileProblem[]): void {
  for (const p of problems) process.stderr.write(`${describeProblem(p)}\n`);
  process.stderr.write(
    `Nothing was written (${problems.length} problem${problems.length === 1 ? '' : 's'}).\n`,
  );
  process.exitCode = 1;
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/**
 * `demo dossiers --profile FILE [--seed N]`: demo history for the statistics, in bulk, checked
 * whole before anything is written; then the statistics are brought up to date with it.
 */
export function registerDemoDossiersCommand(demo: Command): void {
  demo
    .command('dossiers')
    .description(
      'generate dossiers and their events for the statistics from a profile CSV ' +
        '(level,from,to,resolved_on_time,resolved_late,in_progress_in_time,in_progress_overdue), after "demo load"',
    )
    .requiredOption('--profile <file>', 'the profile (CSV, UTF-8)')
    .option('--seed <n>', 'random seed: the same seed draws the same people, places and times', '1')
    .action((options: { profile: string; seed: string }) => {
      if (!/^\d+$/.test(options.seed))
        throw new Error(`--seed must be a whole number, found "${options.seed}"`);
      const { rows, problems } = parseProfile(decodeCsvBytes(readFileSync(options.profile)).text);
      if (problems.some((p) => p.row === 1 || p.row === null)) return reject(problems);
      return withDatabase(async (database) => {
        const deps = cliDeps(database);
        const all = [...problems, ...(await checkProfileRows(deps, rows))].sort(
          (a, b) => (a.row ?? 0) - (b.row ?? 0),
        );
        if (all.length > 0) return reject(all);
        const writing = progressBar('Writing dossiers');
        const started = performance.now();
        let result: Awaited<ReturnType<typeof generateDossiersFromProfile>>;
        try {
          result = await generateDossiersFromProfile(deps, rows, {
            seed: Number(options.seed),
            onProgress: (done, total) => {
              if (done === 0) writing.start(total, 0);
              else writing.update(done);
            },
          });
        } catch (error) {
          writing.stop();
          if (error instanceof ProfileRejected) return reject(error.problems);
          throw error;
        }
        writing.stop();
        const wrote = seconds(started);
        const projecting = progressBar('Projecting statistics');
        const projectStarted = performance.now();
        projecting.start(await pendingCount(database.db), 0);
        const projected = await projectAllPending(deps, {
          limit: PROJECTION_ROUND,
          onRound: (done) => projecting.update(done.dossiers),
        });
        projecting.stop();
        process.stdout.write(
          `Wrote ${result.dossiers} dossiers and ${result.events} events in ${wrote} s; ` +
            `projected the statistics of ${projected.dossiers} dossiers in ${seconds(projectStarted)} s.\n`,
        );
      });
    });
}
