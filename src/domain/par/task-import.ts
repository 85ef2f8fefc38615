import { foldVietnamese } from '../catalog/vietnamese-text';
import type { ImportRowError } from '../organisation/unit-import';
import { areaResolver, PAR_AREA_NAMES, type SpreadsheetRow } from './plan-import';

/**
 * Reform tasks in bulk from a spreadsheet (updating hundreds of rows by hand is what makes such
 * modules go unused): a yearly plan's tasks assigned at once, and the lead units' progress written
 * in the sheet the system exported. Both all rows or none, every problem reported with its row and
 * column. Headers may be the machine key or the Vietnamese title the export writes.
 */

interface Column {
  readonly key: string;
  readonly vi: string;
  readonly required: boolean;
}

export const TASK_IMPORT_COLUMNS: readonly Column[] = [
  { key: 'title', vi: 'Nhiệm vụ', required: true },
  { key: 'source_document', vi: 'Văn bản giao', required: true },
  { key: 'lead_agency', vi: 'Cơ quan chủ trì', required: true },
  { key: 'due_date', vi: 'Hạn hoàn thành', required: true },
  { key: 'expected_output', vi: 'Sản phẩm', required: true },
  { key: 'cooperating_agencies', vi: 'Cơ quan phối hợp', required: false },
  { key: 'area', vi: 'Lĩnh vực', required: false },
  { key: 'assigned_by', vi: 'Người giao', required: false },
];

/** The export's columns: the first two identify the row, the last three are what a unit writes. */
export const PROGRESS_IMPORT_COLUMNS: readonly Column[] = [
  { key: 'id', vi: 'Mã nhiệm vụ', required: true },
  { key: 'version', vi: 'Phiên bản', required: true },
  { key: 'title', vi: 'Nhiệm vụ', required: false },
  { key: 'lead_agency', vi: 'Cơ quan chủ trì', required: false },
  { key: 'due_date', vi: 'Hạn hoàn thành', required: false },
  { key: 'status', vi: 'Trạng thái', required: false },
  { key: 'progress_percent', vi: 'Tiến độ (%)', required: true },
  { key: 'progress_note', vi: 'Kết quả thực hiện', required: false },
  { key: 'output', vi: 'Sản phẩm hoàn thành', required: false },
];

export const MAX_TASK_IMPORT_ROWS = 1000;
const MAX_TEXT = 2000;

export interface TaskImportRow {
  readonly row: number;
  readonly title: string;
  readonly sourceDocument: string;
  readonly leadAgencyId: string;
  readonly cooperatingAgencyIds: readonly string[];
  readonly dueDate: string;
  readonly expectedOutput: string;
  readonly area: string | null;
  readonly assignedBy: 'committee' | 'chairman';
}

export interface ProgressImportRow {
  readonly row: number;
  readonly taskId: string;
  readonly version: number;
  readonly percent: number;
  readonly note: string | null;
  /** With 100 %: the task is done with this output. */
  readonly output: string | null;
}

export type SheetResult<Row> =
  | { readonly ok: true; readonly rows: readonly Row[] }
  | { readonly ok: false; readonly errors: readonly ImportRowError[] };

const clean = (text: string | undefined) =>
  (text ?? '')
    .normalize('NFC')
    .replace(/[\s\u200b]+/g, ' ')
    .trim();

