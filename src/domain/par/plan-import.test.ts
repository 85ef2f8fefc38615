import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportRowError } from '../organisation/unit-import';
import {
  MAX_PLAN_TARGET_ROWS,
  MAX_TARGET_TEXT_LENGTH,
  type PlanTargetImportContext,
  type PlanTargetImportResult,
  planTargetRowsFromCsv,
  validatePlanTargetImport,
} from './plan-import';

// The appendix of plan 3612/KH-UBND (domain.md §10): the demo's own copy of ../shared/data's file.
const PLAN_3612 = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../server/demo/par/plan-3612-2021-2025.csv',
);

const AGENCIES: ReadonlyMap<string, string> = new Map([
  ['Sở Tư pháp', 'stp'],
  ['Văn phòng UBND tỉnh', 'vp'],
  ['Sở Nội vụ', 'snv'],
  ['Sở Tài chính', 'stc'],
  ['Sở Thông tin và Truyền thông', 'stttt'],
  ['Sở Kế hoạch và Đầu tư', 'skhdt'],
  ['Sở Xây dựng', 'sxd'],
  ['Sở Tài nguyên và Môi trường', 'stnmt'],
  ['Sở Giáo dục và Đào tạo', 'sgddt'],
  ['Sở Y tế', 'syt'],
]);

const AREA_CODES = [
  'direction',
  'institutions',
  'procedures',
  'organisation',
  'civil_service',
  'public_finance',
  'digital_government',
];

function context(overrides: Partial<PlanTargetImportContext> = {}): PlanTargetImportContext {
  return {
    fromYear: 2021,
    toYear: 2025,
    resolveAgency: (name) => AGENCIES.get(name),
    areaCodes: AREA_CODES,
    ...overrides,
  };
}

function importCsv(text: string, ctx = context()): PlanTargetImportResult {
  return validatePlanTargetImport(planTargetRowsFromCsv(text), ctx);
}

function targetsOf(result: PlanTargetImportResult) {
  if (!result.ok) throw new Error(`expected targets, got errors: ${JSON.stringify(result.errors)}`);
  return result.targets;
}

function errorsOf(result: PlanTargetImportResult): readonly ImportRowError[] {
  if (result.ok) throw new Error('expected errors, got targets');
  expect(result).not.toHaveProperty('targets');
  return result.errors;
}

const HEADER = 'stt,lead_agency,target,2021,2022,2023,2024,2025';

describe('the appendix of plan 3612/KH-UBND', () => {
  const targets = targetsOf(importCsv(readFileSync(PLAN_3612, 'utf8')));

  it('has 44 targets numbered 1 to 44, rows 2 to 45', () => {
    expect(targets).toHaveLength(44);
    expect(targets.map((t) => t.number)).toEqual(Array.from({ length: 44 }, (_, i) => String(i + 1)));
    expect(targets.map((t) => t.row)).toEqual(Array.from({ length: 44 }, (_, i) => i + 2));
  });

  it('has ten lead agencies, all resolved', () => {
    expect(new Set(targets.map((t) => t.leadAgencyName))).toEqual(new Set(AGENCIES.keys()));
    for (const t of targets) expect(t.leadAgencyId).toBe(AGENCIES.get(t.leadAgencyName));
  });

  it('gives target 3 no milestone in 2021 and 60% in 2022', () => {
    const target = targets.find((t) => t.number === '3');
    expect(target?.leadAgencyId).toBe('vp');
    expect(target?.milestones).toEqual([
      { year: 2022, milestone: { kind: 'percent', percent: 60 } },
      { year: 2023, milestone: { kind: 'percent', percent: 70 } },
      { year: 2024, milestone: { kind: 'percent', percent: 80 } },
      { year: 2025, milestone: { kind: 'percent', percent: 80 } },
    ]);
  });

  it('gives target 14 a single milestone: done by December 2021', () => {
    expect(targets.find((t) => t.number === '14')?.milestones).toEqual([
      { year: 2021, milestone: { kind: 'by_month', month: 12 } },
    ]);
  });

  it('keeps the text whole, commas included, and leaves area and cooperating agencies empty', () => {
    const first = targets[0];
    expect(first?.text).toBe(
      '100% văn bản quy phạm pháp luật trên địa bàn tỉnh được ban hành đầy đủ, kịp thời, đúng quy định.',
    );
    expect(first?.area).toBeNull();
    expect(first?.cooperatingAgencyIds).toEqual([]);
  });
});

