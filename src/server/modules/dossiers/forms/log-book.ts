/**
 * The desk's log book (sổ theo dõi hồ sơ: Mẫu 06 of Circular 01/2018/TT-VPCP, Mẫu 07 of Circular
 * 03/2025/TT-VPCP) for a period, as an .xlsx a clerk can print or file: one row per dossier, dates
 * as dd/MM/yyyy HH:mm in Vietnam time. The number printed is the one in force on the period's end.
 */
import { isoToJdn } from '../../../../domain/calendar/civil-date';
import { formSetOn } from '../../../../domain/dossier/form-sets';
import { writeWorkbook } from '../../../platform/spreadsheet';
import type { LogBookMeta, LogBookRow } from './form-data';
import { formatViDateTime, longDateOfIso, OUTCOME_LABELS, printedFormNumber } from './form-text';

/** The register's columns in the official order; keys are ours, headers are the form's. */
const LOG_BOOK_COLUMNS = [
  { key: 'sequence', header: 'STT', width: 6 },
  { key: 'dossierCode', header: 'Mã hồ sơ', width: 26 },
  { key: 'procedureName', header: 'Tên TTHC', width: 30 },
  { key: 'applicantName', header: 'Tên tổ chức/cá nhân', width: 24 },
  { key: 'addressAndPhone', header: 'Địa chỉ, số điện thoại', width: 30 },
  { key: 'receivedAt', header: 'Ngày tiếp nhận', width: 17 },
  { key: 'appointmentAt', header: 'Ngày hẹn trả', width: 17 },
  { key: 'handedToUnit', header: 'Chuyển hồ sơ đến cơ quan giải quyết', width: 26 },
  { key: 'returnedAt', header: 'Ngày có kết quả/trả kết quả', width: 17 },
  { key: 'outcome', header: 'Trước hạn/Đúng hạn/Quá hạn', width: 14 },
  { key: 'note', header: 'Ghi chú', width: 24 },
] as const;

type LogBookCells = Record<(typeof LOG_BOOK_COLUMNS)[number]['key'], string | number>;

function cellsOf(row: LogBookRow, index: number): LogBookCells {
  const nfc = (text: string | null) => (text ?? '').normalize('NFC');
  return {
    sequence: index + 1,
    dossierCode: row.dossierCode,
    procedureName: nfc(row.procedureName),
    applicantName: nfc(row.applicantName),
    addressAndPhone: [row.applicantAddress, row.phone]
      .filter((part): part is string => Boolean(part?.trim()))
      .map(nfc)
      .join('; '),
    receivedAt: formatViDateTime(row.receivedAt),
    appointmentAt: row.appointmentAt ? formatViDateTime(row.appointmentAt) : '',
    handedToUnit: nfc(row.handedToUnit),
    returnedAt: row.returnedAt ? formatViDateTime(row.returnedAt) : '',
    outcome: row.outcome ? OUTCOME_LABELS[row.outcome] : '',
    note: nfc(row.note),
  };
}

/** The log book of `meta.unitName` from `meta.from` to `meta.to` (local dates, both included). */
export async function renderLogBook(rows: readonly LogBookRow[], meta: LogBookMeta): Promise<Buffer> {
  const formSet = formSetOn(meta.to);
  if (isoToJdn(meta.from) > isoToJdn(meta.to))
    throw new RangeError(`log book period ends (${meta.to}) before it starts (${meta.from})`);
  return writeWorkbook([
    {
      name: 'Sổ theo dõi hồ sơ',
      columns: LOG_BOOK_COLUMNS,
      rows: rows.map(cellsOf),
      heading: [
        { text: printedFormNumber(formSet.formNumber('log_book')), bold: true, align: 'right' },
        { text: meta.unitName.normalize('NFC').toLocaleUpperCase('vi'), bold: true },
        { text: formSet.title('log_book'), bold: true, size: 14 },
        { text: `Từ ${longDateOfIso(meta.from)} đến ${longDateOfIso(meta.to)}`, italic: true },
        { text: `(${formSet.legalBasis})`, italic: true, size: 9 },
      ],
    },
  ]);
}
