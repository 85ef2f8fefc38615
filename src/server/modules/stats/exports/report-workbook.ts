/**
 * The standard report (domain.md §9) of any grouping as an Excel workbook: its period and unit
 * above, a row per group and the total, numbers kept as numbers (the on-time rate as a percent),
 * the header row frozen, and the counting policy and stocks instant in words below.
 */
import ExcelJS from 'exceljs';
import type { ReportFiguresDto, StandardReportDto } from '../../../../contracts/stats';
import { onTimeRateSentence, policySentence, stocksSentence } from './report-notes';
import { COUNT_FORMAT, fitWidth, headerCell, RATE_FORMAT, THIN_BORDER } from './sheet-style';
import { periodRange } from './vietnamese-format';

type Lang = 'vi' | 'en';
type ReportRowDto = StandardReportDto['rows'][number];
type Texts = Readonly<Record<Lang, string>>;

const GROUP_HEADERS: Readonly<Record<StandardReportDto['by'], Texts>> = {
  level: { vi: 'Cấp', en: 'Level' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  field: { vi: 'Lĩnh vực', en: 'Field' },
  procedure: { vi: 'Thủ tục hành chính', en: 'Procedure' },
  channel: { vi: 'Kênh tiếp nhận', en: 'Channel' },
};

type FigureColumn = Texts & { readonly figure: keyof ReportFiguresDto | 'onTimeRate' };

const FIGURE_COLUMNS: readonly FigureColumn[] = [
  { figure: 'carriedOver', vi: 'Từ kỳ trước chuyển sang', en: 'Carried over' },
  { figure: 'received', vi: 'Tiếp nhận mới', en: 'Newly received' },
  { figure: 'receivedOnline', vi: 'Tiếp nhận trực tuyến', en: 'Received online' },
  { figure: 'receivedCounter', vi: 'Tiếp nhận trực tiếp', en: 'Received at the counter' },
  { figure: 'receivedPostal', vi: 'Tiếp nhận qua bưu chính', en: 'Received by post' },
  { figure: 'toHandle', vi: 'Tổng số phải giải quyết', en: 'To handle' },
  { figure: 'resolved', vi: 'Đã giải quyết', en: 'Resolved' },
  { figure: 'resolvedEarly', vi: 'Giải quyết trước hạn', en: 'Resolved early' },
  { figure: 'resolvedOnTime', vi: 'Giải quyết đúng hạn', en: 'Resolved on time' },
  { figure: 'resolvedLate', vi: 'Giải quyết quá hạn', en: 'Resolved late' },
  { figure: 'onTimeRate', vi: 'Tỷ lệ đúng hạn', en: 'On-time rate' },
  { figure: 'inProgress', vi: 'Đang giải quyết', en: 'In progress' },
  { figure: 'inProgressInTime', vi: 'Đang giải quyết trong hạn', en: 'In progress, in time' },
  { figure: 'inProgressOverdue', vi: 'Đang giải quyết quá hạn', en: 'In progress, overdue' },
  { figure: 'endedWithoutResult', vi: 'Dừng, rút, từ chối sau tiếp nhận', en: 'Ended without a result' },
  { figure: 'refused', vi: 'Từ chối', en: 'Refused' },
  { figure: 'stopped', vi: 'Dừng giải quyết', en: 'Stopped' },
  { figure: 'withdrawn', vi: 'Rút hồ sơ', en: 'Withdrawn' },
  { figure: 'cancelled', vi: 'Hủy hồ sơ', en: 'Cancelled' },
  { figure: 'returned', vi: 'Đã trả kết quả', en: 'Results returned' },
  { figure: 'returnedElectronic', vi: 'Trả kết quả điện tử', en: 'Returned electronically' },
  { figure: 'apologies', vi: 'Văn bản xin lỗi', en: 'Apology letters' },
];

const TEXT = {
  title: {
    vi: 'BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
    en: 'REPORT ON THE HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS',
  },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  withChildren: { vi: ' (gồm các đơn vị trực thuộc)', en: ' (with the units under it)' },
  groupedBy: { vi: 'Nhóm theo', en: 'Grouped by' },
  number: { vi: 'STT', en: 'No.' },
  code: { vi: 'Mã', en: 'Code' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  sheet: { vi: 'Báo cáo', en: 'Report' },
} as const satisfies Record<string, Texts>;

/** Groupings whose rows have an official code worth a column (a unit's, a field's, a procedure's). */
const HAS_CODE: ReadonlySet<StandardReportDto['by']> = new Set(['unit', 'field', 'procedure']);

function cellValue(row: ReportRowDto, column: FigureColumn): number | null {
  if (column.figure === 'onTimeRate') return row.rates.onTime === null ? null : row.rates.onTime / 10_000;
  return row.figures[column.figure];
}

export async function reportWorkbook(
  report: StandardReportDto,
  lang: Lang,
  createdAt: Date,
): Promise<Buffer> {
  const withCode = HAS_CODE.has(report.by);
  const labelColumns = withCode ? 3 : 2;
  const width = labelColumns + FIGURE_COLUMNS.length;
  const headingLines = [
    TEXT.title[lang],
    periodRange(report.period, lang),
    `${TEXT.unit[lang]}: ${report.unit.name}${report.children ? TEXT.withChildren[lang] : ''}`,
    `${TEXT.groupedBy[lang]}: ${GROUP_HEADERS[report.by][lang].toLocaleLowerCase(lang)}`,
  ];
  const headerRow = headingLines.length + 2;

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MộtCửa';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const sheet = workbook.addWorksheet(TEXT.sheet[lang], {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: labelColumns }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;

  headingLines.forEach((text, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = text;
    cell.font = index === 0 ? { bold: true, size: 14 } : { italic: index === 1, size: 11 };
    cell.alignment = { horizontal: index < 2 ? 'center' : 'left', vertical: 'middle' };
    sheet.mergeCells(index + 1, 1, index + 1, width);
  });

  const headers = [
    TEXT.number[lang],
    ...(withCode ? [TEXT.code[lang]] : []),
    GROUP_HEADERS[report.by][lang],
    ...FIGURE_COLUMNS.map((c) => c[lang]),
  ];
  const header = sheet.getRow(headerRow);
  headers.forEach((text, index) => {
    headerCell(header.getCell(index + 1), text);
  });
  header.height = 48;

  const label = (row: ReportRowDto) => (lang === 'vi' ? row.label : row.labelEn);
  const lines: { cells: (string | number | null)[]; total: boolean }[] = report.rows.map((row, index) => ({
    cells: [
      index + 1,
      ...(withCode ? [row.code ?? ''] : []),
      label(row),
      ...FIGURE_COLUMNS.map((c) => cellValue(row, c)),
    ],
    total: false,
  }));
  lines.push({
    cells: [
      '',
      ...(withCode ? [''] : []),
      TEXT.total[lang],
      ...FIGURE_COLUMNS.map((c) => cellValue(report.total, c)),
    ],
    total: true,
  });
  lines.forEach((line, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    line.cells.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = value;
      cell.border = THIN_BORDER;
      if (line.total) cell.font = { bold: true };
      const column = FIGURE_COLUMNS[c - labelColumns];
      if (column) cell.numFmt = column.figure === 'onTimeRate' ? RATE_FORMAT : COUNT_FORMAT;
      else cell.alignment = { vertical: 'top', wrapText: c === labelColumns - 1 };
    });
  });

  const notesRow = headerRow + lines.length + 2;
  [policySentence(report.policy, lang), onTimeRateSentence(lang), stocksSentence(report, lang)].forEach(
    (text, index) => {
      const cell = sheet.getCell(notesRow + index, 1);
      cell.value = text;
      cell.font = { italic: true, size: 10 };
    },
  );

  sheet.getColumn(1).width = 6;
  if (withCode)
    sheet.getColumn(2).width = fitWidth(
      lines.map((l) => String(l.cells[1] ?? '')),
      8,
      24,
    );
  sheet.getColumn(labelColumns).width = fitWidth(
    [headers[labelColumns - 1] ?? '', ...lines.map((l) => String(l.cells[labelColumns - 1] ?? ''))],
    16,
    60,
  );
  FIGURE_COLUMNS.forEach((column, index) => {
    const values = lines.map((l) => l.cells[labelColumns + index]);
    const digits = Math.max(
      ...values.map((v) => (typeof v === 'number' ? Math.round(v).toLocaleString('en').length : 0)),
    );
    const longestWord = Math.max(...column[lang].split(' ').map((w) => w.length));
    sheet.getColumn(labelColumns + 1 + index).width = Math.max(11, longestWord + 3, digits + 3);
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
