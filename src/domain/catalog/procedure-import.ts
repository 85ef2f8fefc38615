import type { ImportRowError } from '../organisation/unit-import';
import {
  CONTENT_PROBLEM_TEXT,
  contentProblems,
  ONLINE_AVAILABILITY,
  type OnlineAvailability,
  PROCEDURE_LEVELS,
  PROCESSING_UNITS,
  type ProcedureContent,
  type ProcedureLevel,
  type ProcessingUnit,
} from './procedure';

/**
 * The catalog import sheet: one procedure per row; cells holding lists separate items with ";"
 * and an item's parts with "|" (see IMPORT_GUIDE). The same columns serve CSV and Excel, and the
 * export writes them, so an exported catalog imports back.
 */
export const PROCEDURE_IMPORT_COLUMNS = [
  'code',
  'name',
  'field',
  'levels',
  'processing_unit',
  'processing_amount',
  'online',
  'online_payment',
  'result',
  'fees',
  'documents',
  'steps',
  'workflow',
  'legal_basis',
  'competent_units',
  'receiving_units',
] as const;
export type ImportColumn = (typeof PROCEDURE_IMPORT_COLUMNS)[number];

/** What each column holds, in both languages, for the template's guide sheet. */
export const IMPORT_GUIDE: Record<ImportColumn, { vi: string; en: string; example: string }> = {
  code: { vi: 'Mã thủ tục quốc gia', en: 'National procedure code', example: '2.000986' },
  name: { vi: 'Tên thủ tục', en: 'Procedure name', example: 'Đăng ký khai sinh' },
  field: { vi: 'Mã lĩnh vực', en: 'Field code', example: 'HT' },
  levels: { vi: 'Cấp thực hiện: province; commune', en: 'Levels: province; commune', example: 'commune' },
  processing_unit: {
    vi: 'Đơn vị thời hạn: working_days, working_hours, calendar_days',
    en: 'Time unit: working_days, working_hours, calendar_days',
    example: 'working_days',
  },
  processing_amount: { vi: 'Thời hạn giải quyết (số dương)', en: 'Processing time (positive)', example: '1' },
  online: { vi: 'Trực tuyến: full, partial, none', en: 'Online: full, partial, none', example: 'full' },
  online_payment: { vi: 'Thanh toán trực tuyến: yes / no', en: 'Online payment: yes / no', example: 'yes' },
  result: { vi: 'Kết quả', en: 'Result', example: 'Giấy khai sinh' },
  fees: {
    vi: 'Phí, lệ phí: Tên|fee hoặc charge|số đồng; …',
    en: 'Fees: Name|fee or charge|amount in đồng; …',
    example: 'Lệ phí|charge|0',
  },
  documents: {
    vi: 'Thành phần hồ sơ: Tên|số bản chính|số bản sao|tệp mẫu|dùng lại (yes/no); …',
    en: 'Documents: Name|originals|copies|template file|reusable (yes/no); …',
    example: 'Tờ khai đăng ký khai sinh|1|0|to-khai.docx|no; Giấy chứng sinh|1|0||yes',
  },
  steps: {
    vi: 'Trình tự thực hiện: bước; bước; …',
    en: 'Steps: step; step; …',
    example: 'Nộp hồ sơ; Nhận kết quả',
  },
  workflow: {
    vi: 'Quy trình nội bộ: Tên bước|clerk/officer/approver|loại đơn vị|% thời gian; … (tổng 100)',
    en: 'Internal workflow: Step|clerk/officer/approver|unit kind|% of time; … (sum 100)',
    example: 'Tiếp nhận|clerk|desk|10; Thẩm định|officer|commune|70; Phê duyệt|approver|commune|20',
  },
  legal_basis: {
    vi: 'Căn cứ pháp lý: văn bản; văn bản; … (“[MẪU] ” đầu văn bản: dữ liệu mẫu, không phải văn bản thật)',
    en: 'Legal basis: text; text; … (“[MẪU] ” in front: sample data, not a real legal text)',
    example: 'Luật Hộ tịch 2014',
  },
  competent_units: {
    vi: 'Mã đơn vị có thẩm quyền; …',
    en: 'Codes of competent units; …',
    example: 'T60.X001',
  },
  receiving_units: { vi: 'Mã nơi tiếp nhận; …', en: 'Codes of receiving units; …', example: 'T60.X001.MC' },
};

export interface ImportedProcedure {
  readonly row: number;
  readonly code: string;
  readonly fieldCode: string;
  readonly content: ProcedureContent;
  readonly competentUnitCodes: readonly string[];
  readonly receivingUnitCodes: readonly string[];
}

export interface ProcedureImportContext {
  readonly existingCodes: ReadonlySet<string>;
  readonly fieldCodes: ReadonlySet<string>;
  /** Codes of the open units the importer may use. */
  readonly usableUnitCodes: ReadonlySet<string>;
}

