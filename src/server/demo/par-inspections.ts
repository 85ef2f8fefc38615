import { addDays } from '../../domain/calendar/civil-date';
import { localDateOf } from '../../domain/calendar/local-time';
import { inForceOn } from '../../domain/organisation/units';
import { defaultRemedyDueDate } from '../../domain/par/inspections';
import type { Tx } from '../db/client';
import { parInspectionFindings, parInspections } from '../db/schema-par';
import { type UnitSummary, unitSummariesOfProvince } from '../modules/organisation/unit-tree';
import { createInspectionPlan } from '../modules/par/inspections';
import type { AuthContext } from '../platform/access';
import type { AppDeps } from '../platform/http';
import { uuidv7 } from '../platform/ids';
import { SeededRandom } from './names';

const meta = { ip: '127.0.0.1', lang: 'vi' as const };

/** What inspections find and what they ask for (kiểm tra CCHC), for communes and departments. */
const COMMUNE_FINDINGS: readonly (readonly [string, string])[] = [
  [
    'Chưa công khai đầy đủ, kịp thời thủ tục hành chính tại Bộ phận Một cửa',
    'Rà soát, niêm yết công khai đầy đủ các thủ tục hành chính đang có hiệu lực',
  ],
  [
    'Còn hồ sơ giải quyết trễ hạn nhưng chưa có văn bản xin lỗi người dân',
    'Gửi thư xin lỗi, hẹn lại thời gian trả kết quả theo đúng quy định',
  ],
  [
    'Tỷ lệ hồ sơ nộp trực tuyến toàn trình còn thấp so với chỉ tiêu của tỉnh',
    'Bố trí công chức hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến',
  ],
  [
    'Chưa số hóa kết quả giải quyết thủ tục hành chính theo quy định',
    'Số hóa toàn bộ kết quả giải quyết thủ tục hành chính còn hiệu lực',
  ],
  [
    'Hồ sơ lưu tại Bộ phận Một cửa thiếu phiếu kiểm soát quá trình giải quyết',
    'Bổ sung phiếu kiểm soát quá trình (Mẫu 05) cho các hồ sơ còn thiếu',
  ],
  [
    'Dữ liệu hộ tịch điện tử chưa được cập nhật, chuẩn hóa đầy đủ',
    'Hoàn thành cập nhật, chuẩn hóa dữ liệu hộ tịch điện tử',
  ],
];
const LATE_PLAN: readonly [string, string] = [
  'Kế hoạch CCHC năm của đơn vị ban hành chậm, chưa bám sát kế hoạch của UBND tỉnh',
  'Rà soát, điều chỉnh kế hoạch CCHC năm cho phù hợp kế hoạch của UBND tỉnh',
];
const LATE_REPORTS: readonly [string, string] = [
  'Báo cáo CCHC định kỳ gửi chưa đúng thời hạn',
  'Phân công công chức đầu mối, gửi báo cáo định kỳ đúng thời hạn',
];
const DEPARTMENT_FINDINGS: readonly (readonly [string, string])[] = [
  LATE_PLAN,
  LATE_REPORTS,
  [
    'Chưa hoàn thành rà soát, đánh giá thủ tục hành chính theo kế hoạch',
    'Hoàn thành rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính',
  ],
  [
    'Chưa công khai đầy đủ thủ tục hành chính trên Cổng thông tin điện tử của đơn vị',
    'Cập nhật, công khai đầy đủ thủ tục hành chính trên Cổng thông tin điện tử',
  ],
  ['Tỷ lệ văn bản điện tử có ký số còn thấp', 'Triển khai ký số cho toàn bộ văn bản đi của đơn vị'],
];
/** A finding at a commune whose remedy is the Department of Justice's (it owns the guidance). */
const JUSTICE_GUIDANCE: readonly [string, string] = [
  'Hướng dẫn nghiệp vụ chứng thực bản sao điện tử chưa thống nhất giữa các xã',
  'Sở Tư pháp ban hành văn bản hướng dẫn thống nhất nghiệp vụ chứng thực điện tử',
];

const at10 = (day: string) => new Date(Date.parse(`${day}T10:00:00+07:00`));
const clamp = (day: string, from: string, to: string) => (day < from ? from : day > to ? to : day);

interface DemoFinding {
  readonly text: readonly [string, string];
  readonly ownerUnitId: string;
  readonly dueDate: string;
  readonly progressNote: string | null;
  readonly closedOn: string | null;
}

interface DemoInspection {
  readonly unit: UnitSummary;
  readonly scheduledOn: string;
  readonly conductedOn: string | null;
  readonly findings: readonly DemoFinding[];
}

