import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';

/**
 * Tasks in bulk: the leader assigns a yearly plan's tasks from a sheet; the Department of Justice
 * (`officer.dept`) exports its open tasks, types its progress and imports the sheet back.
 */
let t: TestApp;
const s: Record<string, Session> = {};

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  for (const name of ['leader', 'officer.dept', 'agencyadmin.a', 'agencyadmin.b'])
    s[name] = await t.login(name);
  t.clock.set('2026-03-02T02:00:00Z');
});
afterAll(() => t.close());

const csv = (name: string, url: string, body: string, lang = 'vi') =>
  t.as(s[name] ?? null, 'POST', url, body, { 'content-type': 'text/csv', 'accept-language': lang });

const TASKS = [
  'Nhiệm vụ,Văn bản giao,Cơ quan chủ trì,Hạn hoàn thành,Sản phẩm,Cơ quan phối hợp,Lĩnh vực',
  'Rà soát thủ tục hộ tịch,Kế hoạch 31/KH-UBND,Sở Tư pháp,30/06/2026,Báo cáo rà soát,UBND xã Tân An,Thủ tục hành chính',
  'Số hóa sổ hộ tịch,Kế hoạch 31/KH-UBND,P.S01,31/10/2026,Dữ liệu số hóa,,digital_government',
  'Tập huấn kỹ năng một cửa,Kế hoạch 31/KH-UBND,UBND xã Tân An,15/05/2026,Lớp tập huấn,,',
].join('\n');

async function sheetRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= 9; c++) cells.push(row.getCell(c).text);
    rows.push(cells);
  });
  return rows;
}

describe('assigning tasks from a sheet', () => {
  it('refuses the whole sheet with a report per row when any row is wrong', async () => {
    const bad = [
      TASKS.split('\n')[0],
      'Một,KH,Sở Không Có,30/06/2026,Báo cáo,,',
      'Hai,KH,Sở Tư pháp,30/02/2026,Báo cáo,,',
      'Ba,KH,Sở Tư pháp,01/01/2026,Báo cáo,,',
    ].join('\n');
    const res = await csv('leader', '/api/par/tasks/import', bad, 'en');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'row 2: lead_agency',
      'row 3: due_date',
      'row 4: due_date',
    ]);
    const list = await t.as(s.leader ?? null, 'GET', '/api/par/tasks');
    expect(list.json().total).toBe(0);
  });

  it('assigns every row, by agency name or code, and only a manager may', async () => {
    expect((await csv('officer.dept', '/api/par/tasks/import', TASKS)).statusCode).toBe(403);
    const res = await csv('leader', '/api/par/tasks/import', TASKS);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 3 });
    const list = await t.as(s.leader ?? null, 'GET', '/api/par/tasks');
    expect(list.json().total).toBe(3);
    const justice = list
      .json()
      .tasks.filter((x: { leadUnit: { code: string } }) => x.leadUnit.code === 'P.S01');
    expect(justice).toHaveLength(2);
  });
});

