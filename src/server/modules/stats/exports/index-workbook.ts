/**
 * The service index (Decision 766/QĐ-TTg) of a unit and period as an Excel workbook: a sheet of
 * its groups and indicators (numerator, denominator, ratio, target, points; "no data yet" and
 * "not applicable" in words, never as 0), and a sheet of the ranking of departments or communes.
 * Numbers stay numbers, header rows are frozen.
 */
import ExcelJS from 'exceljs';
import type { IndexRankingDto, ServiceIndexDto } from '../../../../contracts/stats';
import { COUNT_FORMAT, fitWidth, headerCell, RATE_FORMAT, THIN_BORDER } from './sheet-style';
import { periodRange } from './vietnamese-format';

type Lang = 'vi' | 'en';
type Texts = Readonly<Record<Lang, string>>;

const POINTS_FORMAT = '0.00';

const TEXT = {
  title: {
    vi: 'CHỈ SỐ CHỈ ĐẠO, ĐIỀU HÀNH VÀ ĐÁNH GIÁ CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP',
    en: 'SERVICE INDEX FOR CITIZENS AND BUSINESSES (DECISION 766/QĐ-TTg)',
  },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  total: {
    vi: 'Tổng điểm: {points} trên {max} điểm tính được (thang {nominal} điểm)',
    en: 'Total: {points} of the {max} points computed (out of {nominal})',
  },
  band: { vi: 'Xếp loại', en: 'Band' },
  rank: { vi: 'Xếp hạng: {rank}/{of}', en: 'Rank: {rank} of {of}' },
  formulaSet: { vi: 'Bộ công thức', en: 'Formula set' },
  indexSheet: { vi: 'Chỉ số', en: 'Index' },
  rankingSheet: { vi: 'Xếp hạng', en: 'Ranking' },
  rankingTitle: {
    vi: 'XẾP HẠNG {among} THEO CHỈ SỐ PHỤC VỤ',
    en: 'RANKING OF {among} ON THE SERVICE INDEX',
  },
  departments: { vi: 'SỞ, BAN, NGÀNH', en: 'DEPARTMENTS' },
  communes: { vi: 'UBND CẤP XÃ', en: 'COMMUNES' },
  noData: { vi: 'Chưa có dữ liệu', en: 'No data yet' },
  notApplicable: { vi: 'Không áp dụng', en: 'Not applicable' },
} as const satisfies Record<string, Texts>;

const INDEX_HEADERS: readonly Texts[] = [
  { vi: 'Mã', en: 'Code' },
  { vi: 'Nhóm chỉ số / chỉ số', en: 'Group / indicator' },
  { vi: 'Tử số', en: 'Numerator' },
  { vi: 'Mẫu số', en: 'Denominator' },
  { vi: 'Tỷ lệ', en: 'Ratio' },
  { vi: 'Mục tiêu', en: 'Target' },
  { vi: 'Điểm đạt', en: 'Points' },
  { vi: 'Điểm tối đa', en: 'Maximum' },
  { vi: 'Ghi chú', en: 'Note' },
];

const RANKING_HEADERS: readonly Texts[] = [
  { vi: 'Hạng', en: 'Rank' },
  { vi: 'Mã', en: 'Code' },
  { vi: 'Đơn vị', en: 'Unit' },
  { vi: 'Điểm', en: 'Points' },
  { vi: 'Điểm tính được', en: 'Points computed' },
  { vi: 'Tỷ lệ điểm', en: 'Share of points' },
  { vi: 'Xếp loại', en: 'Band' },
  { vi: 'Tỷ lệ đúng hạn', en: 'On-time rate' },
  { vi: 'Hồ sơ tiếp nhận', en: 'Dossiers received' },
];

const fill = (text: string, values: Readonly<Record<string, string | number>>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

const decimal = (n: number, lang: Lang) =>
  n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 });

type Cell = string | number | null;
interface Line {
  readonly cells: readonly Cell[];
  readonly bold: boolean;
}

