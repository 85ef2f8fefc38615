import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { STANDARD_REPORT_CSV_HEADER } from './stats-commands';

/**
 * The command line as scripts use it: a profile written with `demo dossiers` comes back exactly
 * from `report standard`, and a wrong profile is refused row by row with nothing written.
 */
const folder = mkdtempSync(join(tmpdir(), 'motcua-cli-'));
// Each command is a process of its own (TypeScript loaded, the database opened): slow on a busy machine.
/** The embedded database in its own folder, whatever the suite runs on. */
const { DATABASE_URL: _server, ...environment } = process.env;
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...environment, DATA_DIR: join(folder, 'data'), LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 240_000,
  });

const report = (from: string, to: string) => {
  const run = cli('report', 'standard', '--from', from, '--to', to, '--by', 'level');
  expect(run.status, run.stderr).toBe(0);
  const [header, ...lines] = run.stdout.trim().split('\n');
  expect(header).toBe(STANDARD_REPORT_CSV_HEADER);
  return new Map(lines.map((line) => [line.split(',')[0], line]));
};

beforeAll(() => {
  const migrated = cli('migrate');
  expect(migrated.status, migrated.stderr).toBe(0);
  const loaded = cli('demo', 'load');
  expect(loaded.status, loaded.stderr).toBe(0);
}, 300_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('a small profile comes back exactly from the standard report, rate with a dot', () => {
  const profile = join(folder, 'q3-2023.csv');
  writeFileSync(
    profile,
    'level,from,to,resolved_on_time,resolved_late,in_progress_in_time,in_progress_overdue\n' +
      'province,2023-07-01,2023-09-30,1249,2,0,0\n' +
      'district,2023-07-01,2023-09-30,301,7,3,1\n' +
      'commune,2023-07-01,2023-09-30,640,13,0,2\n',
  );
  const run = cli('demo', 'dossiers', '--profile', profile, '--seed', '3');
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/Wrote 2218 dossiers/);
  const rows = report('2023-07-01', '2023-09-30');
  // group,received,resolved,early,on time,late,in progress in time,overdue,rate: early + on time is
  // the profile's on time; the rate rounds half-up (1249/1251 = 99.840…, 301/308 = 97.727…).
  const check = (level: string, received: number, resolved: number, onTime: number, rest: string) => {
    const fields = rows.get(level)?.split(',') ?? [];
    expect(fields.slice(1, 3).map(Number), level).toEqual([received, resolved]);
    expect(Number(fields[3]) + Number(fields[4]), level).toBe(onTime);
    expect(fields.slice(5).join(','), level).toBe(rest);
  };
  check('province', 1251, 1251, 1249, '2,0,0,99.84');
  check('district', 312, 308, 301, '7,3,1,97.73');
  check('commune', 655, 653, 640, '13,0,2,98.01');
}, 300_000);

it('a wrong profile is refused row by row, with a non-zero exit, and nothing is written', () => {
  const before = report('2023-01-01', '2023-03-31');
  const profile = join(folder, 'wrong.csv');
  writeFileSync(
    profile,
    'level,from,to,resolved_on_time,resolved_late,in_progress_in_time,in_progress_overdue\n' +
      'province,2023-01-01,2023-03-31,10,0,0,0\n' +
      'commune,2023-01-01,2023-03-31,-4,0,0,0\n' +
      'hamlet,2023-01-01,2023-03-31,3,0,0,0\n' +
      'district,2026-01-01,2026-03-31,3,0,0,0\n',
  );
  const run = cli('demo', 'dossiers', '--profile', profile);
  expect(run.status).not.toBe(0);
  expect(run.stderr).toMatch(/row 3: resolved_on_time must be a whole number/);
  expect(run.stderr).toMatch(/Nothing was written/);
  // The rows the text allows are checked against the province only when the text is clean; fix
  // row 3 and the others are refused for the province's reasons.
  writeFileSync(
    profile,
    'level,from,to,resolved_on_time,resolved_late,in_progress_in_time,in_progress_overdue\n' +
      'province,2023-01-01,2023-03-31,10,0,0,0\n' +
      'hamlet,2023-01-01,2023-03-31,3,0,0,0\n' +
      'district,2026-01-01,2026-03-31,3,0,0,0\n',
  );
  const second = cli('demo', 'dossiers', '--profile', profile);
  expect(second.status).not.toBe(0);
  expect(second.stderr).toMatch(/row 3: unknown level "hamlet"/);
  expect(second.stderr).toMatch(/row 4: the district level existed from .* outside it/);
  expect(report('2023-01-01', '2023-03-31')).toEqual(before);

  const header = join(folder, 'header.csv');
  writeFileSync(header, 'level;from;to\nprovince;2023-01-01;2023-03-31\n');
  const third = cli('demo', 'dossiers', '--profile', header);
  expect(third.status).not.toBe(0);
  expect(third.stderr).toMatch(/row 1: the header must be/);
}, 300_000);
