import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { localDateOf } from '../../domain/calendar/local-time';
import type { Role } from '../../domain/identity/roles';
import { planTargetRowsFromCsv } from '../../domain/par/plan-import';
import { type Db, type DbOrTx, queryRows } from '../db/client';
import { parPlans, parTargetReports, parTasks, parTaskUpdates } from '../db/schema-par';
import { unitSummariesOfProvince } from '../modules/organisation/unit-tree';
import { createPlan, importTargets, provinceUnit, updateTarget } from '../modules/par/plans';
import { targetsOfPlan } from '../modules/par/plans-repo';
import type { AuthContext } from '../platform/access';
import type { AppDeps } from '../platform/http';
import { uuidv7 } from '../platform/ids';
import { loadDemoInspections } from './par-inspections';
import { loadDemoReports } from './par-reports';
import { loadDemoScoring } from './par-scoring';
import { DEMO_PROVINCE_CODE } from './province';

/** The demo's own copy of the appendix of plan 3612/KH-UBND (../shared/data). */
const PLAN_3612_CSV = new URL('./par/plan-3612-2021-2025.csv', import.meta.url);

/** Targets of plan 3612 the system measures itself (number → metric of the registry). */
const MEASURED_TARGETS: Readonly<Record<string, string>> = {
  '5': 'online_payment_transactions_share',
  '6': 'results_digitised_share',
  '7': 'dossiers_online_share',
  '8': 'satisfaction_rate',
  '10': 'documents_reused_share',
  '30': 'procedures_online_payment_share',
  '31': 'procedures_online_share',
};

const DAY_MS = 86_400_000;

interface DemoTask {
  readonly title: string;
  readonly lead: string;
  readonly cooperating?: readonly string[];
  readonly area: string;
  /** Days from today to the due date (negative: past). */
  readonly dueIn: number;
  readonly assignedDaysAgo: number;
  readonly progress?: { readonly percent: number; readonly daysAgo: number; readonly note: string };
  readonly completedDaysAgo?: number;
  readonly extensionAsked?: { readonly dueIn: number; readonly reason: string };
  readonly subtasks?: readonly DemoTask[];
}

const S = (n: number) => `${DEMO_PROVINCE_CODE}.S${String(n).padStart(2, '0')}`;

/** The year's tasks, one in every status at the time of loading (dates relative to today). */
const TASKS_THIS_YEAR: readonly DemoTask[] = [
  {
    title: 'Rà soát, công bố danh mục thủ tục hành chính nội bộ của tỉnh',
    lead: S(1),
    area: 'procedures',
    dueIn: -40,
    assignedDaysAgo: 200,
    progress: { percent: 70, daysAgo: 60, note: 'Đã tổng hợp danh mục của 15/20 sở, ngành.' },
    completedDaysAgo: 45,
  },
  {
    title: 'Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm nay',
    lead: S(2),
    area: 'direction',
    dueIn: -90,
    assignedDaysAgo: 250,
    completedDaysAgo: 80,
  },
  {
    title: 'Tổ chức đánh giá, xác định Chỉ số cải cách hành chính của các sở, ngành, địa phương',
    lead: S(2),
    cooperating: [S(1), S(11)],
    area: 'direction',
    dueIn: -12,
    assignedDaysAgo: 180,
    progress: { percent: 60, daysAgo: 20, note: 'Đã nhận tự chấm của 30/39 đơn vị.' },
  },
  {
    title: 'Rà soát, đề xuất cắt giảm thời gian giải quyết thủ tục hành chính lĩnh vực tư pháp',
    lead: S(3),
    cooperating: [`${DEMO_PROVINCE_CODE}.X001`],
    area: 'procedures',
    dueIn: 25,
    assignedDaysAgo: 60,
    progress: { percent: 40, daysAgo: 7, note: 'Đã rà soát 18/45 thủ tục.' },
  },
  {
    title: 'Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực lĩnh vực hộ tịch',
    lead: S(3),
    area: 'digital_government',
    dueIn: -5,
    assignedDaysAgo: 120,
    progress: { percent: 85, daysAgo: 10, note: 'Đã số hóa 85% sổ hộ tịch.' },
    extensionAsked: { dueIn: 20, reason: 'Khối lượng sổ hộ tịch cũ lớn hơn dự kiến.' },
  },
  {
    title: 'Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh',
    lead: S(11),
    area: 'digital_government',
    dueIn: 2,
    assignedDaysAgo: 90,
    progress: { percent: 80, daysAgo: 3, note: 'Đã hoàn thành kiểm thử, chờ vận hành chính thức.' },
  },
  {
    title: 'Báo cáo tình hình tự chủ tài chính của các đơn vị sự nghiệp công lập',
    lead: S(5),
    area: 'public_finance',
    dueIn: 45,
    assignedDaysAgo: 5,
  },
  {
    title: 'Triển khai Bộ phận Một cửa hiện đại tại các xã, phường sau sắp xếp',
    lead: S(1),
    cooperating: [S(11), S(5)],
    area: 'procedures',
    dueIn: 30,
    assignedDaysAgo: 100,
    subtasks: [
      {
        title: 'Khảo sát hiện trạng Bộ phận Một cửa cấp xã',
        lead: S(1),
        area: 'procedures',
        dueIn: -30,
        assignedDaysAgo: 100,
        completedDaysAgo: 35,
      },
      {
        title: 'Bố trí kinh phí trang thiết bị cho Bộ phận Một cửa cấp xã',
        lead: S(5),
        area: 'public_finance',
        dueIn: 20,
        assignedDaysAgo: 100,
        progress: { percent: 50, daysAgo: 15, note: 'Đã trình phương án phân bổ kinh phí.' },
      },
    ],
  },
];

