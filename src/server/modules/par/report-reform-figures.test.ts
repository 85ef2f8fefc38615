import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ZInspectionPlanDetail } from '../../../contracts/par-inspections';
import type { ZReportRoundDetail, ZUnitReport } from '../../../contracts/par-reports';
import { namedSessions } from '../../testing/named-sessions';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { readDocx } from './docx-reading.test-support';

type Round = z.infer<typeof ZReportRoundDetail>;
type UnitReport = z.infer<typeof ZUnitReport>;
type InspectionPlan = z.infer<typeof ZInspectionPlanDetail>;

/**
 * A periodic report's figures on the plans' targets and the PAR inspections, over HTTP on the
 * fixture province: commune A (`officer.a`, `agencyadmin.a`) and the department P.S01
 * (`officer.dept`) lead targets and are inspected; the PAR officer (`par`) runs it all.
 */
let t: TestApp;
const s: Record<string, Session> = {};

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  for (const name of ['par', 'officer.a', 'agencyadmin.a', 'officer.dept']) s[name] = await t.login(name);
  t.clock.set('2026-11-23T02:00:00Z'); // Monday 9:00
});
afterAll(() => t.close());

const { as, ok } = namedSessions(() => t, s);

const A = () => t.org.unit.communeA;
const P = () => t.org.unit.province;
const DEPT = () => t.org.unit.department;

// In 2026: A's 1 by November (at risk on 23/11), A's 2 a percentage (no data until reported),
// the department's 3 by October (missed), 4 only from 2027 (no milestone this year).
const TARGETS_CSV = [
  'stt,lead_agency,target,2026,2027',
  '1,UBND xã Tân An,Hoàn thành số hóa sổ hộ tịch,Tháng 11,',
  '2,UBND xã Tân An,Tỷ lệ hồ sơ trực tuyến,80%,90%',
  '3,Sở Tư pháp,Ban hành quy chế phối hợp,Tháng 10,',
  '4,Sở Tư pháp,Thủ tục cung cấp trực tuyến,,85%',
].join('\n');

let round: Round;
let targetPlanId: string;
let inspections: InspectionPlan;
const unitUrl = (unitId: string) => `/api/par/reports/rounds/${round.id}/units/${unitId}`;
const figuresOf = async (name: string, unitId: string) =>
  (await ok<UnitReport>(as(name, 'GET', unitUrl(unitId)))).figures;