describe('progress from the exported sheet', () => {
  let exported: string[][];

  it('exports the open tasks the unit leads, with id and version to import back', async () => {
    const res = await t.as(s['officer.dept'] ?? null, 'GET', '/api/par/tasks/progress.xlsx');
    expect(res.statusCode).toBe(200);
    exported = await sheetRows(res.rawPayload);
    expect(exported[0]?.slice(0, 3)).toEqual(['Mã nhiệm vụ', 'Phiên bản', 'Nhiệm vụ']);
    expect(
      exported
        .slice(1)
        .map((r) => r[2])
        .sort(),
    ).toEqual(['Rà soát thủ tục hộ tịch', 'Số hóa sổ hộ tịch']);
    // Commune A leads one task; the department's sheet does not hold it.
    const commune = await t.as(s['agencyadmin.a'] ?? null, 'GET', '/api/par/tasks/progress.xlsx');
    expect((await sheetRows(commune.rawPayload)).slice(1).map((r) => r[2])).toEqual([
      'Tập huấn kỹ năng một cửa',
    ]);
  });

  const toCsv = (rows: string[][]) =>
    rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\n');

  it('refuses rows of another unit’s task and stale versions, writing nothing', async () => {
    const commune = await t.as(s['agencyadmin.a'] ?? null, 'GET', '/api/par/tasks/progress.xlsx');
    const foreign = (await sheetRows(commune.rawPayload))[1] ?? [];
    const [header = [], first = []] = exported;
    const rows = [
      header,
      [...first.slice(0, 6), '40', 'Đã rà soát 12/30 thủ tục', ''],
      [...foreign.slice(0, 6), '50', 'Ghi hộ', ''],
    ];
    const res = await csv('officer.dept', '/api/par/tasks/progress-import', toCsv(rows), 'en');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      { path: 'row 3: id', message: 'No such task, or you may not see it', code: 'invalid_row' },
    ]);
    // Commune A cooperates on the review of procedures: it reads the task but does not lead it.
    const review = exported.find((r) => r[2] === 'Rà soát thủ tục hộ tịch') ?? [];
    const cooperating = await csv(
      'agencyadmin.a',
      '/api/par/tasks/progress-import',
      toCsv([header, [...review.slice(0, 6), '90', 'Xong gần hết', '']]),
      'en',
    );
    expect(cooperating.json().errors[0].message).toBe('Your unit does not lead this task');
    const stale = [header, [first[0] ?? '', '99', ...first.slice(2, 6), '40', 'Đã rà soát', '']];
    const again = await csv('officer.dept', '/api/par/tasks/progress-import', toCsv(stale), 'en');
    expect(again.json().errors[0].message).toBe(
      'The task changed after the sheet was exported: export it again',
    );
    const task = await t.as(s['officer.dept'] ?? null, 'GET', `/api/par/tasks/${first[0]}`);
    expect(task.json().progressPercent).toBe(0);
  });

  it('writes progress and completions, skipping rows left as they were', async () => {
    const [header = [], first = [], second = []] = exported;
    const rows = [
      header,
      [...first.slice(0, 6), '40 %', 'Đã rà soát 12/30 thủ tục', ''],
      [...second.slice(0, 6), '100', '', 'Kho dữ liệu hộ tịch số'],
    ];
    const res = await csv('officer.dept', '/api/par/tasks/progress-import', toCsv(rows));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ updated: 1, completed: 1, unchanged: 0 });
    const task = await t.as(s['officer.dept'] ?? null, 'GET', `/api/par/tasks/${first[0]}`);
    expect(task.json()).toMatchObject({ progressPercent: 40, status: 'in_progress' });
    const done = await t.as(s['officer.dept'] ?? null, 'GET', `/api/par/tasks/${second[0]}`);
    expect(done.json()).toMatchObject({ status: 'done_on_time', output: 'Kho dữ liệu hộ tịch số' });
    // The same sheet again: the first row is as the task is now except its version; it is skipped.
    const fresh = await t.as(s['officer.dept'] ?? null, 'GET', '/api/par/tasks/progress.xlsx');
    const now = await sheetRows(fresh.rawPayload);
    expect(now).toHaveLength(2);
    const same = await csv('officer.dept', '/api/par/tasks/progress-import', toCsv(now));
    expect(same.json()).toEqual({ updated: 0, completed: 0, unchanged: 1 });
  });

  it('answers an unreadable workbook and a wrong media type clearly', async () => {
    const junk = await t.as(
      s['officer.dept'] ?? null,
      'POST',
      '/api/par/tasks/progress-import',
      Buffer.from('PK nope'),
      {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    );
    expect(junk.statusCode).toBe(422);
    expect(junk.json().code).toBe('import_unreadable');
    const json = await t.as(s['officer.dept'] ?? null, 'POST', '/api/par/tasks/progress-import', { a: 1 });
    expect(json.statusCode).toBe(415);
  });
});
