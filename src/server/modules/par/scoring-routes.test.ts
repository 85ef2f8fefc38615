import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ZRoundDetail, ZScoreSheet, ZScoreWritten } from '../../../contracts/par-scoring';
import { namedSessions } from '../../testing/named-sessions';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { scoringRevision } from './scoring-repo';

type Round = z.infer<typeof ZRoundDetail>;
type Sheet = z.infer<typeof ZScoreSheet>;
type Written = z.infer<typeof ZScoreWritten>;

/**
 * PAR-index scoring over HTTP, on the fixture province's communes: commune A (`agencyadmin.a`,
 * `officer.a`) and commune B (`agencyadmin.b`) score themselves, the PAR officer (`par`) runs the
 * round and sits on the council, the leader reads.
 */
let t: TestApp;
const s: Record<string, Session> = {};

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  for (const name of [
    'par',
    'leader',
    'agencyadmin.a',
    'officer.a',
    'agencyadmin.b',
    'clerk.a',
    'officer.dept',
  ])
    s[name] = await t.login(name);
  t.clock.set('2026-11-23T02:00:00Z'); // Monday 9:00
});
afterAll(() => t.close());

const { as, ok } = namedSessions(() => t, s);

const A = () => t.org.unit.communeA;
const B = () => t.org.unit.communeB;

const ROUND_2026 = {
  year: 2026,
  group: 'commune',
  title: 'Chỉ số CCHC năm 2026 — cấp xã',
  template: 'commune',
  entryOpensOn: '2026-11-20',
  entryClosesOn: '2026-11-30',
};

let round: Round;
const sheetUrl = (unitId: string) => `/api/par/scoring/rounds/${round.id}/units/${unitId}`;
const leafUrl = (unitId: string, code: string, what: string) =>
  `${sheetUrl(unitId)}/criteria/${code}/${what}`;
const sheet = (name: string, unitId: string) => ok<Sheet>(as(name, 'GET', sheetUrl(unitId)));

/** The first self-assessed leaves of the tree, and a survey leaf. */
let leaves: { code: string; maxPoints: number }[];
let surveyLeaf: { code: string; maxPoints: number };