const docxText = async () => {
  const res = await as('par', 'GET', `/api/par/reports/rounds/${round.id}/report.docx`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return readDocx(res.rawPayload);
};

async function recordTargets() {
  const plan = await ok<{ id: string }>(
    as('par', 'POST', '/api/par/plans', {
      kind: 'five_year',
      title: 'Kế hoạch cải cách hành chính giai đoạn 2026 - 2030',
      documentNumber: '100/KH-UBND',
      issuedOn: '2026-01-15',
      signer: 'Chủ tịch UBND tỉnh',
      fromYear: 2026,
      toYear: 2030,
    }),
    201,
  );
  await ok(
    as('par', 'POST', `/api/par/plans/${plan.id}/targets/import`, TARGETS_CSV, {
      'content-type': 'text/csv',
    }),
  );
  return plan.id;
}

async function inspectCommuneA() {
  const base = '/api/par/inspections/plans';
  const plan = await ok<InspectionPlan>(
    as('par', 'POST', base, {
      year: 2026,
      title: 'Kế hoạch kiểm tra công tác CCHC năm 2026',
      documentNumber: '45/KH-UBND',
      issuedOn: '2026-01-20',
    }),
    201,
  );
  for (const unitId of [A(), DEPT()])
    await ok(
      as('par', 'POST', `${base}/${plan.id}/inspections`, {
        unitId,
        scheduledOn: '2026-11-23',
        inspectors: 'Đoàn 1',
      }),
      201,
    );
  const scheduled = await ok<InspectionPlan>(as('par', 'GET', `${base}/${plan.id}`));
  const ofA = scheduled.inspections.find((i) => i.unit.id === A());
  if (!ofA) throw new Error('commune A is scheduled');
  return ok<InspectionPlan>(
    as('par', 'POST', `${base}/${plan.id}/inspections/${ofA.id}/record`, {
      version: ofA.version,
      conductedOn: '2026-11-23',
      recordNumber: '12/BB-ĐKT',
      conclusion: 'Cơ bản thực hiện tốt.',
      findings: [
        { finding: 'Chưa niêm yết đủ TTHC', remedy: 'Niêm yết đầy đủ' },
        { finding: 'Chưa xin lỗi công dân khi trễ hạn', remedy: 'Gửi thư xin lỗi', dueDate: '2026-11-26' },
      ],
    }),
  );
}

const findingOf = (seq: number) => {
  const found = inspections.findings.find((f) => f.seq === seq);
  if (!found) throw new Error(`finding ${seq}`);
  return found;
};

describe('a report’s figures on targets and inspections', () => {
  it('counts a unit’s own led targets by the targets’ status rule, and every target for the province', async () => {
    targetPlanId = await recordTargets();
    round = await ok<Round>(
      as('par', 'POST', '/api/par/reports/rounds', {
        year: 2026,
        period: 'Q4',
        title: 'Báo cáo CCHC quý IV năm 2026',
        dueDate: '2026-12-10',
      }),
      201,
    );
    expect((await figuresOf('officer.a', A())).targets).toEqual({
      year: 2026,
      total: 2,
      byStatus: { met: 0, on_track: 0, at_risk: 1, missed: 0, no_data: 1, no_milestone: 0 },
    });
    expect((await figuresOf('officer.dept', DEPT())).targets).toMatchObject({
      total: 1,
      byStatus: { missed: 1, no_milestone: 1 },
    });
    expect((await figuresOf('par', P())).targets).toMatchObject({
      total: 3,
      byStatus: { at_risk: 1, no_data: 1, missed: 1, no_milestone: 1, met: 0, on_track: 0 },
    });
  });

  it('shows no inspection plan until there is one, then the inspections held in the period and their remedies', async () => {
    expect((await figuresOf('par', P())).inspections).toEqual({
      year: 2026,
      plan: null,
      coverage: null,
      scheduled: 0,
      held: 0,
      findings: { raised: 0, remedied: 0, open: 0, overdue: 0 },
    });
    inspections = await inspectCommuneA();
    await ok(
      as('agencyadmin.a', 'POST', `/api/par/inspections/findings/${findingOf(1).id}/close`, {
        version: findingOf(1).version,
        note: 'Đã niêm yết đầy đủ',
      }),
    );
    t.clock.set('2026-11-27T02:00:00Z'); // the second remedy was due yesterday
    expect((await figuresOf('officer.a', A())).inspections).toEqual({
      year: 2026,
      plan: { title: 'Kế hoạch kiểm tra công tác CCHC năm 2026', documentNumber: '45/KH-UBND' },
      coverage: null,
      scheduled: 1,
      held: 1,
      findings: { raised: 2, remedied: 1, open: 1, overdue: 1 },
    });
    expect((await figuresOf('officer.dept', DEPT())).inspections).toMatchObject({
      scheduled: 1,
      held: 0,
      findings: { raised: 0 },
    });
    const province = (await figuresOf('par', P())).inspections;
    expect(province).toMatchObject({ scheduled: 2, held: 1, findings: { raised: 2, open: 1, overdue: 1 } });
    // The province's coverage is the inspection plan's own (one of two communes: 50 %, the target met).
    const plan = await ok<InspectionPlan>(as('par', 'GET', `/api/par/inspections/plans/${inspections.id}`));
    expect(province?.coverage).toEqual(plan.coverage);
    expect(province?.coverage?.levels.find((l) => l.level === 'commune')).toMatchObject({
      inspectedUnits: 1,
      inspectedBasisPoints: 5000,
      inspectedMeetsTarget: true,
    });
  });

  it('an inspection held before the period is counted in the year’s plan but not as held in it', async () => {
    const q3 = await ok<Round>(
      as('par', 'POST', '/api/par/reports/rounds', {
        year: 2026,
        period: 'Q3',
        title: 'Báo cáo CCHC quý III năm 2026',
        dueDate: '2026-12-10',
      }),
      201,
    );
    const figures = (await ok<UnitReport>(as('par', 'GET', `/api/par/reports/rounds/${q3.id}/units/${P()}`)))
      .figures;
    expect(figures.inspections).toMatchObject({ scheduled: 2, held: 0, findings: { raised: 0 } });
  });

  it('puts both in Appendix I of the .docx as tables', async () => {
    const docx = await docxText();
    const p = docx.paragraphs;
    expect(p).toContain('4. Mục tiêu của kế hoạch cải cách hành chính năm 2026, theo trạng thái');
    expect(p).toContain('5. Kiểm tra công tác cải cách hành chính trong kỳ');
    expect(p).toContain('6. Tình hình gửi báo cáo của các cơ quan, đơn vị');
    const row = (label: string) => p.slice(p.indexOf(label), p.indexOf(label) + 2);
    expect(row('Có nguy cơ không đạt')).toEqual(['Có nguy cơ không đạt', '1']);
    expect(row('Tổng số mục tiêu có mốc năm 2026')).toEqual(['Tổng số mục tiêu có mốc năm 2026', '3']);
    expect(docx.text).toContain('45/KH-UBND (Kế hoạch kiểm tra công tác CCHC năm 2026)');
    const commune = p.indexOf('UBND cấp xã');
    expect(p.slice(commune, commune + 6)).toEqual(['UBND cấp xã', '2', '1', '1', '50\u00a0%', 'Đạt']);
    expect(row('Cuộc kiểm tra đã tiến hành trong kỳ')).toEqual(['Cuộc kiểm tra đã tiến hành trong kỳ', '1']);
    expect(row('Tồn tại, hạn chế phát hiện qua kiểm tra')).toEqual([
      'Tồn tại, hạn chế phát hiện qua kiểm tra',
      '2',
    ]);
    expect(row('   Trong đó: quá hạn khắc phục')).toEqual(['   Trong đó: quá hạn khắc phục', '1']);
  });

  it('keeps them as they were when the round closed, though remedies and reports go on', async () => {
    const before = await figuresOf('officer.a', A());
    const province = await figuresOf('par', P());
    const current = await ok<Round>(as('par', 'GET', `/api/par/reports/rounds/${round.id}`));
    await ok(as('par', 'POST', `/api/par/reports/rounds/${round.id}/close`, { version: current.version }));
    await ok(
      as('agencyadmin.a', 'POST', `/api/par/inspections/findings/${findingOf(2).id}/close`, {
        version: findingOf(2).version,
        note: 'Đã gửi thư xin lỗi',
      }),
    );
    const detail = await ok<{ targets: { id: string; number: string }[] }>(
      as('par', 'GET', `/api/par/plans/${targetPlanId}?year=2026`),
    );
    const second = detail.targets.find((x) => x.number === '2');
    await ok(
      as('officer.a', 'POST', `/api/par/targets/${second?.id}/reports`, { year: 2026, percent: 85 }),
      204,
    );
    t.clock.set('2026-12-02T02:00:00Z');
    expect(await figuresOf('officer.a', A())).toEqual(before);
    expect(await figuresOf('par', P())).toEqual(province);
    expect(before.inspections?.findings).toEqual({ raised: 2, remedied: 1, open: 1, overdue: 1 });
  });

  it('still shows a report frozen before targets and inspections were counted, without them', async () => {
    await t.database.db.execute(
      sql`update par_report_figures set figures = figures - 'targets' - 'inspections' where round_id = ${round.id}`,
    );
    const figures = await figuresOf('officer.a', A());
    expect(figures).not.toHaveProperty('targets');
    expect(figures).not.toHaveProperty('inspections');
    expect(figures.tasks).toBeDefined();
    const docx = await docxText();
    expect(docx.text).not.toContain('Kiểm tra công tác cải cách hành chính trong kỳ');
    expect(docx.paragraphs).toContain('4. Tình hình gửi báo cáo của các cơ quan, đơn vị');
  });
});
