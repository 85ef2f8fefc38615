/**
 * The appendices of the consolidated report: Appendix I, the figures the system computed, as
 * tables (dossiers, tasks by status and by lead unit, targets by status, inspections, units late
 * or missing, PAR-index bands — figures frozen before targets and inspections were counted show
 * without them);
 * Appendix II, the sections each unit sent.
 */
import { REPORT_SECTIONS, sectionHeading } from '../../../domain/par/report-periods';
import { TASK_STATUSES, type TaskStatus } from '../../../domain/par/tasks';
import { formatViDateTime } from '../dossiers/forms/form-text';
import { formatCount, formatRate, formatShortDate } from '../stats/exports/vietnamese-format';
import {
  type DocBlock,
  type DocColumn,
  paragraphsOf,
  type ReportDocumentInput,
  textBlocks,
} from './report-model';
import { inspectionBlocks, targetTable } from './report-reform-tables';

const TASK_STATUS_VI: Readonly<Record<TaskStatus, string>> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành trễ hạn',
  overdue: 'Quá hạn',
};

const BAND_VI: Readonly<Record<string, string>> = {
  xuat_sac: 'Xuất sắc',
  tot: 'Tốt',
  kha: 'Khá',
  trung_binh: 'Trung bình',
  yeu: 'Yếu',
};

const n = formatCount;

