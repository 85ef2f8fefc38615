import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ZRoundDetail, ZScoreSheet, ZScoreWritten } from '../../../contracts/par-scoring';
import { namedSessions } from '../../testing/named-sessions';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';

type Round = z.infer<typeof ZRoundDetail>;
type Sheet = z.infer<typeof ZScoreSheet>;
type Written = z.infer<typeof ZScoreWritten>;

/**
 * Configuring a round's criteria and bands before scoring opens, and deleting evidence, over HTTP on
 * the fixture province's communes A (`agencyadmin.a`) and B (`agencyadmin.b`); `par` runs rounds.
 */
let t: TestApp;
const s: Record<string, Session> = {};

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  for (const name of ['par', 'leader', 'agencyadmin.a', 'agencyadmin.b']) s[name] = await t.login(name);
  t.clock.set('2026-11-23T02:00:00Z'); // Monday 9:00
});
afterAll(() => t.close());

const { as, ok } = namedSessions(() => t, s);

/** A commune round of `year` whose self-assessment opens next year: its criteria may still change. */
const roundOf = (year: number, source: Record<string, unknown> = { template: 'commune' }) => ({
  year,
  group: 'commune',
  title: `Chỉ số CCHC năm ${year} — cấp xã`,
  entryOpensOn: `${year + 1}-02-01`,
  entryClosesOn: `${year + 1}-02-28`,
  ...source,
});

const criteriaUrl = (round: Round) => `/api/par/scoring/rounds/${round.id}/criteria`;

/** The round's criteria as the editor sends them back. */
const inputOf = (round: Round) =>
  round.criteria.map(({ code, parentCode, title, guidance, maxPoints, kind, metricCode, scale }) => ({
    code,
    parentCode,
    title,
    guidance,
    maxPoints,
    kind,
    metricCode,
    scale,
  }));

/** Two sibling leaves with different maxima, so points can move between them and keep every sum. */
function siblingsToSwap(round: Round) {
  for (const a of round.criteria) {
    const b = round.criteria.find(
      (c) =>
        c.leaf && a.leaf && c.parentCode === a.parentCode && c.code !== a.code && c.maxPoints !== a.maxPoints,
    );
    if (b && !a.metricCode && !b.metricCode) return [a, b] as const;
  }
  throw new Error('the commune template has siblings with different maxima');
}

