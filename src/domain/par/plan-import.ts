import { foldVietnamese } from '../catalog/vietnamese-text';
import { parseCsvRows } from '../organisation/csv';
import type { ImportRowError } from '../organisation/unit-import';
import { type Milestone, parseMilestone } from './milestones';

/**
 * Import of a reform plan's appendix of targets (phụ lục chỉ tiêu kế hoạch CCHC, domain.md §10):
 * one row per target with its number (stt), lead agency (cơ quan chủ trì), text and one column per
 * plan year holding that year's milestone, e.g. `../shared/data/par-plan-3612-2021-2025.csv`.
 */

export const PLAN_TARGET_REQUIRED_COLUMNS = ['stt', 'lead_agency', 'target'] as const;
export const PLAN_TARGET_OPTIONAL_COLUMNS = ['area', 'cooperating_agencies'] as const;
/** A 5-year plan has tens of targets; a file far larger is a wrong file, not a plan. */
export const MAX_PLAN_TARGET_ROWS = 2000;
export const MAX_TARGET_TEXT_LENGTH = 2000;

/**
 * Vietnamese names a spreadsheet may use for the reform areas of Resolution 76/NQ-CP (2021–2030
 * master programme) and the direction of reform, by area code. A context code not listed here is
 * matched by its code only.
 */
export const PAR_AREA_NAMES: Readonly<Record<string, readonly string[]>> = {
  direction: ['Công tác chỉ đạo, điều hành cải cách hành chính', 'Chỉ đạo, điều hành'],
  institutions: ['Cải cách thể chế', 'Thể chế'],
  procedures: ['Cải cách thủ tục hành chính', 'Thủ tục hành chính'],
  organisation: ['Cải cách tổ chức bộ máy hành chính nhà nước', 'Cải cách tổ chức bộ máy', 'Tổ chức bộ máy'],
  civil_service: ['Cải cách chế độ công vụ', 'Chế độ công vụ', 'Công vụ'],
  public_finance: ['Cải cách tài chính công', 'Tài chính công'],
  digital_government: [
    'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
    'Chính phủ điện tử, Chính phủ số',
    'Chính phủ điện tử',
    'Chính phủ số',
    'Chính quyền điện tử',
    'Chính quyền số',
  ],
};

export interface SpreadsheetRow {
  /** The row number the spreadsheet shows (the header is usually row 1). */
  readonly row: number;
  readonly fields: readonly string[];
}

export interface PlanTargetImportContext {
  readonly fromYear: number;
  readonly toYear: number;
  /** The id of the agency with this name (as written, whitespace and Unicode normalised), if any. */
  readonly resolveAgency: (name: string) => string | undefined;
  readonly areaCodes: readonly string[];
}

export interface PlanTargetRow {
  readonly row: number;
  /** The target's number as the plan writes it (stt): "1", "3.a". */
  readonly number: string;
  readonly leadAgencyId: string;
  readonly leadAgencyName: string;
  readonly text: string;
  readonly area: string | null;
  readonly cooperatingAgencyIds: readonly string[];
  readonly milestones: readonly { readonly year: number; readonly milestone: Milestone }[];
}

export type PlanTargetImportResult =
  | { readonly ok: true; readonly targets: readonly PlanTargetRow[] }
  | { readonly ok: false; readonly errors: readonly ImportRowError[] };

const YEAR_COLUMN = /^\d{4}$/;
const NUMBER = /^[0-9a-z]{1,5}(?:[.-][0-9a-z]{1,5}){0,4}$/i;
// `\s` covers NBSP and the BOM; zero-width spaces come with text pasted from the web.
const SPACES = /[\s\u200b]+/g;
const SPACES_IN_LINE = /[^\S\n]+/g;

function cleanCell(text: string): string {
  return text.normalize('NFC').replace(SPACES, ' ').trim();
}

// A target's text may hold line breaks typed in its cell (Alt+Enter); keep them.
function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(SPACES_IN_LINE, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

/** Spreadsheet column letter of a 0-based index: 0 → A, 26 → AA. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function areaResolver(codes: readonly string[]): (value: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const code of codes) {
    byKey.set(code.toLowerCase(), code);
    for (const name of PAR_AREA_NAMES[code] ?? []) byKey.set(foldVietnamese(name), code);
  }
  return (value) => byKey.get(value.toLowerCase()) ?? byKey.get(foldVietnamese(value));
}

interface Header {
  readonly row: number;
  readonly index: ReadonlyMap<string, number>;
  readonly years: readonly { readonly year: number; readonly index: number }[];
  readonly width: number;
  /** Columns with a blank header: a row may leave them blank, nothing more. */
  readonly unnamed: ReadonlySet<number>;
}

