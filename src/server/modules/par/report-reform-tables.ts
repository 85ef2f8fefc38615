/**
 * Appendix I's tables on the plans' targets and the PAR inspections (report-appendices.ts numbers
 * and places them), in the administrative style of the other tables.
 */
import type { z } from 'zod';
import type { TARGET_STATUSES } from '../../../contracts/par';
import type { ZInspectionFigures, ZTargetFigures } from '../../../contracts/par-reports';
import type { InspectedLevel } from '../../../domain/par/inspections';
import { formatCount, formatRate } from '../stats/exports/vietnamese-format';
import type { DocBlock, DocColumn } from './report-model';

const n = formatCount;

/** The statuses a report counts; a target without a milestone that year is not due. */
const TARGET_STATUS_VI: Readonly<Record<Exclude<(typeof TARGET_STATUSES)[number], 'no_milestone'>, string>> =
  {
    met: 'Đạt',
    on_track: 'Đúng tiến độ',
    at_risk: 'Có nguy cơ không đạt',
    missed: 'Không đạt',
    no_data: 'Chưa có số liệu',
  };

const LEVEL_VI: Readonly<Record<InspectedLevel, string>> = {
  department: 'Sở, ban, ngành',
  district: 'UBND cấp huyện',
  commune: 'UBND cấp xã',
};

const FIGURE_COLUMNS: readonly DocColumn[] = [
  { header: 'Chỉ tiêu', share: 0.7 },
  { header: 'Số liệu', share: 0.3, align: 'right' },
];

export function targetTable(targets: z.infer<typeof ZTargetFigures>): DocBlock {
  if (targets.total === 0)
    return { kind: 'paragraph', text: `Không có mục tiêu có mốc năm ${targets.year}.`, italic: true };
  return {
    kind: 'table',
    columns: FIGURE_COLUMNS,
    rows: [
      ...Object.entries(TARGET_STATUS_VI).map(([status, label]) => [
        label,
        n(targets.byStatus[status as keyof typeof TARGET_STATUS_VI]),
      ]),
      [`Tổng số mục tiêu có mốc năm ${targets.year}`, n(targets.total)],
    ],
  };
}

export function inspectionBlocks(inspections: z.infer<typeof ZInspectionFigures>): DocBlock[] {
  if (inspections.plan === null)
    return [{ kind: 'paragraph', text: `Chưa có kế hoạch kiểm tra năm ${inspections.year}.`, italic: true }];
  const blocks: DocBlock[] = [
    {
      kind: 'paragraph',
      text: `Kế hoạch kiểm tra công tác cải cách hành chính năm ${inspections.year}: ${inspections.plan.documentNumber} (${inspections.plan.title}).`,
    },
  ];
  const coverage = inspections.coverage;
  if (coverage && coverage.levels.length > 0)
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Cấp', share: 0.28 },
        { header: 'Số đơn vị', share: 0.12, align: 'right' },
        { header: 'Theo kế hoạch', share: 0.15, align: 'right' },
        { header: 'Đã kiểm tra', share: 0.15, align: 'right' },
        { header: 'Tỷ lệ đã kiểm tra', share: 0.15, align: 'right' },
        { header: `Đạt mục tiêu ${coverage.targetPercent}%`, share: 0.15, align: 'center' },
      ],
      rows: coverage.levels.map((l) => [
        LEVEL_VI[l.level],
        n(l.openUnits),
        n(l.plannedUnits),
        n(l.inspectedUnits),
        formatRate(l.inspectedBasisPoints),
        l.inspectedMeetsTarget ? 'Đạt' : 'Chưa đạt',
      ]),
    });
  const f = inspections.findings;
  blocks.push({
    kind: 'table',
    columns: FIGURE_COLUMNS,
    rows: [
      ['Cuộc kiểm tra theo kế hoạch', n(inspections.scheduled)],
      ['Cuộc kiểm tra đã tiến hành trong kỳ', n(inspections.held)],
      ['Tồn tại, hạn chế phát hiện qua kiểm tra', n(f.raised)],
      ['   Đã khắc phục', n(f.remedied)],
      ['   Chưa khắc phục', n(f.open)],
      ['   Trong đó: quá hạn khắc phục', n(f.overdue)],
    ],
  });
  return blocks;
}