const CODE = /^\d\.\d{6}(\.\d{1,3})?$/;
const items = (cell: string) =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
const parts = (item: string) => item.split('|').map((s) => s.trim());
const YES = new Set(['yes', 'y', 'có', 'co', 'x', '1', 'true']);
const NO = new Set(['no', 'n', 'không', 'khong', '', '0', 'false']);

/** Column of the sheet that a content problem's path points into. */
function columnOf(path: string): ImportColumn {
  const head = path.split('.')[0] ?? '';
  const map: Record<string, ImportColumn> = {
    name: 'name',
    levels: 'levels',
    processing: 'processing_amount',
    fees: 'fees',
    documents: 'documents',
    workflow: 'workflow',
    onlinePayment: 'online_payment',
    resultType: 'result',
  };
  return map[head] ?? 'name';
}

/** Marks a generated (sample) legal basis in the sheet, so export → import keeps the flag. */
export const SAMPLE_LEGAL_BASIS_MARK = '[MẪU]';
const SAMPLE_MARK_READ = /^\[(mẫu|mau)\]\s*/i;

/** A legal basis as the sheet writes it, and back. */
export const legalBasisCell = (basis: { text: string; sample: boolean }) =>
  basis.sample ? `${SAMPLE_LEGAL_BASIS_MARK} ${basis.text}` : basis.text;