/** Writes the heading lines, the frozen header and the ruled lines; answers the sheet. */
function tableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  heading: readonly string[],
  headers: readonly string[],
  lines: readonly Line[],
  formats: readonly (string | null)[],
): ExcelJS.Worksheet {
  const headerRow = heading.length + 2;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  heading.forEach((text, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = text;
    cell.font = index === 0 ? { bold: true, size: 13 } : { italic: index === 1, size: 11 };
    sheet.mergeCells(index + 1, 1, index + 1, headers.length);
  });
  const header = sheet.getRow(headerRow);
  headers.forEach((text, index) => {
    headerCell(header.getCell(index + 1), text);
  });
  header.height = 32;
  lines.forEach((line, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    line.cells.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = value;
      cell.border = THIN_BORDER;
      if (line.bold) cell.font = { bold: true };
      const format = formats[c];
      if (format && typeof value === 'number') cell.numFmt = format;
      else cell.alignment = { vertical: 'top', wrapText: true };
    });
  });
  headers.forEach((text, c) => {
    const texts = [text, ...lines.map((l) => String(l.cells[c] ?? ''))];
    sheet.getColumn(c + 1).width = fitWidth(texts, 8, c === 1 || c === 2 ? 70 : 18);
  });
  return sheet;
}

export async function indexWorkbook(
  index: ServiceIndexDto,
  ranking: IndexRankingDto,
  lang: Lang,
  createdAt: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MộtCửa';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const name = (o: { nameVi: string; nameEn: string }) => (lang === 'vi' ? o.nameVi : o.nameEn);

  const heading = [
    TEXT.title[lang],
    periodRange(index.period, lang),
    `${TEXT.unit[lang]}: ${index.unit.name}`,
    fill(TEXT.total[lang], {
      points: decimal(index.points, lang),
      max: decimal(index.max, lang),
      nominal: index.nominalMax,
    }) +
      (index.band
        ? ` · ${TEXT.band[lang]}: ${lang === 'vi' ? index.band.labelVi : index.band.labelEn}`
        : '') +
      (index.rank ? ` · ${fill(TEXT.rank[lang], index.rank)}` : ''),
    `${TEXT.formulaSet[lang]}: ${name(index.formulaSet)} (${index.formulaSet.effectiveFrom})`,
  ];
  const lines: Line[] = [];
  for (const group of index.groups) {
    lines.push({
      cells: [group.code, name(group), null, null, null, null, group.points, group.max, null],
      bold: true,
    });
    for (const indicator of group.indicators) {
      const note =
        indicator.status === 'no_data'
          ? TEXT.noData[lang]
          : indicator.status === 'not_applicable'
            ? TEXT.notApplicable[lang]
            : null;
      lines.push({
        cells: [
          indicator.code,
          name(indicator),
          indicator.numerator,
          indicator.denominator,
          indicator.ratio,
          indicator.target,
          indicator.points,
          indicator.max,
          note,
        ],
        bold: false,
      });
    }
  }
  tableSheet(
    workbook,
    TEXT.indexSheet[lang],
    heading,
    INDEX_HEADERS.map((h) => h[lang]),
    lines,
    [null, null, COUNT_FORMAT, COUNT_FORMAT, RATE_FORMAT, RATE_FORMAT, POINTS_FORMAT, POINTS_FORMAT, null],
  );

  const among = ranking.among === 'department' ? TEXT.departments[lang] : TEXT.communes[lang];
  tableSheet(
    workbook,
    TEXT.rankingSheet[lang],
    [fill(TEXT.rankingTitle[lang], { among }), periodRange(ranking.period, lang)],
    RANKING_HEADERS.map((h) => h[lang]),
    ranking.units.map((u) => ({
      cells: [
        u.rank,
        u.unit.code,
        u.unit.name,
        u.points,
        u.max,
        u.percentOfComputed === null ? null : u.percentOfComputed / 100,
        u.band ? (lang === 'vi' ? u.band.labelVi : u.band.labelEn) : null,
        u.onTimeRate === null ? null : u.onTimeRate / 10_000,
        u.received,
      ],
      bold: false,
    })),
    [null, null, null, POINTS_FORMAT, POINTS_FORMAT, RATE_FORMAT, null, RATE_FORMAT, COUNT_FORMAT],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