/** The plan's units: departments and communes picked by their place in code order, ≥ 30 % of each. */
function pickUnits(units: readonly UnitSummary[], kind: string, keep: (index: number) => boolean) {
  return units
    .filter((u) => u.kind === kind)
    .sort((a, b) => a.code.localeCompare(b.code))
    .filter((_, index) => keep(index));
}

function shuffled<T>(items: readonly T[], random: SeededRandom): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Departments spread evenly among the communes, so both levels are inspected all year long. */
function interleave(departments: readonly UnitSummary[], communes: readonly UnitSummary[]): UnitSummary[] {
  const order: UnitSummary[] = [];
  let d = 0;
  let c = 0;
  while (d < departments.length || c < communes.length) {
    const takeDepartment =
      c >= communes.length || (d < departments.length && d / departments.length <= c / communes.length);
    const next = takeDepartment ? departments[d++] : communes[c++];
    if (next) order.push(next);
  }
  return order;
}

async function writeInspections(
  tx: Tx,
  deps: AppDeps,
  planId: string,
  year: number,
  inspections: readonly DemoInspection[],
) {
  const now = deps.clock.now();
  for (const [index, i] of inspections.entries()) {
    const inspectionId = uuidv7(deps.clock);
    await tx.insert(parInspections).values({
      id: inspectionId,
      planId,
      unitId: i.unit.id,
      scheduledOn: i.scheduledOn,
      inspectors: `Đoàn kiểm tra CCHC số ${(index % 4) + 1} (Sở Nội vụ chủ trì)`,
      conductedOn: i.conductedOn,
      recordNumber: i.conductedOn ? `${index + 1}/BB-ĐKTCCHC` : null,
      conclusion: i.conductedOn
        ? i.findings.length === 0
          ? `Đơn vị thực hiện tốt các nhiệm vụ cải cách hành chính năm ${year}.`
          : 'Đơn vị cơ bản thực hiện tốt nhiệm vụ cải cách hành chính; còn một số tồn tại cần khắc phục.'
        : null,
      updatedAt: i.conductedOn ? at10(i.conductedOn) : now,
      rowVersion: i.conductedOn ? 2 : 1,
    });
    if (i.findings.length > 0)
      await tx.insert(parInspectionFindings).values(
        i.findings.map((f, seq) => ({
          id: uuidv7(deps.clock),
          inspectionId,
          seq: seq + 1,
          finding: f.text[0],
          remedy: f.text[1],
          ownerUnitId: f.ownerUnitId,
          dueDate: f.dueDate,
          progressNote: f.progressNote,
          closedAt: f.closedOn ? at10(f.closedOn) : null,
          closedNote: f.closedOn ? 'Đã khắc phục xong; tài liệu kiểm chứng gửi kèm báo cáo.' : null,
          closedBy: f.closedOn ? 'Cán bộ đầu mối CCHC' : null,
          updatedAt: f.closedOn ? at10(f.closedOn) : now,
          rowVersion: 1 + (f.progressNote ? 1 : 0) + (f.closedOn ? 1 : 0),
        })),
      );
  }
}

/**
 * PAR inspections in the demo: last year's plan carried out and every finding closed, and this
 * year's plan (45/KH-UBND) over 40 % of the departments and of the communes — most
 * inspected, remedies closed, in progress and a few overdue, one of them Sở Tư pháp's (S03) — with
 * the last units still to inspect, so a visitor can record one.
 */
