import { parseCsv } from './csv';
import { inForceOn, UNIT_KINDS, type UnitFacts } from './units';

export const UNIT_IMPORT_COLUMNS = ['code', 'name', 'kind', 'level', 'parent_code', 'valid_from'] as const;

export interface ImportRowError {
  readonly row: number;
  readonly column: string;
  readonly vi: string;
  readonly en: string;
}

export interface UnitImportRow {
  readonly row: number;
  readonly code: string;
  readonly name: string;
  readonly kind: (typeof UNIT_KINDS)[number];
  readonly levelCode: string;
  readonly parentCode: string | null;
  readonly validFrom: string;
}

export interface ImportContext {
  readonly existingByCode: ReadonlyMap<string, UnitFacts>;
  readonly levelCodes: ReadonlySet<string>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Za-z0-9.\-_]{1,40}$/;

function isRealDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Validates a units CSV row by row against the existing tree and earlier rows. Parents may be
 * existing units or rows above. Returns the rows to create, or every error found (row numbers
 * count the header as row 1, as a spreadsheet shows them).
 */
export function validateUnitImport(
  csvText: string,
  ctx: ImportContext,
): { ok: true; rows: UnitImportRow[] } | { ok: false; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const table = parseCsv(csvText);
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = UNIT_IMPORT_COLUMNS.filter((c) => !header.includes(c));
  if (table.length === 0 || missing.length > 0) {
    return {
      ok: false,
      errors: [
        {
          row: 1,
          column: missing.join(', ') || 'header',
          vi: `Thiếu cột: ${missing.join(', ') || UNIT_IMPORT_COLUMNS.join(', ')}`,
          en: `Missing columns: ${missing.join(', ') || UNIT_IMPORT_COLUMNS.join(', ')}`,
        },
      ],
    };
  }
  const col = (cells: string[], name: string) => (cells[header.indexOf(name)] ?? '').trim();
  const fromFile = new Map<string, UnitImportRow>();
  const rows: UnitImportRow[] = [];
  table.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const err = (column: string, vi: string, en: string) => errors.push({ row, column, vi, en });
    if (cells.length !== header.length)
      err(
        '*',
        `Dòng có ${cells.length} cột, cần ${header.length}`,
        `Row has ${cells.length} columns, expected ${header.length}`,
      );
    const code = col(cells, 'code');
    const name = col(cells, 'name');
    const kind = col(cells, 'kind');
    const levelCode = col(cells, 'level');
    const parentCode = col(cells, 'parent_code') || null;
    const validFrom = col(cells, 'valid_from');
    if (!CODE.test(code))
      err(
        'code',
        'Mã đơn vị trống hoặc có ký tự không hợp lệ',
        'Unit code is empty or has invalid characters',
      );
    else if (ctx.existingByCode.has(code))
      err('code', `Mã ${code} đã tồn tại`, `Code ${code} already exists`);
    else if (fromFile.has(code))
      err('code', `Mã ${code} bị trùng trong tệp`, `Code ${code} appears twice in the file`);
    if (name.length < 2 || name.length > 200)
      err('name', 'Tên đơn vị phải từ 2 đến 200 ký tự', 'Name must be 2 to 200 characters');
    if (!(UNIT_KINDS as readonly string[]).includes(kind))
      err('kind', `Loại đơn vị không hợp lệ: "${kind}"`, `Unknown unit kind: "${kind}"`);
    if (!ctx.levelCodes.has(levelCode))
      err('level', `Cấp không hợp lệ: "${levelCode}"`, `Unknown level: "${levelCode}"`);
    if (!isRealDate(validFrom))
      err('valid_from', 'Ngày hiệu lực phải có dạng YYYY-MM-DD', 'Valid-from must be a date YYYY-MM-DD');
    if (parentCode) {
      const existing = ctx.existingByCode.get(parentCode);
      const earlier = fromFile.get(parentCode);
      if (!existing && !earlier)
        err('parent_code', `Không tìm thấy đơn vị cấp trên ${parentCode}`, `Parent ${parentCode} not found`);
      else if (existing && isRealDate(validFrom) && !inForceOn(existing, validFrom))
        err(
          'parent_code',
          `Đơn vị cấp trên ${parentCode} không còn hiệu lực`,
          `Parent ${parentCode} is not in force then`,
        );
      else if ((existing?.kind ?? earlier?.kind) === 'desk')
        err(
          'parent_code',
          'Bộ phận Một cửa không có đơn vị trực thuộc',
          'A one-stop desk cannot have child units',
        );
    }
    const parsed: UnitImportRow = {
      row,
      code,
      name,
      kind: kind as UnitImportRow['kind'],
      levelCode,
      parentCode,
      validFrom,
    };
    if (CODE.test(code) && !fromFile.has(code)) fromFile.set(code, parsed);
    rows.push(parsed);
  });
  if (rows.length === 0)
    errors.push({ row: 2, column: '*', vi: 'Tệp không có dòng dữ liệu', en: 'The file has no data rows' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