/** Last year's tasks: all done (as the seeds report a year: "55/55 nhiệm vụ hoàn thành"), one late. */
const TASKS_LAST_YEAR = [
  ['Ban hành Kế hoạch cải cách hành chính năm', S(2), 'direction', 30, 0],
  ['Kiện toàn đội ngũ công chức đầu mối kiểm soát thủ tục hành chính', S(1), 'procedures', 60, 0],
  ['Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh', S(3), 'institutions', 120, 0],
  [
    'Triển khai thanh toán trực tuyến phí, lệ phí trên Cổng Dịch vụ công',
    S(11),
    'digital_government',
    150,
    4,
  ],
  ['Sắp xếp, tổ chức lại đơn vị sự nghiệp công lập theo lộ trình', S(2), 'organisation', 200, 0],
  ['Đào tạo, bồi dưỡng cán bộ, công chức về chuyển đổi số', S(2), 'civil_service', 240, 0],
  ['Giao quyền tự chủ tài chính cho đơn vị sự nghiệp đủ điều kiện', S(5), 'public_finance', 270, 0],
  ['Báo cáo công tác cải cách hành chính năm', S(2), 'direction', 330, 0],
] as const;

async function insertTask(
  tx: DbOrTx,
  deps: AppDeps,
  leader: AuthContext,
  ids: ReadonlyMap<string, string>,
  planId: string,
  assigningUnitId: string,
  task: DemoTask,
  now: number,
  parentId: string | null,
): Promise<void> {
  const unitOf = (code: string) => {
    const id = ids.get(code);
    if (!id) throw new Error(`demo unit ${code} missing`);
    return id;
  };
  const day = (offset: number) => localDateOf(now + offset * DAY_MS);
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY_MS);
  const id = uuidv7(deps.clock);
  const lead = unitOf(task.lead);
  const dueDate = day(task.dueIn);
  const completed = task.completedDaysAgo !== undefined ? at(task.completedDaysAgo) : null;
  const updates: (typeof parTaskUpdates.$inferInsert)[] = [];
  const update = (u: Omit<typeof parTaskUpdates.$inferInsert, 'id' | 'taskId' | 'seq'>) =>
    updates.push({ ...u, id: uuidv7(deps.clock), taskId: id, seq: updates.length + 1 });
  update({
    kind: 'assigned',
    at: at(task.assignedDaysAgo),
    actorUserId: leader.userId,
    actorName: leader.fullName,
    unitId: assigningUnitId,
    dueAfter: dueDate,
  });
  if (task.progress)
    update({
      kind: 'progress',
      at: at(task.progress.daysAgo),
      actorName: 'Cán bộ đầu mối CCHC',
      unitId: lead,
      percent: task.progress.percent,
      text: task.progress.note,
    });
  if (task.extensionAsked)
    update({
      kind: 'extension_requested',
      at: at(1),
      actorName: 'Cán bộ đầu mối CCHC',
      unitId: lead,
      text: task.extensionAsked.reason,
      dueBefore: dueDate,
      dueAfter: day(task.extensionAsked.dueIn),
    });
  if (completed)
    update({
      kind: 'completed',
      at: completed,
      actorName: 'Cán bộ đầu mối CCHC',
      unitId: lead,
      percent: 100,
      text: 'Đã hoàn thành; sản phẩm gửi kèm báo cáo.',
    });
  const last = updates[updates.length - 1];
  await tx.insert(parTasks).values({
    id,
    provinceCode: deps.config.PROVINCE_CODE,
    planId,
    area: task.area,
    parentId,
    title: task.title,
    sourceDocument: 'Kế hoạch cải cách hành chính của UBND tỉnh',
    assignedBy: 'committee',
    assigningUnitId,
    leadUnitId: lead,
    cooperatingUnitIds: (task.cooperating ?? []).map(unitOf),
    dueDate,
    originalDueDate: dueDate,
    expectedOutput: 'Báo cáo kết quả thực hiện gửi UBND tỉnh (qua Sở Nội vụ)',
    progressPercent: completed ? 100 : (task.progress?.percent ?? 0),
    progressNote: task.progress?.note ?? null,
    progressAt: completed ?? (task.progress ? at(task.progress.daysAgo) : null),
    completedAt: completed,
    output: completed ? 'Đã hoàn thành; sản phẩm gửi kèm báo cáo.' : null,
    pendingExtension: task.extensionAsked
      ? {
          dueDate: day(task.extensionAsked.dueIn),
          reason: task.extensionAsked.reason,
          at: at(1).toISOString(),
          byName: 'Cán bộ đầu mối CCHC',
        }
      : null,
    createdAt: at(task.assignedDaysAgo),
    createdBy: leader.userId,
    updatedAt: last?.at ?? at(task.assignedDaysAgo),
    rowVersion: updates.length,
  });
  await tx.insert(parTaskUpdates).values(updates);
  for (const sub of task.subtasks ?? [])
    await insertTask(tx, deps, leader, ids, planId, assigningUnitId, sub, now, id);
}

