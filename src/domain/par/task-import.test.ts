import { describe, expect, it } from 'vitest';
import {
  parsePercent,
  parseProgressSheet,
  parseSheetDate,
  parseTaskSheet,
  progressUnchanged,
} from './task-import';

const rows = (...lines: string[][]) => lines.map((fields, i) => ({ row: i + 1, fields }));
const agencies: Record<string, string> = { 'Sở Tư pháp': 'u-justice', 'UBND xã Tân An': 'u-tanan' };
const ctx = { resolveAgency: (name: string) => agencies[name], today: '2026-03-02' };
const TASK_HEADER = [
  'title',
  'source_document',
  'lead_agency',
  'due_date',
  'expected_output',
  'cooperating_agencies',
  'area',
];

describe('parseSheetDate and parsePercent', () => {
  it('reads the day the Vietnamese way and ISO, refusing days that do not exist', () => {
    expect(parseSheetDate('31/12/2026')).toBe('2026-12-31');
    expect(parseSheetDate('1-3-2026')).toBe('2026-03-01');
    expect(parseSheetDate('2026-03-01')).toBe('2026-03-01');
    expect(parseSheetDate('29/02/2026')).toBeNull();
    expect(parseSheetDate('12/31/2026')).toBeNull();
    expect(parseSheetDate('hôm nay')).toBeNull();
  });

  it('reads whole percents written with or without the sign', () => {
    expect(parsePercent('80')).toBe(80);
    expect(parsePercent('80 %')).toBe(80);
    expect(parsePercent('100%')).toBe(100);
    for (const bad of ['101', '-5', '80,5', '0.8', '', 'tám mươi']) expect(parsePercent(bad)).toBeNull();
  });
});

describe('parseTaskSheet', () => {
  it('takes the machine keys or the Vietnamese titles as headers, and resolves agencies and areas', () => {
    const result = parseTaskSheet(
      rows(
        [
          'Nhiệm vụ',
          'Văn bản giao',
          'Cơ quan chủ trì',
          'Hạn hoàn thành',
          'Sản phẩm',
          'Cơ quan phối hợp',
          'Lĩnh vực',
          'Người giao',
        ],
        [
          'Rà soát TTHC',
          'KH 31/KH-UBND',
          'Sở Tư pháp',
          '30/06/2026',
          'Báo cáo',
          'UBND xã Tân An; Sở Tư pháp',
          'Thủ tục hành chính',
          'Chủ tịch UBND tỉnh',
        ],
        ['', '', '', '', '', '', '', ''],
      ),
      ctx,
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          row: 2,
          title: 'Rà soát TTHC',
          sourceDocument: 'KH 31/KH-UBND',
          leadAgencyId: 'u-justice',
          cooperatingAgencyIds: ['u-tanan'],
          dueDate: '2026-06-30',
          expectedOutput: 'Báo cáo',
          area: 'procedures',
          assignedBy: 'chairman',
        },
      ],
    });
  });

  it('reports every bad cell with its row and column, and imports nothing', () => {
    const result = parseTaskSheet(
      rows(
        TASK_HEADER,
        ['Một', 'KH', 'Sở Không Có', '30/06/2026', 'Báo cáo', '', ''],
        ['Hai', 'KH', 'Sở Tư pháp', '01/01/2026', 'Báo cáo', 'Xã Ma', 'không rõ'],
        ['', 'KH', 'Sở Tư pháp', '31/02/2026', '', '', ''],
        ['Bốn', 'KH', 'Sở Tư pháp', '30/06/2026', 'Báo cáo', '', ''],
      ),
      ctx,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'lead_agency'],
      [3, 'cooperating_agencies'],
      [3, 'due_date'],
      [3, 'area'],
      [4, 'title'],
      [4, 'expected_output'],
      [4, 'due_date'],
    ]);
    expect(result.errors[0]?.vi).toBe('Không có cơ quan "Sở Không Có"');
  });

  it('stops at a header that misses a column or names an unknown one', () => {
    const missing = parseTaskSheet(rows(['title', 'lead_agency'], ['x', 'Sở Tư pháp']), ctx);
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    expect(missing.errors[0]?.en).toContain('Missing columns: source_document');
    const unknown = parseTaskSheet(rows([...TASK_HEADER, 'ghi chú'], ['x']), ctx);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.errors.map((e) => e.column)).toEqual(['ghi chú']);
    expect(parseTaskSheet([], ctx).ok).toBe(false);
    expect(parseTaskSheet(rows(TASK_HEADER), ctx).ok).toBe(false);
  });
});

describe('parseProgressSheet', () => {
  const ID1 = '0190a0b0-0000-7000-8000-000000000001';
  const ID2 = '0190a0b0-0000-7000-8000-000000000002';
  const header = [
    'Mã nhiệm vụ',
    'Phiên bản',
    'Nhiệm vụ',
    'Tiến độ (%)',
    'Kết quả thực hiện',
    'Sản phẩm hoàn thành',
  ];

  it('takes progress and completions', () => {
    const result = parseProgressSheet(
      rows(
        header,
        [ID1, '3', 'Một', '60 %', 'Đã xong 3/5 việc', ''],
        [ID2, '1', 'Hai', '100', '', 'Quyết định 12/QĐ'],
      ),
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        { row: 2, taskId: ID1, version: 3, percent: 60, note: 'Đã xong 3/5 việc', output: null },
        { row: 3, taskId: ID2, version: 1, percent: 100, note: null, output: 'Quyết định 12/QĐ' },
      ],
    });
  });

  it('calls a row unchanged when it repeats the task as it is, never a completion', () => {
    const row = { row: 2, taskId: ID1, version: 3, percent: 60, note: null, output: null };
    const task = { progressPercent: 60, progressNote: 'Đã xong 3/5 việc' };
    expect(progressUnchanged(row, task)).toBe(true);
    expect(progressUnchanged({ ...row, note: 'Đã xong 3/5 việc' }, task)).toBe(true);
    expect(progressUnchanged({ ...row, note: 'Đã xong 4/5 việc' }, task)).toBe(false);
    expect(progressUnchanged({ ...row, percent: 70 }, task)).toBe(false);
    expect(progressUnchanged({ ...row, percent: 100, output: 'QĐ' }, { ...task, progressPercent: 100 })).toBe(
      false,
    );
  });

  it('refuses bad ids, versions, percents, a repeated task and an output without 100 %', () => {
    const result = parseProgressSheet(
      rows(
        header,
        ['abc', '1', '', '10', '', ''],
        [ID1, '0', '', '110', '', ''],
        [ID2, '2', '', '100', '', ''],
        [ID2, '2', '', '50', '', 'Báo cáo'],
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'id'],
      [3, 'version'],
      [3, 'progress_percent'],
      [4, 'output'],
      [5, 'id'],
      [5, 'output'],
    ]);
  });
});