function readHeader(
  first: SpreadsheetRow,
  ctx: PlanTargetImportContext,
): { header: Header; fatal: boolean; errors: ImportRowError[] } {
  const row = first.row;
  const errors: ImportRowError[] = [];
  const names = first.fields.map((f) => cleanCell(f).toLowerCase());
  const known = new Set<string>([...PLAN_TARGET_REQUIRED_COLUMNS, ...PLAN_TARGET_OPTIONAL_COLUMNS]);
  const index = new Map<string, number>();
  const years: { year: number; index: number }[] = [];
  const unnamed = new Set<number>();
  let fatal = false;
  const range = `${ctx.fromYear}–${ctx.toYear}`;
  for (const [i, name] of names.entries()) {
    if (name === '') {
      unnamed.add(i);
    } else if (index.has(name)) {
      fatal = true;
      errors.push({ row, column: name, vi: `Cột ${name} bị lặp`, en: `Column ${name} appears twice` });
    } else if (YEAR_COLUMN.test(name)) {
      index.set(name, i);
      const year = Number(name);
      if (year >= ctx.fromYear && year <= ctx.toYear) years.push({ year, index: i });
      else
        errors.push({
          row,
          column: name,
          vi: `Năm ${name} nằm ngoài các năm của kế hoạch (${range})`,
          en: `Year ${name} is outside the plan's years (${range})`,
        });
    } else {
      index.set(name, i);
      if (known.has(name)) continue;
      const accepted = `${[...known].join(', ')}, ${range}`;
      errors.push({
        row,
        column: name,
        vi: `Cột không được hỗ trợ: ${name} (các cột hợp lệ: ${accepted})`,
        en: `Unsupported column: ${name} (accepted columns: ${accepted})`,
      });
    }
  }
  const missing = PLAN_TARGET_REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) {
    fatal = true;
    errors.unshift({
      row,
      column: missing.join(', '),
      vi: `Thiếu cột: ${missing.join(', ')}`,
      en: `Missing columns: ${missing.join(', ')}`,
    });
  }
  if (years.length === 0 && missing.length === 0) {
    fatal = true;
    errors.push({
      row,
      column: range,
      vi: `Không có cột năm nào của kế hoạch (${range})`,
      en: `No column for any year of the plan (${range})`,
    });
  }
  return { header: { row, index, years, width: names.length, unnamed }, fatal, errors };
}

/**
 * Validates the rows of a plan appendix (header first; blank rows skipped). Returns every target,
 * or every problem found with the row the spreadsheet shows and the column, and then no target.
 * A row may be shorter than the header (spreadsheets drop trailing blank cells).
 */