/**
 * The demo's reform programme: plan 3612/KH-UBND with its 44 targets (seven measured by the
 * system), a few reported results, and yearly plans with tasks: last year's all done, this year's
 * in every status. Written through the same commands as the API where they exist.
 */
export async function loadDemoPar(deps: AppDeps, officer: AuthContext, leader: AuthContext): Promise<void> {
  const meta = { ip: '127.0.0.1', lang: 'vi' as const };
  const now = deps.clock.now().getTime();
  const thisYear = Number(localDateOf(now).slice(0, 4));
  const plan = await createPlan(
    deps,
    officer,
    {
      kind: 'five_year',
      title: 'Kế hoạch cải cách hành chính nhà nước giai đoạn 2021 - 2025',
      documentNumber: '3612/KH-UBND',
      issuedOn: '2021-09-29',
      signer: 'Chủ tịch UBND tỉnh',
      fromYear: 2021,
      toYear: 2025,
    },
    meta,
  );
  await importTargets(
    deps,
    officer,
    plan.id,
    planTargetRowsFromCsv(readFileSync(PLAN_3612_CSV, 'utf8')),
    meta,
  );
  const targets = await targetsOfPlan(deps.db, plan.id);
  for (const target of targets) {
    const metricCode = MEASURED_TARGETS[target.number];
    if (metricCode)
      await updateTarget(deps, officer, target.id, { version: target.rowVersion, metricCode }, meta);
  }
  const reported: readonly [string, { percent: number } | { doneOn: string }, string][] = [
    ['1', { percent: 100 }, 'Toàn bộ văn bản QPPL năm 2025 được ban hành đúng quy trình.'],
    ['2', { percent: 100 }, 'Đã xử lý 3/3 văn bản phát hiện trái pháp luật.'],
    ['11', { percent: 92.5 }, 'Theo số liệu Hệ thống quản lý văn bản và điều hành.'],
    ['12', { percent: 78 }, 'Cấp huyện kết thúc hoạt động từ 01/7/2025; số liệu 6 tháng đầu năm.'],
    ['17', { doneOn: '2025-11-28' }, 'Đã vận hành Trung tâm Phục vụ hành chính công theo mô hình mới.'],
    ['18', { doneOn: '2025-12-20' }, 'Phân hệ theo dõi nhiệm vụ đi vào vận hành.'],
    ['27', { doneOn: '2025-06-30' }, 'Hoàn thành sắp xếp đơn vị hành chính cấp xã.'],
  ];
  const province = await provinceUnit(deps.db, deps.config.PROVINCE_CODE);
  await deps.db.transaction(async (tx) => {
    for (const [number, value, note] of reported) {
      const target = targets.find((t) => t.number === number);
      if (!target) continue;
      await tx.insert(parTargetReports).values({
        id: uuidv7(deps.clock),
        targetId: target.id,
        year: 2025,
        value,
        note,
        unitId: target.leadUnitId,
        reportedByName: 'Cán bộ đầu mối CCHC',
        reportedAt: new Date('2025-12-15T03:00:00Z'),
      });
    }
    const ids = new Map(
      (await unitSummariesOfProvince(tx, deps.config.PROVINCE_CODE)).map((u) => [u.code, u.id] as const),
    );
    for (const [year, tasks, number, issued] of [
      [thisYear - 1, 'last', '25/KH-UBND', `${thisYear - 1}-01-10`],
      [thisYear, 'this', '31/KH-UBND', `${thisYear}-01-12`],
    ] as const) {
      const planId = uuidv7(deps.clock);
      await tx.insert(parPlans).values({
        id: planId,
        provinceCode: deps.config.PROVINCE_CODE,
        kind: 'yearly',
        title: `Kế hoạch cải cách hành chính năm ${year}`,
        documentNumber: number,
        issuedOn: issued,
        signer: 'Chủ tịch UBND tỉnh',
        fromYear: year,
        toYear: year,
        issuingUnitId: province.id,
        createdAt: new Date(now),
        createdBy: officer.userId,
        rowVersion: 1,
      });
      if (tasks === 'this') {
        for (const task of TASKS_THIS_YEAR)
          await insertTask(tx, deps, leader, ids, planId, province.id, task, now, null);
      } else {
        // Last year's: due through the year, done before (the fourth, four days after) the due date.
        const startOfYear = Date.parse(`${year}-01-01T00:00:00+07:00`);
        for (const [title, lead, area, dueDay, lateBy] of TASKS_LAST_YEAR) {
          const dueAt = startOfYear + dueDay * DAY_MS;
          const daysAgo = (t: number) => Math.round((now - t) / DAY_MS);
          await insertTask(
            tx,
            deps,
            leader,
            ids,
            planId,
            province.id,
            {
              title: `${title} ${year}`,
              lead,
              area,
              dueIn: -daysAgo(dueAt),
              assignedDaysAgo: daysAgo(startOfYear + 5 * DAY_MS),
              completedDaysAgo: daysAgo(dueAt + (lateBy > 0 ? lateBy : -3) * DAY_MS),
            },
            now,
            null,
          );
        }
      }
    }
  });
}