export function legalBasisOfCell(item: string): { text: string; sample: boolean } {
  const sample = SAMPLE_MARK_READ.test(item);
  return { text: sample ? item.replace(SAMPLE_MARK_READ, '').trim() : item, sample };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const number = (text: string) => (text === '' ? Number.NaN : Number(text.replace(/[.\s](?=\d{3}\b)/g, '')));

/**
 * Validates an import sheet (first row the header) row by row; returns the procedures, or every
 * error found with its row (the header is row 1, as a spreadsheet shows it), column and reason.
 */
export function validateProcedureImport(
  table: readonly (readonly string[])[],
  ctx: ProcedureImportContext,
): { ok: true; procedures: ImportedProcedure[] } | { ok: false; errors: ImportRowError[] } {
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = PROCEDURE_IMPORT_COLUMNS.filter((c) => !header.includes(c));
  if (table.length === 0 || missing.length > 0) {
    const list = (missing.length > 0 ? missing : PROCEDURE_IMPORT_COLUMNS).join(', ');
    return {
      ok: false,
      errors: [{ row: 1, column: 'header', vi: `Thiếu cột: ${list}`, en: `Missing columns: ${list}` }],
    };
  }
  const errors: ImportRowError[] = [];
  const procedures: ImportedProcedure[] = [];
  const seen = new Set<string>();
  table.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const err = (column: string, vi: string, en: string) => errors.push({ row, column, vi, en });
    const col = (name: ImportColumn) => (cells[header.indexOf(name)] ?? '').trim();

    const code = col('code');
    if (!CODE.test(code))
      err('code', `Mã thủ tục "${code}" không đúng dạng 1.001234`, `Code "${code}" is not like 1.001234`);
    else if (ctx.existingCodes.has(code))
      err('code', `Mã ${code} đã có trong danh mục`, `Code ${code} is already in the catalog`);
    else if (seen.has(code))
      err('code', `Mã ${code} bị trùng trong tệp`, `Code ${code} appears twice in the file`);
    seen.add(code);

    const fieldCode = col('field');
    if (!ctx.fieldCodes.has(fieldCode))
      err('field', `Lĩnh vực "${fieldCode}" không tồn tại`, `Unknown field "${fieldCode}"`);

    const levels = items(col('levels'));
    for (const level of levels) {
      if (!(PROCEDURE_LEVELS as readonly string[]).includes(level))
        err('levels', `Cấp "${level}" không hợp lệ`, `Unknown level "${level}"`);
    }
    const unit = col('processing_unit');
    if (!(PROCESSING_UNITS as readonly string[]).includes(unit)) {
      err('processing_unit', `Đơn vị thời hạn "${unit}" không hợp lệ`, `Unknown time unit "${unit}"`);
    }
    const amountText = col('processing_amount').replace(',', '.');
    const amount = Number(amountText);
    if (amountText === '' || !Number.isFinite(amount)) {
      err(
        'processing_amount',
        `Thời hạn "${amountText}" không phải là số`,
        `Time "${amountText}" is not a number`,
      );
    }
    const online = col('online');
    if (!(ONLINE_AVAILABILITY as readonly string[]).includes(online)) {
      err('online', `Mức trực tuyến "${online}" không hợp lệ`, `Unknown online level "${online}"`);
    }
    const paymentText = col('online_payment').toLowerCase();
    if (!YES.has(paymentText) && !NO.has(paymentText)) {
      err('online_payment', `"${paymentText}" phải là yes hoặc no`, `"${paymentText}" must be yes or no`);
    }

    const fees = items(col('fees')).map((item, k) => {
      const [name = '', kind = '', amountPart = ''] = parts(item);
      if (kind !== 'fee' && kind !== 'charge')
        err(
          'fees',
          `Mục phí ${k + 1}: loại "${kind}" phải là fee hoặc charge`,
          `Fee ${k + 1}: kind "${kind}" must be fee or charge`,
        );
      const value = number(amountPart);
      if (!Number.isFinite(value))
        err(
          'fees',
          `Mục phí ${k + 1}: số tiền "${amountPart}" không hợp lệ`,
          `Fee ${k + 1}: amount "${amountPart}" is not a number`,
        );
      return { name, kind: kind === 'fee' ? ('fee' as const) : ('charge' as const), amount: value };
    });
    const documents = items(col('documents')).map((item, k) => {
      const [name = '', originals = '0', copies = '0', template = '', reusable = 'no'] = parts(item);
      const [o, c] = [Number(originals), Number(copies)];
      if (!Number.isInteger(o) || !Number.isInteger(c)) {
        err(
          'documents',
          `Giấy tờ ${k + 1}: số bản phải là số nguyên`,
          `Document ${k + 1}: copies must be whole numbers`,
        );
      }
      return {
        name,
        originals: o,
        copies: c,
        template: template || null,
        reusable: YES.has(reusable.toLowerCase()),
      };
    });
    const workflow = items(col('workflow')).map((item, k) => {
      const [name = '', role = '', unitKind = '', share = ''] = parts(item);
      if (role !== 'clerk' && role !== 'officer' && role !== 'approver') {
        err(
          'workflow',
          `Bước ${k + 1}: vai trò "${role}" không hợp lệ`,
          `Step ${k + 1}: unknown role "${role}"`,
        );
      }
      return {
        name,
        role: role as 'clerk' | 'officer' | 'approver',
        unitKind,
        share: Number(share.replace(',', '.')),
      };
    });
    const competentUnitCodes = items(col('competent_units'));
    const receivingUnitCodes = items(col('receiving_units'));
    for (const [column, codes] of [
      ['competent_units', competentUnitCodes],
      ['receiving_units', receivingUnitCodes],
    ] as const) {
      if (codes.length === 0) err(column, 'Cần ít nhất một đơn vị', 'At least one unit is needed');
      for (const unitCode of codes) {
        if (!ctx.usableUnitCodes.has(unitCode)) {
          err(
            column,
            `Đơn vị ${unitCode} không tồn tại, đã giải thể hoặc ngoài phạm vi`,
            `Unit ${unitCode} does not exist, is closed or is outside your scope`,
          );
        }
      }
    }
    const content: ProcedureContent = {
      name: col('name'),
      levels: levels as ProcedureLevel[],
      processing: { unit: unit as ProcessingUnit, amount },
      fees,
      documents,
      steps: items(col('steps')),
      workflow,
      legalBasis: items(col('legal_basis')).map(legalBasisOfCell),
      resultType: col('result'),
      online: online as OnlineAvailability,
      onlinePayment: YES.has(paymentText),
    };
    for (const problem of contentProblems(content)) {
      const text = CONTENT_PROBLEM_TEXT[problem.code];
      // The column is named beside the reason; say which item of a list cell, counting from 1.
      const item = /\.(\d+)/.exec(problem.path)?.[1];
      const which = item === undefined ? null : Number(item) + 1;
      err(
        columnOf(problem.path),
        which === null ? capitalise(text.vi) : `Mục ${which}: ${text.vi}`,
        which === null ? capitalise(text.en) : `Item ${which}: ${text.en}`,
      );
    }
    if (content.resultType === '') err('result', 'Kết quả: bắt buộc', 'Result: required');
    procedures.push({ row, code, fieldCode, content, competentUnitCodes, receivingUnitCodes });
  });
  if (procedures.length === 0)
    errors.push({ row: 2, column: '*', vi: 'Tệp không có dòng dữ liệu', en: 'The file has no data rows' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, procedures };
}

/** The sheet row of a procedure (the export; imports back). */
export function procedureToRow(
  code: string,
  fieldCode: string,
  content: ProcedureContent,
  competent: readonly string[],
  receiving: readonly string[],
): Record<ImportColumn, string> {
  return {
    code,
    name: content.name,
    field: fieldCode,
    levels: content.levels.join('; '),
    processing_unit: content.processing.unit,
    processing_amount: String(content.processing.amount),
    online: content.online,
    online_payment: content.onlinePayment ? 'yes' : 'no',
    result: content.resultType,
    fees: content.fees.map((f) => `${f.name}|${f.kind}|${f.amount}`).join('; '),
    documents: content.documents
      .map((d) => `${d.name}|${d.originals}|${d.copies}|${d.template ?? ''}|${d.reusable ? 'yes' : 'no'}`)
      .join('; '),
    steps: content.steps.join('; '),
    workflow: content.workflow.map((w) => `${w.name}|${w.role}|${w.unitKind}|${w.share}`).join('; '),
    legal_basis: content.legalBasis.map(legalBasisCell).join('; '),
    competent_units: competent.join('; '),
    receiving_units: receiving.join('; '),
  };
}
