/**
 * The province's consolidated periodic reform report as one model, rendered twice (report-docx.ts,
 * report-pdf.ts): an administrative document (Decree 30/2020/NĐ-CP, Appendix I) — heading with the
 * issuing body, number and the national motto, 'BÁO CÁO' and its subject, the province's sections
 * I–IX, recipients and signature — then Appendix I with the figures the system computed (tables,
 * marked as such) and Appendix II with the sections each unit sent (report-appendices.ts).
 */
import type { z } from 'zod';
import type { ZReportFigures } from '../../../contracts/par-reports';
import { periodInSentence, REPORT_SECTIONS, sectionHeading } from '../../../domain/par/report-periods';
import { placeNameOf } from '../dossiers/documents';
import { formatViDateTime, placeAndDate } from '../dossiers/forms/form-text';
import { formatCount, formatRate, formatShortDate } from '../stats/exports/vietnamese-format';
import { figureTables, unitAppendix } from './report-appendices';
import {
  type DocBlock,
  type ReportDocumentInput,
  type ReportDocumentModel,
  textBlocks,
} from './report-model';

/** 'UBND tỉnh Bình Thuận (dữ liệu mẫu)' → 'tỉnh Bình Thuận': what follows 'Ủy ban nhân dân'. */
export function provinceBodyName(provinceName: string): string {
  return provinceName
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/^(UBND|Ủy ban nhân dân)\s+/i, '')
    .trim();
}

const n = formatCount;

function dossierSentence(f: NonNullable<z.infer<typeof ZReportFigures>['dossiers']>, period: string): string {
  return (
    `(Số liệu do hệ thống tự tổng hợp) Trong ${period}, toàn tỉnh tiếp nhận mới ${n(f.received)} hồ sơ thủ tục ` +
    `hành chính (trực tuyến ${n(f.receivedOnline)} hồ sơ), từ kỳ trước chuyển sang ${n(f.carriedOver)} hồ sơ; đã giải ` +
    `quyết ${n(f.resolved)} hồ sơ, trong đó trước và đúng hạn ${n(f.resolvedOnTimeOrEarly)} hồ sơ (tỷ lệ ` +
    `${formatRate(f.onTimeRate)}), quá hạn ${n(f.resolvedLate)} hồ sơ; đang giải quyết ${n(f.inProgress)} hồ sơ ` +
    `(quá hạn ${n(f.inProgressOverdue)} hồ sơ). Chi tiết tại Phụ lục I.`
  );
}

function taskSentence(tasks: z.infer<typeof ZReportFigures>['tasks'], period: string): string {
  const b = tasks.byStatus;
  return (
    `(Số liệu do hệ thống tự tổng hợp) Trong ${period}, có ${n(tasks.total)} nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh ` +
    `giao đến hạn; đã hoàn thành ${n(b.done_on_time + b.done_late)} nhiệm vụ (đúng hạn ${n(b.done_on_time)}, trễ hạn ` +
    `${n(b.done_late)}), đang thực hiện ${n(b.in_progress + b.not_started)} nhiệm vụ, quá hạn ${n(b.overdue)} nhiệm vụ. ` +
    'Chi tiết tại Phụ lục I.'
  );
}

/** The consolidated report as one model (no I/O): both renderers draw exactly this. */
export function buildReportDocument(input: ReportDocumentInput): ReportDocumentModel {
  const bodyName = provinceBodyName(input.provinceName);
  const committeeName = `Ủy ban nhân dân ${bodyName}`;
  const period = periodInSentence(input.year, input.period);
  // '9 tháng' and '6 tháng' stay on one line of the centred title.
  const subject = `Kết quả thực hiện công tác cải cách hành chính ${period}`.replace(
    /(\d) tháng/g,
    '$1\u00a0tháng',
  );
  const placeDate = placeAndDate(placeNameOf(input.provinceName), input.issuedAt);
  const body: DocBlock[] = [
    {
      kind: 'paragraph',
      text:
        `Thực hiện chế độ báo cáo định kỳ về công tác cải cách hành chính, ${committeeName} báo cáo kết quả ` +
        `thực hiện công tác cải cách hành chính ${period} như sau:`,
    },
  ];
  for (const section of REPORT_SECTIONS) {
    body.push({ kind: 'heading', text: sectionHeading(section, 'vi').toLocaleUpperCase('vi'), level: 1 });
    body.push(...textBlocks(input.provinceSections.get(section.code)));
    if (section.code === 'direction')
      body.push({ kind: 'paragraph', text: taskSentence(input.figures.tasks, period), italic: true });
    if (section.code === 'procedures' && input.figures.dossiers)
      body.push({ kind: 'paragraph', text: dossierSentence(input.figures.dossiers, period), italic: true });
  }
  body.push({
    kind: 'paragraph',
    text: `Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính ${period} của ${committeeName}./.`,
  });
  const computedAt = formatViDateTime(new Date(input.figures.asOf));
  const countedTo = input.figures.countedTo
    ? `, tính đến hết ngày ${formatShortDate(input.figures.countedTo)}`
    : '';
  const attached = `(Kèm theo Báo cáo số       /BC-UBND ngày      của ${committeeName})`;
  return {
    info: {
      title: `Báo cáo ${subject.charAt(0).toLocaleLowerCase('vi')}${subject.slice(1)}`,
      subject,
      createdAt: input.issuedAt,
    },
    issuer: ['ỦY BAN NHÂN DÂN', bodyName.toLocaleUpperCase('vi')],
    numberLine: 'Số:        /BC-UBND',
    placeAndDate: placeDate,
    title: 'BÁO CÁO',
    subject,
    body,
    recipients: [
      '- Bộ Nội vụ;',
      '- Thường trực Tỉnh ủy;',
      '- Thường trực HĐND tỉnh;',
      '- Chủ tịch, các PCT UBND tỉnh;',
      '- Các sở, ban, ngành tỉnh;',
      '- UBND các xã, phường;',
      '- Lưu: VT, SNV.',
    ],
    signature: { mandate: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' },
    appendices: [
      {
        title: 'PHỤ LỤC I',
        subtitle: 'SỐ LIỆU DO HỆ THỐNG TỰ TỔNG HỢP',
        note: `${attached}\nSố liệu do hệ thống MộtCửa tự tổng hợp lúc ${computedAt}${countedTo}; không nhập tay.`,
        blocks: figureTables(input, period),
      },
      {
        title: 'PHỤ LỤC II',
        subtitle: 'BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ',
        note: attached,
        blocks: unitAppendix(input),
      },
    ],
  };
}
