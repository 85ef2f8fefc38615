import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { eq, sql } from 'drizzle-orm';
import { checkPassword } from '../domain/identity/password-policy';
import { ROLES, type Role } from '../domain/identity/roles';
import { decodeCsvBytes, parseCsv } from '../domain/organisation/csv';
import { loadConfig } from '../server/config';
import { roleAssignments, units, users } from '../server/db/schema';
import { loadDemoDossiers } from '../server/demo/dossiers';
import { databaseIsEmpty, demoAccountsTable, loadDemo } from '../server/demo/load';
import { loadDemoParAsDemoAccounts } from '../server/demo/par';
import { loadSmallStatsHistory } from '../server/demo/stats-history';
import { importCatalog } from '../server/modules/catalog/import-export';
import { rebuildDossiers } from '../server/modules/dossiers/rebuild';
import { appendAudit, verifyAuditLog } from '../server/platform/audit';
import { systemClock } from '../server/platform/clock';
import { AppError } from '../server/platform/errors';
import { uuidv7 } from '../server/platform/ids';
import { hashPassword } from '../server/platform/passwords';
import { readFirstSheet } from '../server/platform/spreadsheet';
import { registerDemoDossiersCommand } from './demo-dossiers-command';
import { progressBar, withDatabase } from './shared';
import { rebuildStatisticsCommand, registerStatsCommands } from './stats-commands';

const program = new Command('motcua').description('MộtCửa command line: database, demo data, users, audit');

program
  .command('migrate')
  .description('apply every committed migration')
  .action(() =>
    withDatabase(async (database) => {
      process.stdout.write(
        `Migrations applied (${database.driver}); current: ${await database.migrationsCurrent()}\n`,
      );
    }),
  );

const demo = program.command('demo').description('demo data');
demo
  .command('load')
  .description('load the demo province and accounts into an empty database')
  .action(() =>
    withDatabase(async (database) => {
      if (!(await databaseIsEmpty(database.db))) {
        process.stderr.write(
          'The database already holds units; the demo loads only into an empty database.\n',
        );
        process.exitCode = 1;
        return;
      }
      const bar = progressBar('Loading demo');
      let started = false;
      const result = await loadDemo(
        { db: database.db, clock: systemClock, config: loadConfig() },
        (done, total) => {
          if (!started) {
            bar.start(total, 0);
            started = true;
          }
          bar.update(done);
        },
      );
      bar.stop();
      const deps = { database, db: database.db, clock: systemClock, config: loadConfig() };
      const dossiers = await loadDemoDossiers(deps);
      const history = await loadSmallStatsHistory(deps);
      await loadDemoParAsDemoAccounts(deps);
      process.stdout.write(
        `Loaded ${result.units} units, ${result.users} users, ${result.procedures} procedures, ${dossiers} dossiers, a history of ${history.dossiers} closed dossiers for the statistics and the reform plans and tasks.\n${demoAccountsTable()}\n`,
      );
    }),
  );
registerDemoDossiersCommand(demo);

const user = program.command('user').description('user accounts');
user
  .command('create')
  .description('create a user with one role at one unit (e.g. the first system admin)')
  .requiredOption('--username <username>')
  .requiredOption('--name <fullName>')
  .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
  .requiredOption('--unit <code>', 'official code of the unit the role is scoped to')
  .option('--password <password>', 'initial password (else read from MOTCUA_PASSWORD)')
  .action((options: { username: string; name: string; role: string; unit: string; password?: string }) =>
    withDatabase(async (database) => {
      const password = options.password ?? process.env.MOTCUA_PASSWORD ?? '';
      if (!(ROLES as readonly string[]).includes(options.role))
        throw new Error(`Unknown role ${options.role}`);
      const problems = checkPassword(password, options.username);
      if (problems.length > 0) throw new Error(`Password refused: ${problems.join(', ')}`);
      const [unit] = await database.db.select().from(units).where(eq(units.code, options.unit));
      if (!unit) throw new Error(`No unit with code ${options.unit}`);
      const [taken] = await database.db
        .select()
        .from(users)
        .where(eq(sql`lower(${users.username})`, options.username.toLowerCase()));
      if (taken) throw new Error(`Username ${options.username} is taken`);
      const passwordHash = await hashPassword(password);
      await database.db.transaction(async (tx) => {
        const now = systemClock.now();
        const id = uuidv7(systemClock);
        await tx.insert(users).values({
          id,
          username: options.username,
          fullName: options.name,
          passwordHash,
          homeUnitId: unit.id,
          passwordChangedAt: now,
          createdAt: now,
        });
        await tx.insert(roleAssignments).values({ userId: id, role: options.role as Role, unitId: unit.id });
        await appendAudit(tx, systemClock, {
          actorUserId: null,
          actorName: 'cli',
          unitId: unit.id,
          action: 'user.create',
          targetType: 'user',
          targetId: id,
          details: { username: options.username, role: options.role, via: 'cli' },
        });
      });
      process.stdout.write(`Created ${options.username} (${options.role} at ${unit.code} ${unit.name}).\n`);
    }),
  );

