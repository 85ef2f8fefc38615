import { buildApp } from './app';
import { loadConfig } from './config';
import { openConfiguredDatabase } from './database-from-config';
import { prepareDatabase } from './db/prepare';
import { loadDemoDossiers } from './demo/dossiers';
import { databaseIsEmpty, demoAccountsTable, loadDemo } from './demo/load';
import { loadDemoParAsDemoAccounts } from './demo/par';
import { loadSmallStatsHistory } from './demo/stats-history';
import { systemClock } from './platform/clock';
import { startWorkers } from './workers';

/** Reads config, opens the database, migrates, loads the demo on an empty database, serves. */
export async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  await prepareDatabase(database, systemClock);
  const deps = { db: database.db, clock: systemClock, config };
  if (config.DEMO && (await databaseIsEmpty(database.db))) {
    process.stdout.write('Loading the demo province…\n');
    await loadDemo(deps);
    await loadDemoDossiers({ ...deps, database });
    process.stdout.write('Loading the demo history of the statistics (2024 to last month)…\n');
    await loadSmallStatsHistory({ ...deps, database });
    await loadDemoParAsDemoAccounts({ ...deps, database });
  }
  const app = await buildApp({ config, database, clock: systemClock });
  const stopWorkers = startWorkers({ ...deps, database }, app.log);
  const shutdown = async () => {
    stopWorkers();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ host: config.HOST, port: config.PORT });
  const url = `http://localhost:${config.PORT}`;
  process.stdout.write(`\nMộtCửa is serving on ${url} (${database.driver})\nAPI docs: ${url}/api/docs\n`);
  if (config.DEMO) process.stdout.write(`\n${demoAccountsTable()}\n\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