export function figureTables(input: ReportDocumentInput, period: string): DocBlock[] {
  const { figures } = input;
  const blocks: DocBlock[] = [];
  const twoColumns: DocColumn[] = [
    { header: 'Chỉ tiêu', share: 0.7 },
    { header: 'Số liệu', share: 0.3, align: 'right' },
  ];
  blocks.push({ kind: 'heading', text: `1. Kết quả giải quyết thủ tục hành chính ${period}`, level: 2 });
  const d = figures.dossiers;
  blocks.push(
    d
      ? {
          kind: 'table',
          columns: twoColumns,
          rows: [
            ['Từ kỳ trước chuyển sang', n(d.carriedOver)],
            ['Tiếp nhận mới', n(d.received)],
            ['   Trong đó: trực tuyến', n(d.receivedOnline)],
            ['Đã giải quyết', n(d.resolved)],
            ['   Trước và đúng hạn', n(d.resolvedOnTimeOrEarly)],
            ['   Quá hạn', n(d.resolvedLate)],
            ['Tỷ lệ giải quyết trước và đúng hạn', formatRate(d.onTimeRate)],
            ['Đang giải quyết', n(d.inProgress)],
            ['   Trong đó: quá hạn', n(d.inProgressOverdue)],
            ['Văn bản xin lỗi do giải quyết quá hạn', n(d.apologies)],
          ],
        }
      : { kind: 'paragraph', text: 'Kỳ báo cáo chưa bắt đầu: chưa có số liệu.', italic: true },
  );
  blocks.push({
    kind: 'heading',
    text: '2. Nhiệm vụ UBND tỉnh giao đến hạn trong kỳ, theo trạng thái',
    level: 2,
  });
  blocks.push({
    kind: 'table',
    columns: twoColumns,
    rows: [
      ...TASK_STATUSES.map((s) => [TASK_STATUS_VI[s], n(figures.tasks.byStatus[s])]),
      ['Tổng số', n(figures.tasks.total)],
      ['Tỷ lệ hoàn thành', formatRate(figures.tasks.completionRate)],
    ],
  });
  blocks.push({ kind: 'heading', text: '3. Nhiệm vụ theo đơn vị chủ trì', level: 2 });
  blocks.push(
    input.tasksByLead.length === 0
      ? { kind: 'paragraph', text: 'Không có nhiệm vụ đến hạn trong kỳ.', italic: true }
      : {
          kind: 'table',
          columns: [
            { header: 'TT', share: 0.07, align: 'center' },
            { header: 'Đơn vị chủ trì', share: 0.33 },
            { header: 'Tổng số', share: 0.1, align: 'right' },
            ...TASK_STATUSES.map((s) => ({ header: TASK_STATUS_VI[s], share: 0.1, align: 'right' as const })),
          ],
          rows: input.tasksByLead.map((lead, i) => [
            String(i + 1),
            lead.unitName,
            n(lead.statuses.length),
            ...TASK_STATUSES.map((s) => n(lead.statuses.filter((x) => x === s).length)),
          ]),
        },
  );
  let number = 4;
  if (figures.targets) {
    blocks.push({
      kind: 'heading',
      text: `${number++}. Mục tiêu của kế hoạch cải cách hành chính năm ${figures.targets.year}, theo trạng thái`,
      level: 2,
    });
    blocks.push(targetTable(figures.targets));
  }
  if (figures.inspections) {
    blocks.push({
      kind: 'heading',
      text: `${number++}. Kiểm tra công tác cải cách hành chính trong kỳ`,
      level: 2,
    });
    blocks.push(...inspectionBlocks(figures.inspections));
  }
  const reporting = input.units.filter((u) => !u.province);
  const lateOrMissing = reporting.filter((u) => u.status === 'late' || u.status === 'overdue');
  blocks.push({
    kind: 'heading',
    text: `${number++}. Tình hình gửi báo cáo của các cơ quan, đơn vị`,
    level: 2,
  });
  blocks.push({
    kind: 'paragraph',
    text:
      `Hạn gửi báo cáo: ngày ${formatShortDate(input.dueDate)}. Đã gửi ${n(reporting.filter((u) => u.submittedAt).length)}` +
      `/${n(reporting.length)} đơn vị; gửi chậm hoặc chưa gửi: ${n(lateOrMissing.length)} đơn vị.`,
  });
  if (lateOrMissing.length > 0)
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'TT', share: 0.08, align: 'center' },
        { header: 'Cơ quan, đơn vị', share: 0.52 },
        { header: 'Tình trạng', share: 0.4 },
      ],
      rows: lateOrMissing.map((u, i) => [
        String(i + 1),
        u.unit.name,
        u.submittedAt ? `Gửi chậm (${formatViDateTime(new Date(u.submittedAt))})` : 'Chưa gửi',
      ]),
    });
  const scoring = figures.scoring;
  if (scoring && scoring.bands.length > 0) {
    blocks.push({
      kind: 'heading',
      text: `${number}. Kết quả Chỉ số cải cách hành chính năm ${scoring.year}`,
      level: 2,
    });
    blocks.push({
      kind: 'table',
      columns: twoColumns.map((c, i) =>
        i === 0 ? { ...c, header: 'Xếp loại' } : { ...c, header: 'Số đơn vị' },
      ),
      rows: scoring.bands.map((b) => [BAND_VI[b.band] ?? b.band, n(b.count)]),
    });
  }
  return blocks;
}

export function unitAppendix(input: ReportDocumentInput): DocBlock[] {
  const sent = input.units
    .filter((u) => !u.province && u.submittedAt !== null)
    .sort((a, b) => a.unit.code.localeCompare(b.unit.code));
  if (sent.length === 0)
    return [{ kind: 'paragraph', text: 'Chưa có cơ quan, đơn vị nào gửi báo cáo.', italic: true }];
  return sent.flatMap((u, i): DocBlock[] => {
    const sections = input.unitSections.get(u.unit.id) ?? new Map<string, string>();
    const when = u.submittedAt ? ` (gửi lúc ${formatViDateTime(new Date(u.submittedAt))})` : '';
    return [
      { kind: 'heading', text: `${i + 1}. ${u.unit.name}${when}`, level: 1 },
      ...REPORT_SECTIONS.filter((s) => paragraphsOf(sections.get(s.code) ?? '').length > 0).flatMap(
        (s): DocBlock[] => [
          { kind: 'heading', text: sectionHeading(s, 'vi'), level: 2 },
          ...textBlocks(sections.get(s.code)),
        ],
      ),
    ];
  });
}