export function validatePlanTargetImport(
  rows: readonly SpreadsheetRow[],
  ctx: PlanTargetImportContext,
): PlanTargetImportResult {
  const fail = (row: number, column: string, vi: string, en: string): PlanTargetImportResult => ({
    ok: false,
    errors: [{ row, column, vi, en }],
  });
  const [first, ...data] = rows.filter((r) => r.fields.some((f) => cleanCell(f) !== ''));
  const required = PLAN_TARGET_REQUIRED_COLUMNS.join(', ');
  if (first === undefined)
    return fail(
      1,
      required,
      `Tệp trống; thiếu cột: ${required}`,
      `The file is empty; missing columns: ${required}`,
    );
  const { header, fatal, errors } = readHeader(first, ctx);
  if (fatal) return { ok: false, errors };
  // Checked before reading any row: a wrong file must not cost thousands of resolver calls.
  const tooMany = data[MAX_PLAN_TARGET_ROWS];
  if (tooMany !== undefined)
    return fail(
      tooMany.row,
      '*',
      `Tệp có ${data.length} chỉ tiêu, tối đa ${MAX_PLAN_TARGET_ROWS}`,
      `The file has ${data.length} targets, at most ${MAX_PLAN_TARGET_ROWS}`,
    );
  if (data.length === 0)
    errors.push({
      row: header.row + 1,
      column: '*',
      vi: 'Tệp không có chỉ tiêu nào',
      en: 'The file has no targets',
    });

  const resolveArea = areaResolver(ctx.areaCodes);
  const numbers = new Map<string, number>();
  const targets: PlanTargetRow[] = [];
  for (const { row, fields } of data) {
    const err = (column: string, vi: string, en: string) => errors.push({ row, column, vi, en });
    const cell = (name: string) => cleanCell(fields[header.index.get(name) ?? -1] ?? '');

    fields.forEach((value, i) => {
      if (cleanCell(value) !== '' && (i >= header.width || header.unnamed.has(i)))
        err(
          columnLetter(i),
          'Ô có dữ liệu nhưng cột không có tiêu đề',
          'A cell has data but its column has no header',
        );
    });

    const number = cell('stt').replace(/\.$/, '');
    const firstRow = numbers.get(number.toLowerCase());
    if (number === '') err('stt', 'Thiếu số thứ tự (stt)', 'The target number (stt) is missing');
    else if (!NUMBER.test(number))
      err('stt', `Số thứ tự không hợp lệ: "${number}"`, `Invalid target number: "${number}"`);
    else if (firstRow !== undefined)
      err(
        'stt',
        `Số thứ tự ${number} trùng với dòng ${firstRow}`,
        `Target number ${number} repeats row ${firstRow}`,
      );
    else numbers.set(number.toLowerCase(), row);

    const leadAgencyName = cell('lead_agency');
    const leadAgencyId = leadAgencyName === '' ? undefined : ctx.resolveAgency(leadAgencyName);
    if (leadAgencyName === '') err('lead_agency', 'Thiếu cơ quan chủ trì', 'The lead agency is missing');
    else if (leadAgencyId === undefined)
      err(
        'lead_agency',
        `Không tìm thấy cơ quan chủ trì "${leadAgencyName}"`,
        `Lead agency "${leadAgencyName}" not found`,
      );

    const text = cleanText(fields[header.index.get('target') ?? -1] ?? '');
    if (text === '') err('target', 'Thiếu nội dung chỉ tiêu', 'The target text is missing');
    else if (text.length > MAX_TARGET_TEXT_LENGTH)
      err(
        'target',
        `Nội dung chỉ tiêu dài ${text.length} ký tự, tối đa ${MAX_TARGET_TEXT_LENGTH}`,
        `The target text is ${text.length} characters long, at most ${MAX_TARGET_TEXT_LENGTH}`,
      );

    const areaValue = cell('area');
    const area = areaValue === '' ? null : (resolveArea(areaValue) ?? null);
    if (areaValue !== '' && area === null)
      err(
        'area',
        `Lĩnh vực cải cách không hợp lệ: "${areaValue}" (mã hợp lệ: ${ctx.areaCodes.join(', ')})`,
        `Unknown reform area: "${areaValue}" (accepted codes: ${ctx.areaCodes.join(', ')})`,
      );

    const cooperatingAgencyIds: string[] = [];
    for (const name of cell('cooperating_agencies').split(';').map(cleanCell).filter(Boolean)) {
      const id = ctx.resolveAgency(name);
      if (id === undefined)
        err(
          'cooperating_agencies',
          `Không tìm thấy cơ quan phối hợp "${name}"`,
          `Cooperating agency "${name}" not found`,
        );
      else if (id === leadAgencyId)
        err(
          'cooperating_agencies',
          `"${name}" là cơ quan chủ trì, không thể đồng thời là cơ quan phối hợp`,
          `"${name}" is the lead agency and cannot also be a cooperating agency`,
        );
      else if (!cooperatingAgencyIds.includes(id)) cooperatingAgencyIds.push(id);
    }

    const milestones: { year: number; milestone: Milestone }[] = [];
    let unreadable = false;
    for (const { year, index } of header.years) {
      const value = cleanCell(fields[index] ?? '');
      const parsed = parseMilestone(value);
      if (!parsed.ok) {
        unreadable = true;
        err(
          String(year),
          `Mốc năm ${year} "${value}" không hợp lệ: ${parsed.vi}`,
          `Milestone ${year} "${value}": ${parsed.en}`,
        );
      } else if (parsed.milestone !== null) milestones.push({ year, milestone: parsed.milestone });
    }
    if (milestones.length === 0 && !unreadable) {
      const columns = header.years.map((y) => y.year).join(', ');
      err(columns, 'Chỉ tiêu không có mốc ở năm nào', 'The target has no milestone in any year');
    }

    if (leadAgencyId !== undefined)
      targets.push({
        row,
        number,
        leadAgencyId,
        leadAgencyName,
        text,
        area,
        cooperatingAgencyIds,
        milestones,
      });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, targets };
}

/** The rows of a plan appendix CSV (BOM dropped, spreadsheet row numbers kept) for validatePlanTargetImport. */
export function planTargetRowsFromCsv(text: string): readonly SpreadsheetRow[] {
  return parseCsvRows(text);
}