/** A demo account as the commands see their caller. */
export async function demoActor(db: Db, username: string): Promise<AuthContext> {
  const rows = await queryRows<{
    id: string;
    full_name: string;
    home_unit_id: string;
    role: Role;
    unit_id: string;
  }>(
    db,
    sql`select u.id, u.full_name, u.home_unit_id, a.role, a.unit_id
          from users u join role_assignments a on a.user_id = u.id where u.username = ${username}`,
  );
  const [first] = rows;
  if (!first) throw new Error(`demo account ${username} missing`);
  return {
    userId: first.id,
    username,
    fullName: first.full_name,
    homeUnitId: first.home_unit_id,
    sessionId: 'demo',
    csrfToken: 'demo',
    assignments: rows.map((r) => ({ role: r.role, unitId: r.unit_id })),
  };
}

/** Loads the reform demo as the demo PAR officer (cchc) and provincial leader (lanhdao). */
export async function loadDemoParAsDemoAccounts(deps: AppDeps): Promise<void> {
  const officer = await demoActor(deps.db, 'cchc');
  await loadDemoPar(deps, officer, await demoActor(deps.db, 'lanhdao'));
  await loadDemoScoring(deps, officer);
  await loadDemoInspections(deps, officer);
  await loadDemoReports(deps, officer);
}
