/**
 * Catalog search latency through the service layer (fold, trigram candidates, word-start check,
 * rank, page) against the naive `ILIKE '%…%'` scan over names and contents, in the same embedded
 * database, at 2,000 and 20,000 published procedures.
 */
import { performance } from 'node:perf_hooks';
import { testConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/client';
import { prepareDatabase } from '../src/server/db/prepare';
import { units } from '../src/server/db/schema';
import { DEMO_FIELDS, demoCatalog } from '../src/server/demo/catalog';
import { searchNaive } from '../src/server/modules/catalog/repo';
import { insertPublishedCatalog, searchProcedures } from '../src/server/modules/catalog/service';
import { TestClock } from '../src/server/platform/clock';
import { uuidv7 } from '../src/server/platform/ids';

const QUERIES = [
  ['dang ky khai sinh', 'đăng ký khai sinh'],
  ['giay phep xay dung', 'giấy phép xây dựng'],
  ['cap lai', 'cấp lại'],
  ['ket hon', 'kết hôn'],
  ['ho kinh doanh', 'hộ kinh doanh'],
  ['chung thuc ban sao', 'chứng thực bản sao'],
  ['giay phep lai xe', 'giấy phép lái xe'],
  ['tro cap', 'trợ cấp'],
  ['dat', 'đất'],
  ['du lich', 'du lịch'],
] as const;
const ROUNDS = 20;

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function timed(work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return times;
}

const clock = new TestClock('2026-11-23T02:00:00Z');
/** The clock's local day: the catalog as in force that day. */
const TODAY = '2026-11-23';
const config = testConfig();
const database = await openDatabase({ kind: 'pglite' });
await prepareDatabase(database, clock);
const unitId = uuidv7(clock);
await database.db.insert(units).values({
  id: unitId,
  provinceCode: config.PROVINCE_CODE,
  code: 'BENCH',
  name: 'UBND tỉnh (benchmark)',
  kind: 'province',
  levelCode: 'province',
  validFrom: '2008-01-01',
  createdAt: clock.now(),
  updatedAt: clock.now(),
});

let loaded = 0;
for (const size of [2000, 20_000]) {
  const catalog = demoCatalog(size).slice(loaded);
  await database.db.transaction((tx) =>
    insertPublishedCatalog(
      tx,
      clock,
      config.PROVINCE_CODE,
      DEMO_FIELDS,
      catalog.map((p) => ({
        code: p.code,
        fieldCode: p.fieldCode,
        content: p.content,
        effectiveFrom: '2025-07-01',
        competentUnitIds: [unitId],
        receivingUnitIds: [unitId],
      })),
    ),
  );
  loaded = size;
  await database.db.execute('analyze');
  const ours: number[] = [];
  const naive: number[] = [];
  for (const [folded, accented] of QUERIES) {
    // Warm both once, then time.
    await searchProcedures(database.db, config.PROVINCE_CODE, { q: folded, limit: 20, offset: 0 }, TODAY);
    await searchNaive(database.db, config.PROVINCE_CODE, accented, 20, TODAY);
    ours.push(
      ...(await timed(() =>
        searchProcedures(database.db, config.PROVINCE_CODE, { q: folded, limit: 20, offset: 0 }, TODAY),
      )),
    );
    naive.push(...(await timed(() => searchNaive(database.db, config.PROVINCE_CODE, accented, 20, TODAY))));
  }
  ours.sort((a, b) => a - b);
  naive.sort((a, b) => a - b);
  const [p50, p95, n50, n95] = [
    percentile(ours, 50),
    percentile(ours, 95),
    percentile(naive, 50),
    percentile(naive, 95),
  ];
  console.log(
    `catalog search, ${size.toLocaleString('en-US')} procedures: ours p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms; ` +
      `naive ILIKE p50 ${n50.toFixed(2)} ms, p95 ${n95.toFixed(2)} ms; ratio p50 ${(n50 / p50).toFixed(1)}×, p95 ${(n95 / p95).toFixed(1)}×`,
  );
}
console.log('(goal: p95 < 5 ms at 2,000 and < 20 ms at 20,000, and ≥ 10× the naive scan)');
await database.close();