describe('setting up a round before it opens', () => {
  let draft: Round;

  it('a PAR officer opens next year’s round from the commune template, editable until it opens', async () => {
    draft = await ok<Round>(as('par', 'POST', '/api/par/scoring/rounds', roundOf(2027)), 201);
    expect(draft).toMatchObject({ stage: 'not_open', treeMax: 100, mayEditCriteria: true });
    expect(draft.bands.map((b) => b.code)).toEqual(['xuat_sac', 'tot', 'kha', 'trung_binh', 'yeu']);
    expect(draft.criteria.some((c) => c.scale !== null)).toBe(true);
  });

  it('replaces the tree and bands in one save: a maximum moved between siblings, a title, guidance and a band', async () => {
    const [a, b] = siblingsToSwap(draft);
    const criteria = inputOf(draft).map((c) =>
      c.code === a.code
        ? { ...c, maxPoints: b.maxPoints, title: 'Ban hành kế hoạch CCHC năm', guidance: 'Đúng hạn: tối đa' }
        : c.code === b.code
          ? { ...c, maxPoints: a.maxPoints }
          : c,
    );
    const bands = [
      { code: 'yeu', minScore: 0 },
      { code: 'trung_binh', minScore: 50 },
      { code: 'kha', minScore: 65 },
      { code: 'tot', minScore: 80 },
      { code: 'xuat_sac', minScore: 90 },
    ];
    const saved = await ok<Round>(
      as('par', 'PUT', criteriaUrl(draft), { version: draft.version, criteria, bands }),
    );
    expect(saved.version).toBe(draft.version + 1);
    expect(saved.criteria.find((c) => c.code === a.code)).toMatchObject({
      maxPoints: b.maxPoints,
      title: 'Ban hành kế hoạch CCHC năm',
      guidance: 'Đúng hạn: tối đa',
    });
    expect(saved.criteria.find((c) => c.code === b.code)?.maxPoints).toBe(a.maxPoints);
    // Stored highest first, whatever order they came in.
    expect(saved.bands).toEqual([...bands].reverse());
    expect(saved.treeMax).toBe(100);
    draft = saved;
  });

  it('adds, removes and reorders criteria, and keeps a measured leaf’s scale', async () => {
    const list = inputOf(draft);
    const lastArea = list.filter((c) => c.parentCode === null).at(-1);
    const firstArea = list.find((c) => c.parentCode === null);
    if (!lastArea || !firstArea) throw new Error('the template has areas');
    // The first area loses its last leaf's points to a new sub-criterion of the same maximum.
    const firstLeaves = list.filter((c) => c.parentCode !== null && c.code.startsWith(`${firstArea.code}.`));
    const dropped = firstLeaves.filter((c) => !list.some((x) => x.parentCode === c.code)).at(-1);
    if (!dropped?.parentCode) throw new Error('the first area has leaves');
    const added = {
      ...dropped,
      code: `${dropped.parentCode}.9`,
      title: 'Tiêu chí mới',
      metricCode: null,
      scale: null,
    };
    const criteria = [
      ...list.filter((c) => c.code !== dropped.code && !c.code.startsWith(`${lastArea.code}`)),
      ...list.filter((c) => c.code.startsWith(`${lastArea.code}`)),
    ];
    const parentAt = criteria.findIndex((c) => c.code === dropped.parentCode);
    criteria.splice(parentAt + 1, 0, added);
    const saved = await ok<Round>(
      as('par', 'PUT', criteriaUrl(draft), { version: draft.version, criteria, bands: draft.bands }),
    );
    expect(saved.criteria.map((c) => c.code)).toContain(added.code);
    expect(saved.criteria.map((c) => c.code)).not.toContain(dropped.code);
    const measured = draft.criteria.find((c) => c.scale !== null);
    expect(saved.criteria.find((c) => c.code === measured?.code)?.scale).toEqual(measured?.scale);
    draft = saved;
  });

  it('copies last year’s round of the same group, criteria and bands, for the next year', async () => {
    const copy = await ok<Round>(
      as('par', 'POST', '/api/par/scoring/rounds', roundOf(2028, { copyFrom: draft.id })),
      201,
    );
    expect(copy.criteria).toEqual(draft.criteria);
    expect(copy.bands).toEqual(draft.bands);
    expect(copy.version).toBe(1);
    const other = await as(
      'par',
      'POST',
      '/api/par/scoring/rounds',
      roundOf(2029, { group: 'department', copyFrom: draft.id }),
    );
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('par_scoring_copy_other_group');
    const unknown = await as(
      'par',
      'POST',
      '/api/par/scoring/rounds',
      roundOf(2029, { copyFrom: '019a0000-0000-7000-8000-000000000000' }),
    );
    expect(unknown.statusCode).toBe(404);
    const both = await as(
      'par',
      'POST',
      '/api/par/scoring/rounds',
      roundOf(2029, { copyFrom: draft.id, template: 'commune' }),
    );
    expect(both.statusCode).toBe(400);
  });

  it('refuses a save from a stale version, and of two concurrent saves keeps exactly one', async () => {
    const body = { version: draft.version, criteria: inputOf(draft), bands: draft.bands };
    const [first, second] = await Promise.all([
      as('par', 'PUT', criteriaUrl(draft), body),
      as('par', 'PUT', criteriaUrl(draft), body),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const conflict = first.statusCode === 409 ? first : second;
    expect(conflict.json().code).toBe('version_conflict');
    const again = await as('par', 'PUT', criteriaUrl(draft), body);
    expect(again.statusCode).toBe(409);
    draft = await ok<Round>(as('par', 'GET', `/api/par/scoring/rounds/${draft.id}`));
    expect(draft.version).toBe(body.version + 1);
  });

  const save = (changes: { criteria?: unknown; bands?: unknown }, lang = 'vi') =>
    as(
      'par',
      'PUT',
      criteriaUrl(draft),
      { version: draft.version, criteria: inputOf(draft), bands: draft.bands, ...changes },
      { 'accept-language': lang },
    );

  it('refuses bad input without changing anything: a negative maximum, a repeated code, a gap below the bands, a wrong total', async () => {
    const list = inputOf(draft);
    const negative = await save({ criteria: list.map((c, i) => (i === 1 ? { ...c, maxPoints: -1 } : c)) });
    expect(negative.statusCode).toBe(400);
    expect(negative.headers['content-type']).toContain('application/problem+json');

    const repeated = await save({ criteria: [...list, { ...list[1], parentCode: list[0]?.code }] });
    expect(repeated.statusCode).toBe(422);
    expect(repeated.json().detail).toContain(`Mã tiêu chí ${list[1]?.code} bị trùng`);
    expect(repeated.json().errors[0].path).toBe(`criteria.${list.length}`);

    const gap = await save(
      {
        bands: [
          { code: 'tot', minScore: 80 },
          { code: 'kha', minScore: 50 },
        ],
      },
      'en',
    );
    expect(gap.statusCode).toBe(422);
    expect(gap.json().detail).toContain('A band must start at 0');
    expect(gap.json().errors[0].path).toBe('bands');

    const sameMin = await save({
      bands: [
        { code: 'a', minScore: 0 },
        { code: 'b', minScore: 70 },
        { code: 'c', minScore: 70 },
      ],
    });
    expect(sameMin.statusCode).toBe(422);

    const firstArea = list.find((c) => c.parentCode === null);
    const wrongTotal = await save({
      criteria: [
        ...list,
        { code: '99', parentCode: null, title: 'Lĩnh vực thêm', maxPoints: 5, kind: 'self_assessed' },
      ],
    });
    expect(wrongTotal.statusCode).toBe(422);
    expect(wrongTotal.json().detail).toContain('Tổng điểm tối đa các lĩnh vực là 105, phải bằng 100 điểm');
    const parentSum = await save(
      {
        criteria: list.map((c) => (c.code === firstArea?.code ? { ...c, maxPoints: c.maxPoints + 1 } : c)),
      },
      'en',
    );
    expect(parentSum.statusCode).toBe(422);
    expect(parentSum.json().detail).toContain(`The maximum of ${firstArea?.code}`);

    const unknownMetric = await save({
      criteria: list.map((c, i) => (i === list.length - 1 ? { ...c, metricCode: 'no_such_metric' } : c)),
    });
    expect(unknownMetric.statusCode).toBe(422);
    expect(unknownMetric.json().code).toBe('par_scoring_unknown_metric');

    const stray = await save({ criteria: list, colour: 'red' } as never);
    expect(stray.statusCode).toBe(400);

    const after = await ok<Round>(as('par', 'GET', `/api/par/scoring/rounds/${draft.id}`));
    expect(after.version).toBe(draft.version);
    expect(after.criteria).toEqual(draft.criteria);
  });

  it('lets only PAR officers change the criteria', async () => {
    const body = { version: draft.version, criteria: inputOf(draft), bands: draft.bands };
    expect((await as('leader', 'PUT', criteriaUrl(draft), body)).statusCode).toBe(403);
    expect((await as('agencyadmin.a', 'PUT', criteriaUrl(draft), body)).statusCode).toBe(403);
    const seen = await ok<Round>(as('leader', 'GET', `/api/par/scoring/rounds/${draft.id}`));
    expect(seen.mayEditCriteria).toBe(false);
  });

  it('refuses changes once a score exists, even before the window opens', async () => {
    const survey = draft.criteria.find((c) => c.leaf && c.kind === 'survey');
    const csv = `unit_code,criterion,score\nP.XA,${survey?.code},${survey?.maxPoints}\n`;
    await ok(
      as('par', 'POST', `/api/par/scoring/rounds/${draft.id}/survey`, csv, { 'content-type': 'text/csv' }),
    );
    const current = await ok<Round>(as('par', 'GET', `/api/par/scoring/rounds/${draft.id}`));
    expect(current.mayEditCriteria).toBe(false);
    const res = await as('par', 'PUT', criteriaUrl(current), {
      version: current.version,
      criteria: inputOf(current),
      bands: current.bands,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('par_scoring_criteria_scored');
  });
});

describe('a round already open', () => {
  let open: Round;
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const sheetUrl = (unitId: string) => `/api/par/scoring/rounds/${open.id}/units/${unitId}`;
  const leafUrl = (unitId: string, code: string, what: string) =>
    `${sheetUrl(unitId)}/criteria/${code}/${what}`;
  const A = () => t.org.unit.communeA;
  const upload = async (code: string, version: number, fileName: string) =>
    ok<Written>(
      as(
        'agencyadmin.a',
        'POST',
        `${leafUrl(A(), code, 'evidence')}?version=${version}&fileName=${fileName}`,
        pdf,
        {
          'content-type': 'application/pdf',
        },
      ),
    );
  const filesOf = async (code: string) =>
    (await ok<Sheet>(as('agencyadmin.a', 'GET', sheetUrl(A())))).scores.find((x) => x.code === code);
  let leaves: Round['criteria'];

  beforeAll(async () => {
    open = await ok<Round>(
      as(
        'par',
        'POST',
        '/api/par/scoring/rounds',
        roundOf(2026, { template: 'commune', entryOpensOn: '2026-11-20', entryClosesOn: '2026-11-30' }),
      ),
      201,
    );
    leaves = open.criteria.filter((c) => c.leaf && c.kind === 'self_assessed' && !c.metricCode);
  });

  it('refuses criteria changes in vi and en once self-assessment has opened', async () => {
    expect(open.mayEditCriteria).toBe(false);
    const body = { version: open.version, criteria: inputOf(open), bands: open.bands };
    const vi = await as('par', 'PUT', criteriaUrl(open), body);
    expect(vi.statusCode).toBe(409);
    expect(vi.json()).toMatchObject({ code: 'par_scoring_criteria_locked', status: 409 });
    expect(vi.json().detail).toBe(
      'Đợt chấm điểm đã mở tự chấm điểm (từ 20/11/2026); không thể sửa bộ tiêu chí và thang xếp loại.',
    );
    const en = await as('par', 'PUT', criteriaUrl(open), body, { 'accept-language': 'en' });
    expect(en.json().detail).toBe(
      'Self-assessment opened on 20/11/2026; the criteria and bands can no longer change.',
    );
  });

  it('the unit deletes its own evidence file; the leaf’s version moves; another unit gets 404', async () => {
    const leaf = leaves[0];
    if (!leaf) throw new Error('no leaf');
    await upload(leaf.code, 0, 'ke-hoach.pdf');
    const before = await filesOf(leaf.code);
    const file = before?.evidence[0];
    expect(file?.fileName).toBe('ke-hoach.pdf');
    expect((await as('agencyadmin.b', 'DELETE', `/api/par/scoring/evidence/${file?.id}`)).statusCode).toBe(
      404,
    );
    // The council reads the sheet but the files are the unit's.
    expect((await as('par', 'DELETE', `/api/par/scoring/evidence/${file?.id}`)).statusCode).toBe(403);
    await ok(as('agencyadmin.a', 'DELETE', `/api/par/scoring/evidence/${file?.id}`), 204);
    const after = await filesOf(leaf.code);
    expect(after?.evidence).toEqual([]);
    expect(after?.version).toBe((before?.version ?? 0) + 1);
    expect((await as('agencyadmin.a', 'GET', `/api/par/scoring/evidence/${file?.id}`)).statusCode).toBe(404);
  });

  it('of two concurrent deletions of one file, one deletes it and the other gets 404', async () => {
    const leaf = leaves[1];
    if (!leaf) throw new Error('no leaf');
    await upload(leaf.code, 0, 'bao-cao.pdf');
    const file = (await filesOf(leaf.code))?.evidence[0];
    const results = await Promise.all([
      as('agencyadmin.a', 'DELETE', `/api/par/scoring/evidence/${file?.id}`),
      as('agencyadmin.a', 'DELETE', `/api/par/scoring/evidence/${file?.id}`),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([204, 404]);
    expect((await filesOf(leaf.code))?.evidence).toEqual([]);
  });

  it('keeps the last file behind a self-score that has nothing else (422), until an explanation is given', async () => {
    const leaf = leaves[2];
    if (!leaf) throw new Error('no leaf');
    const { version } = await upload(leaf.code, 0, 'quyet-dinh.pdf');
    const scored = await ok<Written>(
      as('agencyadmin.a', 'PUT', leafUrl(A(), leaf.code, 'self'), { version, score: leaf.maxPoints }),
    );
    const file = (await filesOf(leaf.code))?.evidence[0];
    const refused = await as('agencyadmin.a', 'DELETE', `/api/par/scoring/evidence/${file?.id}`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('par_scoring_evidence_needed');
    expect((await filesOf(leaf.code))?.evidence).toHaveLength(1);
    await ok<Written>(
      as('agencyadmin.a', 'PUT', leafUrl(A(), leaf.code, 'self'), {
        version: scored.version,
        score: leaf.maxPoints,
        explanation: 'Quyết định đã đăng trên Cổng thông tin điện tử.',
      }),
    );
    await ok(as('agencyadmin.a', 'DELETE', `/api/par/scoring/evidence/${file?.id}`), 204);
  });

  it('refuses deletion after the unit has submitted (409)', async () => {
    const leaf = leaves[3];
    if (!leaf) throw new Error('no leaf');
    await upload(leaf.code, 0, 'tong-hop.pdf');
    const file = (await filesOf(leaf.code))?.evidence[0];
    await ok(as('agencyadmin.a', 'POST', `${sheetUrl(A())}/submit`, {}));
    const res = await as('agencyadmin.a', 'DELETE', `/api/par/scoring/evidence/${file?.id}`, undefined, {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('par_scoring_submitted');
    expect((await filesOf(leaf.code))?.evidence).toHaveLength(1);
  });
});