describe('rounds', () => {
  it('a PAR officer opens a round from the commune template with every open commune in it', async () => {
    round = await ok<Round>(as('par', 'POST', '/api/par/scoring/rounds', ROUND_2026), 201);
    expect(round).toMatchObject({ year: 2026, group: 'commune', stage: 'self_assessment', treeMax: 100 });
    expect(round.units.map((u) => u.unit.code).sort()).toEqual(['P.XA', 'P.XB']);
    expect(round.criteria.filter((c) => c.depth === 1)).toHaveLength(8);
    leaves = round.criteria.filter((c) => c.leaf && c.kind === 'self_assessed');
    const survey = round.criteria.find((c) => c.leaf && c.kind === 'survey');
    if (!survey) throw new Error('the commune template has survey criteria');
    surveyLeaf = survey;
  });

  it('refuses a second round for the same year and group, in Vietnamese and English', async () => {
    const vi = await as('par', 'POST', '/api/par/scoring/rounds', ROUND_2026);
    expect(vi.statusCode).toBe(409);
    expect(vi.json()).toMatchObject({
      code: 'par_scoring_round_exists',
      detail: expect.stringContaining('2026'),
    });
    const en = await as('par', 'POST', '/api/par/scoring/rounds', ROUND_2026, { 'accept-language': 'en' });
    expect(en.json().detail).toBe('Year 2026 already has a scoring round for this group of units.');
  });

  it('refuses criteria whose parent maximum is not the sum of its children, and bands without 0', async () => {
    const criteria = [
      { code: '1', parentCode: null, title: 'Công tác chỉ đạo', maxPoints: 10 },
      { code: '1.1', parentCode: '1', title: 'Kế hoạch', maxPoints: 4 },
      { code: '1.2', parentCode: '1', title: 'Báo cáo', maxPoints: 5 },
    ];
    const res = await as('par', 'POST', '/api/par/scoring/rounds', {
      ...ROUND_2026,
      year: 2030,
      template: undefined,
      criteria,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('Điểm tối đa của 1 (10) khác tổng các tiêu chí con (9)');
    const bands = await as('par', 'POST', '/api/par/scoring/rounds', {
      ...ROUND_2026,
      year: 2030,
      bands: [{ code: 'tot', minScore: 50 }],
    });
    expect(bands.statusCode).toBe(422);
    expect(bands.json().code).toBe('par_scoring_invalid');
  });

  it('lets only PAR officers open rounds; a clerk does not see scoring at all', async () => {
    expect(
      (await as('leader', 'POST', '/api/par/scoring/rounds', { ...ROUND_2026, year: 2031 })).statusCode,
    ).toBe(403);
    expect((await as('clerk.a', 'GET', '/api/par/scoring/rounds')).statusCode).toBe(403);
    const list = await ok<{ rounds: { id: string }[] }>(
      as('agencyadmin.a', 'GET', '/api/par/scoring/rounds'),
    );
    expect(list.rounds.map((r) => r.id)).toContain(round.id);
  });
});

describe('self-assessment', () => {
  it('shows a unit its own sheet and hides it from another unit', async () => {
    const own = await sheet('agencyadmin.a', A());
    expect(own).toMatchObject({ maySelfScore: true, maySubmit: true, mayAppraise: false });
    expect(own.scores.every((x) => x.version === 0 && x.selfScore === null)).toBe(true);
    expect((await as('agencyadmin.b', 'GET', sheetUrl(A()))).statusCode).toBe(404);
    expect((await as('officer.dept', 'GET', sheetUrl(A()))).statusCode).toBe(404);
  });

  it('refuses a score above the maximum and a score with neither evidence nor explanation', async () => {
    const leaf = leaves[0];
    if (!leaf) throw new Error('no leaf');
    const above = await as('agencyadmin.a', 'PUT', leafUrl(A(), leaf.code, 'self'), {
      version: 0,
      score: leaf.maxPoints + 0.25,
    });
    expect(above.statusCode).toBe(422);
    expect(above.json().detail).toContain(`vượt điểm tối đa`);
    const negative = await as('agencyadmin.a', 'PUT', leafUrl(A(), leaf.code, 'self'), {
      version: 0,
      score: -1,
    });
    expect(negative.statusCode).toBe(400);
    const bare = await as(
      'agencyadmin.a',
      'PUT',
      leafUrl(A(), leaf.code, 'self'),
      { version: 0, score: leaf.maxPoints },
      { 'accept-language': 'en' },
    );
    expect(bare.statusCode).toBe(422);
    expect(bare.json().detail).toBe(`Criterion ${leaf.code} has no evidence: an explanation is required`);
    expect((await sheet('agencyadmin.a', A())).scores.find((x) => x.code === leaf.code)?.version).toBe(0);
  });

  it('keeps the first of two writes from the same version and tells the second who changed it', async () => {
    const leaf = leaves[0];
    if (!leaf) throw new Error('no leaf');
    const body = (score: number) => ({
      version: 0,
      score,
      evidenceLocation: 'Báo cáo số 12/BC-UBND, trang 3',
    });
    const [first, second] = await Promise.all([
      as('agencyadmin.a', 'PUT', leafUrl(A(), leaf.code, 'self'), body(leaf.maxPoints)),
      as('officer.a', 'PUT', leafUrl(A(), leaf.code, 'self'), body(0)),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const lost = first.statusCode === 409 ? first : second;
    expect(lost.json()).toMatchObject({
      code: 'par_score_changed',
      detail: expect.stringContaining('Người dùng'),
    });
    const stored = (await sheet('agencyadmin.a', A())).scores.find((x) => x.code === leaf.code);
    expect(stored?.version).toBe(1);
    expect([leaf.maxPoints, 0]).toContain(stored?.selfScore);
  });

  it('takes an explanation in place of evidence, and marks a leaf not applicable only with a reason', async () => {
    const [, second, third] = leaves;
    if (!second || !third) throw new Error('no leaves');
    await ok<Written>(
      as('agencyadmin.a', 'PUT', leafUrl(A(), second.code, 'self'), {
        version: 0,
        score: second.maxPoints,
        explanation: 'Kết quả thể hiện trên Cổng dịch vụ công của tỉnh',
      }),
    );
    const noReason = await as('agencyadmin.a', 'PUT', leafUrl(A(), third.code, 'self'), {
      version: 0,
      score: null,
      notApplicable: true,
    });
    expect(noReason.statusCode).toBe(422);
    await ok<Written>(
      as('agencyadmin.a', 'PUT', leafUrl(A(), third.code, 'self'), {
        version: 0,
        score: null,
        notApplicable: true,
        explanation: 'Xã không có đơn vị sự nghiệp công lập trực thuộc',
      }),
    );
    const own = await sheet('agencyadmin.a', A());
    // Not applicable: its points leave the maximum and the total is brought back to 100.
    expect(own.totals.maxApplicable).toBeCloseTo(100 - third.maxPoints, 2);
    const earned = own.scores.filter((x) => !x.notApplicable).reduce((sum, x) => sum + (x.selfScore ?? 0), 0);
    expect(own.totals.self).toBeCloseTo((earned * 100) / (100 - third.maxPoints), 2);
  });

  it('takes evidence checked by content, serves it to the unit and the council, not to another unit', async () => {
    const leaf = leaves[3];
    if (!leaf) throw new Error('no leaf');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const lying = await as(
      'agencyadmin.a',
      'POST',
      `${leafUrl(A(), leaf.code, 'evidence')}?version=0&fileName=bao-cao.pdf`,
      Buffer.from('not a pdf at all'),
      { 'content-type': 'application/pdf' },
    );
    expect(lying.statusCode).toBe(415);
    const written = await ok<Written>(
      as(
        'agencyadmin.a',
        'POST',
        `${leafUrl(A(), leaf.code, 'evidence')}?version=0&fileName=bao-cao.pdf`,
        pdf,
        {
          'content-type': 'application/pdf',
        },
      ),
    );
    expect(written.version).toBe(1);
    // With a file behind it, the score needs no explanation.
    await ok<Written>(
      as('agencyadmin.a', 'PUT', leafUrl(A(), leaf.code, 'self'), { version: 1, score: leaf.maxPoints }),
    );
    const file = (await sheet('agencyadmin.a', A())).scores.find((x) => x.code === leaf.code)?.evidence[0];
    expect(file).toMatchObject({ fileName: 'bao-cao.pdf', contentType: 'application/pdf', size: pdf.length });
    const download = await as('agencyadmin.a', 'GET', `/api/par/scoring/evidence/${file?.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await as('agencyadmin.b', 'GET', `/api/par/scoring/evidence/${file?.id}`)).statusCode).toBe(404);
  });

  it('pre-fills a measured criterion from the unit’s own figure on its scale, the figure counting as evidence', async () => {
    // Commune A leads one task, done before its due date: 1 of 1 tasks fallen due (or done) is done.
    const task = await as('leader', 'POST', '/api/par/tasks', {
      title: 'Rà soát quy trình nội bộ',
      sourceDocument: 'Kế hoạch 31/KH-UBND',
      assignedBy: 'committee',
      leadUnitId: A(),
      dueDate: '2026-11-27',
      expectedOutput: 'Báo cáo',
    });
    expect(task.statusCode, task.body).toBe(201);
    const done = await as('agencyadmin.a', 'POST', `/api/par/tasks/${task.json().id}/complete`, {
      version: task.json().version,
      output: 'Đã rà soát',
    });
    expect(done.statusCode, done.body).toBe(200);
    const own = await sheet('agencyadmin.a', A());
    const measured = own.criteria.find((c) => c.metricCode === 'par_tasks_done_share');
    if (!measured) throw new Error('the commune template measures the tasks done');
    expect(own.measured.find((m) => m.metricCode === 'par_tasks_done_share')).toMatchObject({
      scope: 'unit',
      percent: 100,
      numerator: 1,
      denominator: 1,
    });
    const current = own.scores.find((x) => x.code === measured.code);
    expect(current?.suggestedScore).toBe(measured.maxPoints);
    // Commune B has no task: no figure, no suggestion.
    const other = await sheet('agencyadmin.b', B());
    expect(other.measured.find((m) => m.metricCode === 'par_tasks_done_share')?.percent).toBeNull();
    expect(other.scores.find((x) => x.code === measured.code)?.suggestedScore).toBeNull();
    // Saving the suggestion needs neither a file nor an explanation: the system's figure is the proof.
    await ok<Written>(
      as('agencyadmin.a', 'PUT', leafUrl(A(), measured.code, 'self'), {
        version: current?.version ?? 0,
        score: measured.maxPoints,
      }),
    );
  });

  it('refuses writes on another unit’s sheet and on criteria that are not leaves', async () => {
    const leaf = leaves[4];
    if (!leaf) throw new Error('no leaf');
    const other = await as('agencyadmin.b', 'PUT', leafUrl(A(), leaf.code, 'self'), {
      version: 0,
      score: 0,
      explanation: 'x',
    });
    expect(other.statusCode).toBe(404);
    const area = await as('agencyadmin.a', 'PUT', leafUrl(A(), '1', 'self'), {
      version: 0,
      score: 0,
      explanation: 'x',
    });
    expect(area.statusCode).toBe(404);
    expect(area.json().code).toBe('par_scoring_unknown_criterion');
  });
});

describe('the council', () => {
  it('only assigned members appraise, and only once the unit has submitted', async () => {
    const leaf = leaves[0];
    if (!leaf) throw new Error('no leaf');
    const current = (await sheet('agencyadmin.a', A())).scores.find((x) => x.code === leaf.code);
    const body = { version: current?.version ?? 0, score: 0, comment: 'Chưa đạt' };
    expect((await as('par', 'PUT', leafUrl(A(), leaf.code, 'appraisal'), body)).statusCode).toBe(403);
    const candidates = await ok<{ people: { id: string }[] }>(
      as('par', 'GET', `/api/par/scoring/rounds/${round.id}/council-candidates`),
    );
    const parId = t.org.users.par?.id ?? '';
    expect(candidates.people.map((p) => p.id)).toContain(parId);
    await ok(
      as('par', 'PUT', `/api/par/scoring/rounds/${round.id}/council`, { unitId: A(), userIds: [parId] }),
      204,
    );
    const early = await as('par', 'PUT', leafUrl(A(), leaf.code, 'appraisal'), body);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('par_scoring_not_submitted');
  });

  it('a unit submits once; its self-scores are then fixed', async () => {
    const [a, b] = await Promise.all([
      as('agencyadmin.a', 'POST', `${sheetUrl(A())}/submit`, {}),
      as('officer.a', 'POST', `${sheetUrl(A())}/submit`, {}),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const leaf = leaves[5];
    if (!leaf) throw new Error('no leaf');
    const late = await as('agencyadmin.a', 'PUT', leafUrl(A(), leaf.code, 'self'), {
      version: 0,
      score: 0,
      explanation: 'x',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('par_scoring_submitted');
    expect(await sheet('par', A())).toMatchObject({ mayAppraise: true, maySelfScore: false });
  });

  it('appraises with a comment where it departs from the self-score, and returns a criterion once', async () => {
    // The leaf scored in full with a file behind it (the first leaf's score depends on which of two
    // racing writes won), and the one scored with an explanation.
    const [, second, , first] = leaves;
    if (!first || !second) throw new Error('no leaves');
    const before = await sheet('par', A());
    const v = (code: string) => before.scores.find((x) => x.code === code)?.version ?? 0;
    const self = before.scores.find((x) => x.code === first.code)?.selfScore ?? 0;
    const lower = Math.max(0, self - 0.5);
    const silent = await as('par', 'PUT', leafUrl(A(), first.code, 'appraisal'), {
      version: v(first.code),
      score: lower,
    });
    expect(silent.statusCode).toBe(422);
    expect(silent.json().detail).toContain('cần ghi nhận xét');
    await ok<Written>(
      as('par', 'PUT', leafUrl(A(), first.code, 'appraisal'), {
        version: v(first.code),
        score: lower,
        comment: 'Báo cáo chưa đúng hạn',
      }),
    );
    await ok<Written>(
      as('par', 'POST', leafUrl(A(), second.code, 'return'), {
        version: v(second.code),
        note: 'Bổ sung văn bản',
      }),
    );
    const again = await as('par', 'POST', leafUrl(A(), second.code, 'return'), {
      version: v(second.code) + 1,
      note: 'Lần nữa',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('par_score_already_returned');
    // The unit answers the return (it may, though its scores are fixed), once.
    const unitView = await sheet('agencyadmin.a', A());
    const returned = unitView.scores.find((x) => x.code === second.code);
    expect(returned).toMatchObject({ returnNote: 'Bổ sung văn bản', answeredAt: null });
    await ok<Written>(
      as('agencyadmin.a', 'POST', leafUrl(A(), second.code, 'answer'), {
        version: returned?.version ?? 0,
        explanation: 'Đã bổ sung Quyết định số 5/QĐ-UBND',
      }),
    );
    const twice = await as('agencyadmin.a', 'POST', leafUrl(A(), second.code, 'answer'), {
      version: (returned?.version ?? 0) + 1,
      explanation: 'Lần nữa',
    });
    expect(twice.json().code).toBe('par_score_not_returned');
    const after = await sheet('par', A());
    expect(after.totals.final).toBeLessThan(after.totals.self);
  });
});

describe('ranking and publication', () => {
  it('ranks the units live for the council; a unit sees only its own line before publication', async () => {
    const leaf = leaves[0];
    if (!leaf) throw new Error('no leaf');
    // The programme's live stream moves with every score, so open rankings and sheets refetch.
    const before = await scoringRevision(t.database.db, t.config.PROVINCE_CODE);
    await ok<Written>(
      as('agencyadmin.b', 'PUT', leafUrl(B(), leaf.code, 'self'), {
        version: 0,
        score: leaf.maxPoints,
        evidenceLocation: 'Kế hoạch số 3/KH-UBND',
      }),
    );
    expect(await scoringRevision(t.database.db, t.config.PROVINCE_CODE)).not.toBe(before);
    const all = await ok<Round>(as('par', 'GET', `/api/par/scoring/rounds/${round.id}`));
    expect(all.units).toHaveLength(2);
    expect(all.units.map((u) => u.rank)).toEqual([1, 2]);
    expect(all.units[0]?.total).toBeGreaterThanOrEqual(all.units[1]?.total ?? 0);
    const own = await ok<Round>(as('agencyadmin.b', 'GET', `/api/par/scoring/rounds/${round.id}`));
    expect(own.units.map((u) => u.unit.id)).toEqual([B()]);
  });

  it('will not publish during the window; imports the survey all or none; publishes and freezes', async () => {
    const current = await ok<Round>(as('par', 'GET', `/api/par/scoring/rounds/${round.id}`));
    const early = await as('par', 'POST', `/api/par/scoring/rounds/${round.id}/publish`, {
      version: current.version,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('par_scoring_still_open');
    t.clock.set('2026-12-01T02:00:00Z');

    const bad = [
      'unit_code,criterion,score',
      `P.XA,${surveyLeaf.code},${surveyLeaf.maxPoints + 1}`,
      `P.XB,${leaves[0]?.code},1`,
      `P.XZ,${surveyLeaf.code},1`,
    ].join('\n');
    const refused = await as('par', 'POST', `/api/par/scoring/rounds/${round.id}/survey`, bad, {
      'content-type': 'text/csv',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'row 2: score',
      'row 3: criterion',
      'row 4: unit_code',
    ]);
    expect((await sheet('par', A())).scores.find((x) => x.code === surveyLeaf.code)?.surveyScore).toBeNull();

    const good = [
      'unit_code,criterion,score',
      `P.XA,${surveyLeaf.code},"${surveyLeaf.maxPoints}"`,
      `P.XB,${surveyLeaf.code},0`,
    ].join('\n');
    const imported = await ok<{ imported: number }>(
      as('par', 'POST', `/api/par/scoring/rounds/${round.id}/survey`, good, { 'content-type': 'text/csv' }),
    );
    expect(imported.imported).toBe(2);

    const fresh = await ok<Round>(as('par', 'GET', `/api/par/scoring/rounds/${round.id}`));
    expect(fresh.stage).toBe('appraisal');
    const stale = await as('par', 'POST', `/api/par/scoring/rounds/${round.id}/publish`, {
      version: fresh.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    const published = await ok<Round>(
      as('par', 'POST', `/api/par/scoring/rounds/${round.id}/publish`, { version: fresh.version }),
    );
    expect(published.stage).toBe('published');
    expect(published.units.map((u) => [u.unit.id, u.total, u.rank])).toEqual(
      fresh.units.map((u) => [u.unit.id, u.total, u.rank]),
    );
    // Published: everyone in the programme sees the whole ranking; nothing changes any more.
    const seenByB = await ok<Round>(as('agencyadmin.b', 'GET', `/api/par/scoring/rounds/${round.id}`));
    expect(seenByB.units).toHaveLength(2);
    const leaf = leaves[0];
    const after = await as('par', 'PUT', leafUrl(A(), leaf?.code ?? '', 'appraisal'), {
      version: 99,
      score: 0,
      comment: 'x',
    });
    expect(after.statusCode).toBe(409);
    expect(after.json().code).toBe('par_scoring_published');
    const again = await as('par', 'POST', `/api/par/scoring/rounds/${round.id}/publish`, {
      version: published.version,
    });
    expect(again.json().code).toBe('par_scoring_published');
  });

  it('exports the ranking as a workbook', async () => {
    const res = await as('leader', 'GET', `/api/par/scoring/rounds/${round.id}/results.xlsx`);
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet1 = workbook.getWorksheet('Xếp hạng');
    const texts: string[] = [];
    sheet1?.eachRow((row) => texts.push(row.values?.toString() ?? ''));
    expect(texts.join('\n')).toContain('UBND xã Tân An');
    expect(texts.join('\n')).toContain('UBND xã Phú Bình');
  });

  it('compares next year’s round with this published one', async () => {
    t.clock.set('2027-11-23T02:00:00Z');
    const next = await ok<Round>(
      as('par', 'POST', '/api/par/scoring/rounds', {
        ...ROUND_2026,
        year: 2027,
        title: 'Chỉ số CCHC năm 2027 — cấp xã',
        entryOpensOn: '2027-11-20',
        entryClosesOn: '2027-11-30',
      }),
      201,
    );
    const lastYear = await ok<Round>(as('par', 'GET', `/api/par/scoring/rounds/${round.id}`));
    for (const unit of next.units) {
      const before = lastYear.units.find((u) => u.unit.id === unit.unit.id);
      expect(unit.lastYear).toEqual({ total: before?.total, rank: before?.rank, band: before?.band });
    }
  });
});