describe('validatePlanTargetImport reads', () => {
  it('percentages written every way', () => {
    const [target] = targetsOf(
      importCsv([HEADER, '1,Sở Tư pháp,Chỉ tiêu,80%,80 %,"80,5%",≥ 80 %,"0,8"'].join('\n')),
    );
    expect(target?.milestones.map((m) => m.milestone)).toEqual([
      { kind: 'percent', percent: 80 },
      { kind: 'percent', percent: 80 },
      { kind: 'percent', percent: 80.5 },
      { kind: 'percent', percent: 80 },
      { kind: 'percent', percent: 80 },
    ]);
  });

  it('more forms: tối thiểu, ít nhất, >=, 0.8, a month in either case', () => {
    const [target] = targetsOf(
      importCsv([HEADER, '1,Sở Tư pháp,Chỉ tiêu,tối thiểu 50%,ít nhất 60%,>= 70%,0.8,tháng 6'].join('\n')),
    );
    expect(target?.milestones.map((m) => m.milestone)).toEqual([
      { kind: 'percent', percent: 50 },
      { kind: 'percent', percent: 60 },
      { kind: 'percent', percent: 70 },
      { kind: 'percent', percent: 80 },
      { kind: 'by_month', month: 6 },
    ]);
  });

  it('a header in any case, padded, after a BOM, with columns in any order', () => {
    const [target] = targetsOf(
      importCsv('\uFEFF TARGET , Stt,2023,LEAD_AGENCY\nChỉ tiêu,3.a,Tháng 12,Sở Y tế'),
    );
    expect(target).toMatchObject({ number: '3.a', leadAgencyId: 'syt', text: 'Chỉ tiêu' });
    expect(target?.milestones).toEqual([{ year: 2023, milestone: { kind: 'by_month', month: 12 } }]);
  });

  it('only the plan years present as columns', () => {
    const [target] = targetsOf(importCsv('stt,lead_agency,target,2025\n1,Sở Y tế,Chỉ tiêu,85%'));
    expect(target?.milestones).toEqual([{ year: 2025, milestone: { kind: 'percent', percent: 85 } }]);
  });

  it('cells with NBSP and a decomposed Vietnamese spelling', () => {
    const [target] = targetsOf(
      importCsv(`${HEADER}\n1,\u00a0Sở Tư pháp\u00a0,${'Chỉ tiêu'.normalize('NFD')},80\u00a0%`),
    );
    expect(target).toMatchObject({ leadAgencyId: 'stp', leadAgencyName: 'Sở Tư pháp', text: 'Chỉ tiêu' });
  });

  it('skipping blank lines while keeping the row numbers the spreadsheet shows', () => {
    const targets = targetsOf(
      importCsv([HEADER, '', '1,Sở Y tế,A,80%', ',,,,', '2,Sở Y tế,B,90%'].join('\n')),
    );
    expect(targets.map((t) => t.row)).toEqual([3, 5]);
  });

  it('a reform area as a code or a Vietnamese name, with or without marks', () => {
    const targets = targetsOf(
      importCsv(
        [
          'stt,lead_agency,target,area,2021',
          '1,Sở Y tế,A,Procedures,80%',
          '2,Sở Y tế,B,Cải cách thể chế,80%',
          '3,Sở Y tế,C,chinh phu dien tu,80%',
          '4,Sở Y tế,D,,80%',
        ].join('\n'),
      ),
    );
    expect(targets.map((t) => t.area)).toEqual(['procedures', 'institutions', 'digital_government', null]);
  });

  it('cooperating agencies separated by ";", each once', () => {
    const [target] = targetsOf(
      importCsv(
        'stt,lead_agency,target,cooperating_agencies,2021\n1,Sở Nội vụ,A,"Sở Tài chính; Sở Y tế;;Sở Tài chính",80%',
      ),
    );
    expect(target?.cooperatingAgencyIds).toEqual(['stc', 'syt']);
  });

  it('rows shorter than the header, as spreadsheet readers give them', () => {
    const [target] = targetsOf(
      validatePlanTargetImport(
        [
          { row: 1, fields: HEADER.split(',') },
          { row: 2, fields: ['1', 'Sở Y tế', 'A', 'Tháng 12'] },
        ],
        context(),
      ),
    );
    expect(target?.milestones).toEqual([{ year: 2021, milestone: { kind: 'by_month', month: 12 } }]);
  });

  it('line breaks inside a target text', () => {
    const [target] = targetsOf(importCsv(`${HEADER}\r\n1,Sở Y tế,"Dòng một  \r\n  dòng hai",80%`));
    expect(target?.text).toBe('Dòng một\ndòng hai');
  });
});