const catalog = program.command('catalog').description('procedure catalog');
catalog
  .command('import <file>')
  .description(
    'import new procedures from the template (.xlsx, or .csv in UTF-8 or Windows-1258): all rows or none',
  )
  .option('--lang <lang>', 'language of the error report (vi or en)', 'vi')
  .action((file: string, options: { lang: string }) =>
    withDatabase(async (database) => {
      const bytes = readFileSync(file);
      const table = file.toLowerCase().endsWith('.xlsx')
        ? await readFirstSheet(bytes)
        : parseCsv(decodeCsvBytes(bytes).text);
      const bar = progressBar('Importing');
      let started = false;
      const deps = { database, db: database.db, clock: systemClock, config: loadConfig() };
      try {
        const result = await importCatalog(
          deps,
          null,
          { ip: null, lang: options.lang === 'en' ? 'en' : 'vi' },
          { all: true },
          table,
          (done, total) => {
            if (!started) {
              bar.start(total, 0);
              started = true;
            }
            bar.update(done);
          },
        );
        bar.stop();
        process.stdout.write(`Imported ${result.imported} procedures.\n`);
      } catch (error) {
        bar.stop();
        if (error instanceof AppError && error.fieldErrors.length > 0) {
          for (const e of error.fieldErrors) process.stderr.write(`${e.path} — ${e.message}\n`);
          process.stderr.write(`Nothing was imported (${error.fieldErrors.length} problems).\n`);
          process.exitCode = 1;
          return;
        }
        throw error;
      }
    }),
  );

const audit = program.command('audit').description('audit log');
audit
  .command('verify')
  .description('verify every hash chain of the audit log and report the first broken row')
  .action(() =>
    withDatabase(async (database) => {
      const bar = progressBar('Verifying');
      let started = false;
      const verdicts = await verifyAuditLog(database.db, (done, total) => {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      });
      bar.stop();
      const checked = verdicts.reduce((n, v) => n + v.checked, 0);
      const broken = verdicts.filter((v) => !v.intact);
      if (broken.length === 0) {
        process.stdout.write(`Audit chain intact: ${checked} rows in ${verdicts.length} streams.\n`);
        return;
      }
      for (const v of broken) {
        process.stdout.write(
          `BROKEN stream ${v.stream}: first broken row seq ${v.brokenSeq}${v.brokenId ? ` (id ${v.brokenId})` : ''}, reason ${v.reason}\n`,
        );
      }
      process.exitCode = 2;
    }),
  );

program
  .command('rebuild')
  .description(
    'check that every dossier row equals the fold of its events; --repair rewrites rows from events',
  )
  .argument('[what]', '"dossiers" (the default), or "stats": rebuild the statistics from the events')
  .option('--repair', 'rewrite the rows that differ from their events')
  .action((what: string | undefined, options: { repair?: boolean }) =>
    withDatabase(async (database) => {
      if (what === 'stats') return rebuildStatisticsCommand(database);
      if (what !== undefined && what !== 'dossiers')
        throw new Error(`Nothing to rebuild called "${what}" (dossiers, stats)`);
      const report = await rebuildDossiers(database.db, {
        repair: options.repair === true,
        onProgress: (done) => process.stdout.write(`\rChecked ${done} dossiers`),
      });
      process.stdout.write(
        `\nChecked ${report.checked} dossiers: ${report.differing.length} differ from their events${options.repair ? `, ${report.repaired} repaired` : ''}.\n`,
      );
      for (const id of report.differing.slice(0, 20)) process.stdout.write(`  ${id}\n`);
      if (report.differing.length > 0 && !options.repair) process.exitCode = 2;
    }),
  );

registerStatsCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