export async function loadDemoInspections(deps: AppDeps, officer: AuthContext): Promise<void> {
  const now = deps.clock.now().getTime();
  const today = localDateOf(now);
  const year = Number(today.slice(0, 4));
  const random = new SeededRandom(4530);
  const open = (await unitSummariesOfProvince(deps.db, deps.config.PROVINCE_CODE)).filter((u) =>
    inForceOn(u, today),
  );
  const justice = open.find((u) => u.kind === 'department' && u.code.endsWith('.S03'));
  if (!justice) throw new Error('the demo province has Sở Tư pháp (S03)');

  const findingsAt = (unit: UnitSummary, conductedOn: string, closeAll: boolean, planYear: number) => {
    const bank = unit.kind === 'department' ? DEPARTMENT_FINDINGS : COMMUNE_FINDINGS;
    const lastDay = defaultRemedyDueDate(planYear);
    const horizon = planYear < year ? lastDay : today;
    // Up to three different findings, taken in a shuffled order of the bank.
    const texts = shuffled(bank, random).slice(0, 1 + random.int(3));
    return texts.map((text): DemoFinding => {
      const dueDate = clamp(addDays(conductedOn, 30 + random.int(60)), conductedOn, lastDay);
      const past = dueDate < horizon;
      const late = random.int(8) === 0;
      const closed = closeAll || (past ? random.int(10) > 0 : random.int(5) < 2);
      const closedOn = !closed
        ? null
        : late && past
          ? clamp(addDays(dueDate, 1 + random.int(5)), conductedOn, horizon)
          : clamp(addDays(dueDate, -random.int(20)), conductedOn, horizon);
      return {
        text,
        ownerUnitId: unit.id,
        dueDate,
        progressNote: closed || random.int(5) < 2 ? null : 'Đang triển khai khắc phục theo kế hoạch.',
        closedOn,
      };
    });
  };

  // Last year: every unit inspected and every remedy closed (a few of them after their due day).
  const lastYear = year - 1;
  const lastUnits = [
    ...pickUnits(open, 'department', (i) => i % 5 === 1 || i % 5 === 3),
    ...pickUnits(open, 'commune', (i) => i % 5 === 1 || i % 5 === 3),
  ];
  const lastPlan = await createInspectionPlan(
    deps,
    officer,
    {
      year: lastYear,
      title: `Kế hoạch kiểm tra công tác cải cách hành chính năm ${lastYear}`,
      documentNumber: '38/KH-UBND',
      issuedOn: `${lastYear}-01-18`,
    },
    meta,
  );
  const lastInspections = lastUnits.map((unit, k): DemoInspection => {
    const scheduledOn = addDays(`${lastYear}-02-01`, Math.floor((k * 300) / lastUnits.length));
    const conductedOn = addDays(scheduledOn, random.int(3));
    return { unit, scheduledOn, conductedOn, findings: findingsAt(unit, conductedOn, true, lastYear) };
  });

  // This year: the schedule runs from late January to mid-December; what is past has been carried
  // out, except two that are late, and the last units wait for their day.
  const order = interleave(
    pickUnits(open, 'department', (i) => i % 5 === 0 || i % 5 === 2),
    pickUnits(open, 'commune', (i) => i % 5 === 0 || i % 5 === 2),
  );
  const first = `${year}-01-01`;
  const plan = await createInspectionPlan(
    deps,
    officer,
    {
      year,
      title: `Kế hoạch kiểm tra công tác CCHC năm ${year}`,
      documentNumber: '45/KH-UBND',
      issuedOn: clamp(`${year}-01-15`, first, today),
    },
    meta,
  );
  let overdueLeft = 3;
  let leftBehind = 0;
  let guidanceGiven = false;
  const inspections = order.map((unit, k): DemoInspection => {
    const isJustice = unit.id === justice.id;
    const last = k >= order.length - 3;
    const scheduledOn = isJustice
      ? clamp(addDays(today, -60), first, today)
      : clamp(addDays(`${year}-01-21`, Math.floor((k * 330) / order.length)), first, `${year}-12-20`);
    const dueForRecord = scheduledOn <= addDays(today, -2) || isJustice;
    // The two inspections before the last three are late: not carried out on their day.
    const behind = !isJustice && dueForRecord && leftBehind < 2 && k >= order.length - 5;
    if (behind) leftBehind++;
    if (!dueForRecord || last || behind) return { unit, scheduledOn, conductedOn: null, findings: [] };
    const conductedOn = clamp(addDays(scheduledOn, random.int(2)), first, today);
    let findings = findingsAt(unit, conductedOn, false, year).map((f) => {
      if (f.dueDate >= today || f.closedOn !== null) return f;
      // Keep the overdue ones few: the rest were closed on time.
      if (overdueLeft-- > 0) return f;
      return { ...f, closedOn: clamp(addDays(f.dueDate, -3), conductedOn, today), progressNote: null };
    });
    if (isJustice) {
      findings = [
        {
          text: LATE_PLAN,
          ownerUnitId: unit.id,
          dueDate: clamp(addDays(today, -10), conductedOn, defaultRemedyDueDate(year)),
          progressNote: 'Đã trình dự thảo kế hoạch điều chỉnh; chờ lãnh đạo Sở phê duyệt.',
          closedOn: null,
        },
        {
          text: LATE_REPORTS,
          ownerUnitId: unit.id,
          dueDate: clamp(addDays(conductedOn, 20), conductedOn, defaultRemedyDueDate(year)),
          progressNote: null,
          closedOn: clamp(addDays(conductedOn, 12), conductedOn, today),
        },
      ];
    } else if (!guidanceGiven && unit.kind === 'commune') {
      guidanceGiven = true;
      findings = [
        ...findings,
        {
          text: JUSTICE_GUIDANCE,
          ownerUnitId: justice.id,
          dueDate: defaultRemedyDueDate(year),
          progressNote: null,
          closedOn: null,
        },
      ];
    }
    return { unit, scheduledOn, conductedOn, findings };
  });

  await deps.db.transaction(async (tx) => {
    await writeInspections(tx, deps, lastPlan.id, lastYear, lastInspections);
    await writeInspections(tx, deps, plan.id, year, inspections);
  });
}