describe('validatePlanTargetImport refuses, naming row and column,', () => {
  it('a header without required columns (row 1), reading no row', () => {
    expect(errorsOf(importCsv('stt,target,2021\n1,A,80%'))).toEqual([
      { row: 1, column: 'lead_agency', vi: 'Thiếu cột: lead_agency', en: 'Missing columns: lead_agency' },
    ]);
  });

  it('an empty file', () => {
    expect(errorsOf(importCsv(''))).toEqual([
      expect.objectContaining({ row: 1, column: 'stt, lead_agency, target' }),
    ]);
  });

  it('a file with a header only', () => {
    expect(errorsOf(importCsv(HEADER))).toEqual([
      { row: 2, column: '*', vi: 'Tệp không có chỉ tiêu nào', en: 'The file has no targets' },
    ]);
  });

  it('a year column outside the plan years', () => {
    const errors = errorsOf(importCsv('stt,lead_agency,target,2020,2021,2026\n1,Sở Y tế,A,50%,80%,90%'));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [1, '2020'],
      [1, '2026'],
    ]);
    expect(errors[1]?.en).toBe("Year 2026 is outside the plan's years (2021–2025)");
  });

  it('a header without any plan year', () => {
    expect(errorsOf(importCsv('stt,lead_agency,target\n1,Sở Y tế,A'))).toEqual([
      expect.objectContaining({
        row: 1,
        column: '2021–2025',
        en: 'No column for any year of the plan (2021–2025)',
      }),
    ]);
  });

  it('a column twice, or one it does not know', () => {
    expect(errorsOf(importCsv('stt,lead_agency,target,2021,STT\n1,Sở Y tế,A,80%,1'))).toEqual([
      expect.objectContaining({ row: 1, column: 'stt', en: 'Column stt appears twice' }),
    ]);
    const [unknown] = errorsOf(importCsv('stt,lead_agency,target,2021,ghi chú\n1,Sở Y tế,A,80%,x'));
    expect(unknown).toMatchObject({ row: 1, column: 'ghi chú' });
    expect(unknown?.en).toContain('Unsupported column: ghi chú');
  });

  it('data in a column without a header', () => {
    expect(errorsOf(importCsv('stt,lead_agency,target,2021,\n1,Sở Y tế,A,80%,\n2,Sở Y tế,B,80%,x'))).toEqual([
      expect.objectContaining({ row: 3, column: 'E' }),
    ]);
  });

  it('a repeated target number, pointing at its first row', () => {
    const errors = errorsOf(
      importCsv([HEADER, '1,Sở Y tế,A,80%', '2,Sở Y tế,B,80%', '1.,Sở Y tế,C,80%'].join('\n')),
    );
    expect(errors).toEqual([
      {
        row: 4,
        column: 'stt',
        vi: 'Số thứ tự 1 trùng với dòng 2',
        en: 'Target number 1 repeats row 2',
      },
    ]);
  });

  it('a missing or malformed target number', () => {
    const errors = errorsOf(importCsv([HEADER, ',Sở Y tế,A,80%', '1/2,Sở Y tế,B,80%'].join('\n')));
    expect(errors.map((e) => [e.row, e.column, e.en])).toEqual([
      [2, 'stt', 'The target number (stt) is missing'],
      [3, 'stt', 'Invalid target number: "1/2"'],
    ]);
  });

  it('a blank target text', () => {
    expect(errorsOf(importCsv(`${HEADER}\n1,Sở Y tế, ,80%`))).toEqual([
      expect.objectContaining({ row: 2, column: 'target', en: 'The target text is missing' }),
    ]);
  });

  it('a target text longer than the limit, but not one at the limit', () => {
    const at = 'x'.repeat(MAX_TARGET_TEXT_LENGTH);
    expect(targetsOf(importCsv(`${HEADER}\n1,Sở Y tế,${at},80%`))).toHaveLength(1);
    expect(errorsOf(importCsv(`${HEADER}\n1,Sở Y tế,${at}y,80%`))).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'target',
        en: 'The target text is 2001 characters long, at most 2000',
      }),
    ]);
  });

  it('an unknown lead agency, naming it', () => {
    expect(errorsOf(importCsv(`${HEADER}\n1,Sở Du lịch,A,80%`))).toEqual([
      {
        row: 2,
        column: 'lead_agency',
        vi: 'Không tìm thấy cơ quan chủ trì "Sở Du lịch"',
        en: 'Lead agency "Sở Du lịch" not found',
      },
    ]);
    expect(errorsOf(importCsv(`${HEADER}\n1,,A,80%`))).toEqual([
      expect.objectContaining({ row: 2, column: 'lead_agency', en: 'The lead agency is missing' }),
    ]);
  });

  it('an unreadable milestone, quoting the cell and the reason', () => {
    const errors = errorsOf(importCsv(`${HEADER}\n1,Sở Y tế,A,80-90%,80,150%,≤80%,abc`));
    expect(errors.map((e) => e.column)).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(errors[0]).toEqual({
      row: 2,
      column: '2021',
      vi: 'Mốc năm 2021 "80-90%" không hợp lệ: Mốc là một khoảng (ví dụ 80-90%); chỉ ghi một mức tối thiểu, ví dụ "80%"',
      en: 'Milestone 2021 "80-90%": The milestone is a range (e.g. 80-90%); write one minimum, e.g. "80%"',
    });
    expect(errors[1]?.en).toContain('"80": A number without % could be a count');
    expect(errors[3]?.en).toContain('upper bound');
  });

  it('a target with no milestone in any year', () => {
    expect(errorsOf(importCsv(`${HEADER}\n1,Sở Y tế,A,,,,,`))).toEqual([
      {
        row: 2,
        column: '2021, 2022, 2023, 2024, 2025',
        vi: 'Chỉ tiêu không có mốc ở năm nào',
        en: 'The target has no milestone in any year',
      },
    ]);
  });

  it('an unknown reform area or cooperating agency, or the lead agency cooperating with itself', () => {
    const errors = errorsOf(
      importCsv(
        [
          'stt,lead_agency,target,area,cooperating_agencies,2021',
          '1,Sở Y tế,A,du lịch,,80%',
          '2,Sở Y tế,B,,Sở Du lịch; Sở Y tế,80%',
        ].join('\n'),
      ),
    );
    expect(errors.map((e) => [e.row, e.column, e.en])).toEqual([
      [
        2,
        'area',
        'Unknown reform area: "du lịch" (accepted codes: direction, institutions, procedures, organisation, civil_service, public_finance, digital_government)',
      ],
      [3, 'cooperating_agencies', 'Cooperating agency "Sở Du lịch" not found'],
      [3, 'cooperating_agencies', '"Sở Y tế" is the lead agency and cannot also be a cooperating agency'],
    ]);
  });

  it('an area code the context does not offer', () => {
    const [error] = errorsOf(
      importCsv(
        'stt,lead_agency,target,area,2021\n1,Sở Y tế,A,Cải cách thể chế,80%',
        context({ areaCodes: ['procedures'] }),
      ),
    );
    expect(error).toMatchObject({ row: 2, column: 'area' });
  });

  it('more rows than the limit, at the first row past it', () => {
    const lines = Array.from({ length: MAX_PLAN_TARGET_ROWS + 1 }, (_, i) => `${i + 1},Sở Y tế,A,80%`);
    expect(targetsOf(importCsv([HEADER, ...lines.slice(0, -1)].join('\n')))).toHaveLength(
      MAX_PLAN_TARGET_ROWS,
    );
    expect(errorsOf(importCsv([HEADER, ...lines].join('\n')))).toEqual([
      expect.objectContaining({ row: MAX_PLAN_TARGET_ROWS + 2, column: '*' }),
    ]);
  });

  it('every problem of every row at once, and no target even for the good rows', () => {
    const errors = errorsOf(
      importCsv(
        [HEADER, '1,Sở Y tế,Tốt,80%', '2,Sở Du lịch,,x', '3,Sở Y tế,Tốt,90%', '3,Sở Y tế,C,,,,,'].join('\n'),
      ),
    );
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'lead_agency'],
      [3, 'target'],
      [3, '2021'],
      [5, 'stt'],
      [5, '2021, 2022, 2023, 2024, 2025'],
    ]);
  });
});