/** 31/12/2026, 31-12-2026, 2026-12-31 → 2026-12-31, or null when no such day. */
export function parseSheetDate(text: string): string | null {
  const value = clean(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(m) - 1 ||
    date.getUTCDate() !== Number(d)
  )
    return null;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** "80", "80%", "80 %" → 80; a whole percent from 0 to 100, else null. */
export function parsePercent(text: string): number | null {
  const match = /^(\d{1,3})\s*%?$/.exec(clean(text));
  const value = match ? Number(match[1]) : Number.NaN;
  return Number.isInteger(value) && value >= 0 && value <= 100 ? value : null;
}

interface Header {
  readonly index: ReadonlyMap<string, number>;
}

function readHeader(
  first: SpreadsheetRow,
  columns: readonly Column[],
  errors: ImportRowError[],
): Header | null {
  const byName = new Map<string, string>();
  for (const c of columns) {
    byName.set(c.key, c.key);
    byName.set(foldVietnamese(c.vi), c.key);
  }
  const index = new Map<string, number>();
  for (const [i, raw] of first.fields.entries()) {
    const name = clean(raw);
    if (name === '') continue;
    const key = byName.get(name.toLowerCase()) ?? byName.get(foldVietnamese(name));
    if (!key) {
      errors.push({
        row: first.row,
        column: name,
        vi: `Cột không được hỗ trợ: ${name}`,
        en: `Unsupported column: ${name}`,
      });
    } else if (index.has(key)) {
      errors.push({
        row: first.row,
        column: name,
        vi: `Cột ${name} bị lặp`,
        en: `Column ${name} appears twice`,
      });
    } else index.set(key, i);
  }
  const missing = columns.filter((c) => c.required && !index.has(c.key)).map((c) => `${c.key} (${c.vi})`);
  if (missing.length > 0)
    errors.unshift({
      row: first.row,
      column: missing.join(', '),
      vi: `Thiếu cột: ${missing.join(', ')}`,
      en: `Missing columns: ${missing.join(', ')}`,
    });
  return missing.length > 0 || errors.length > 0 ? null : { index };
}

/** The header and the data rows (blank ones skipped), or the problems that stop the import. */
function sheetRows(rows: readonly SpreadsheetRow[], columns: readonly Column[]) {
  const errors: ImportRowError[] = [];
  const [first, ...rest] = rows;
  if (!first) {
    errors.push({ row: 1, column: '', vi: 'Tệp không có dữ liệu', en: 'The file is empty' });
    return { header: null, data: [], errors };
  }
  const header = readHeader(first, columns, errors);
  const data = rest.filter((r) => r.fields.some((f) => clean(f) !== ''));
  if (data.length === 0 && header)
    errors.push({
      row: first.row,
      column: '',
      vi: 'Tệp không có dòng dữ liệu nào',
      en: 'The file has no data rows',
    });
  if (data.length > MAX_TASK_IMPORT_ROWS)
    errors.push({
      row: first.row,
      column: '',
      vi: `Tệp có ${data.length} dòng, quá ${MAX_TASK_IMPORT_ROWS} dòng mỗi lần nhập`,
      en: `The file has ${data.length} rows, more than ${MAX_TASK_IMPORT_ROWS} per import`,
    });
  return { header, data, errors };
}

function cellOf(header: Header, row: SpreadsheetRow) {
  return (key: string) => {
    const i = header.index.get(key);
    return i === undefined ? '' : clean(row.fields[i]);
  };
}

const resolveArea = areaResolver(Object.keys(PAR_AREA_NAMES));

/** An area code from its code or Vietnamese name; null when blank, undefined when unknown. */
function areaOf(value: string): string | null | undefined {
  return value === '' ? null : resolveArea(value);
}

/**
 * Tasks to assign, one per row. `resolveAgency` finds an open unit by name or code; `today`
 * (province date) refuses due dates already past.
 */
export function parseTaskSheet(
  rows: readonly SpreadsheetRow[],
  ctx: { readonly resolveAgency: (name: string) => string | undefined; readonly today: string },
): SheetResult<TaskImportRow> {
  const { header, data, errors } = sheetRows(rows, TASK_IMPORT_COLUMNS);
  if (!header || errors.length > 0) return { ok: false, errors };
  const tasks: TaskImportRow[] = [];
  for (const r of data) {
    const cell = cellOf(header, r);
    const fail = (column: string, vi: string, en: string) => errors.push({ row: r.row, column, vi, en });
    const before = errors.length;
    for (const c of TASK_IMPORT_COLUMNS.filter((c) => c.required))
      if (cell(c.key) === '') fail(c.key, `Thiếu ${c.vi.toLowerCase()}`, `${c.key} is empty`);
    for (const key of ['title', 'source_document', 'expected_output'])
      if (cell(key).length > MAX_TEXT)
        fail(key, `Quá ${MAX_TEXT} ký tự`, `Longer than ${MAX_TEXT} characters`);
    const lead = cell('lead_agency') === '' ? undefined : ctx.resolveAgency(cell('lead_agency'));
    if (cell('lead_agency') !== '' && !lead)
      fail('lead_agency', `Không có cơ quan "${cell('lead_agency')}"`, `No agency "${cell('lead_agency')}"`);
    const cooperating: string[] = [];
    for (const name of cell('cooperating_agencies').split(/[;\n]/).map(clean).filter(Boolean)) {
      const id = ctx.resolveAgency(name);
      if (id) cooperating.push(id);
      else fail('cooperating_agencies', `Không có cơ quan "${name}"`, `No agency "${name}"`);
    }
    const due = cell('due_date') === '' ? null : parseSheetDate(cell('due_date'));
    if (cell('due_date') !== '' && !due)
      fail(
        'due_date',
        `Ngày "${cell('due_date')}" không hợp lệ (dd/mm/yyyy)`,
        `"${cell('due_date')}" is not a date (dd/mm/yyyy)`,
      );
    else if (due && due < ctx.today)
      fail('due_date', `Hạn ${cell('due_date')} đã qua`, `The due date ${cell('due_date')} is past`);
    const area = areaOf(cell('area'));
    if (area === undefined)
      fail('area', `Lĩnh vực không hợp lệ: ${cell('area')}`, `Unknown area: ${cell('area')}`);
    const by = foldVietnamese(cell('assigned_by'));
    const assignedBy =
      by === '' || by === 'committee' || by === foldVietnamese('UBND tỉnh')
        ? 'committee'
        : by === 'chairman' || by === foldVietnamese('Chủ tịch UBND tỉnh')
          ? 'chairman'
          : null;
    if (!assignedBy)
      fail(
        'assigned_by',
        'Người giao phải là "UBND tỉnh" hoặc "Chủ tịch UBND tỉnh"',
        'assigned_by must be committee or chairman',
      );
    if (errors.length > before || !lead || !due || !assignedBy || area === undefined) continue;
    tasks.push({
      row: r.row,
      title: cell('title'),
      sourceDocument: cell('source_document'),
      leadAgencyId: lead,
      cooperatingAgencyIds: [...new Set(cooperating)].filter((id) => id !== lead),
      dueDate: due,
      expectedOutput: cell('expected_output'),
      area,
      assignedBy,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows: tasks };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A row left as exported: below 100 %, the same percent, and no note or the task's own note. Such
 * rows are skipped rather than written as new progress.
 */
export function progressUnchanged(
  row: ProgressImportRow,
  task: { readonly progressPercent: number; readonly progressNote: string | null },
): boolean {
  return (
    row.percent < 100 &&
    row.percent === task.progressPercent &&
    (row.note === null || row.note === task.progressNote)
  );
}

/** Progress written in the exported sheet; 100 % needs the output produced. */
export function parseProgressSheet(rows: readonly SpreadsheetRow[]): SheetResult<ProgressImportRow> {
  const { header, data, errors } = sheetRows(rows, PROGRESS_IMPORT_COLUMNS);
  if (!header || errors.length > 0) return { ok: false, errors };
  const out: ProgressImportRow[] = [];
  const seen = new Set<string>();
  for (const r of data) {
    const cell = cellOf(header, r);
    const fail = (column: string, vi: string, en: string) => errors.push({ row: r.row, column, vi, en });
    const before = errors.length;
    const id = cell('id');
    if (!UUID.test(id)) fail('id', `Mã nhiệm vụ "${id}" không hợp lệ`, `"${id}" is not a task id`);
    else if (seen.has(id)) fail('id', 'Nhiệm vụ xuất hiện hai lần', 'The task appears twice');
    seen.add(id);
    const version = Number(cell('version'));
    if (!Number.isInteger(version) || version < 1)
      fail(
        'version',
        'Phiên bản không hợp lệ: hãy tải lại tệp mẫu',
        'Invalid version: export the sheet again',
      );
    const percent = parsePercent(cell('progress_percent'));
    if (percent === null)
      fail(
        'progress_percent',
        'Tiến độ phải là số nguyên từ 0 đến 100',
        'Progress must be a whole percent 0–100',
      );
    const note = cell('progress_note') === '' ? null : cell('progress_note');
    const output = cell('output') === '' ? null : cell('output');
    for (const [key, value] of [
      ['progress_note', note],
      ['output', output],
    ] as const)
      if ((value?.length ?? 0) > MAX_TEXT)
        fail(key, `Quá ${MAX_TEXT} ký tự`, `Longer than ${MAX_TEXT} characters`);
    if (percent === 100 && !output)
      fail(
        'output',
        'Nhiệm vụ hoàn thành (100%) cần ghi sản phẩm hoàn thành',
        'A done task (100%) needs its output',
      );
    if (percent !== null && percent < 100 && output)
      fail('output', 'Chỉ ghi sản phẩm khi tiến độ 100%', 'Write the output only at 100%');
    if (errors.length > before || percent === null) continue;
    out.push({ row: r.row, taskId: id, version, percent, note, output });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows: out };
}
