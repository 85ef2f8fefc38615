import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingTime } from '../../../domain/calendar/deadlines';
import { ROLES } from '../../../domain/identity/roles';
import { joinStatements, queryRows, runStatement, writeTogether } from '../../db/client';
import { insertRowsCompiled } from '../../db/rows-insert';
import { updateRowsCompiled } from '../../db/rows-update';
import { deadlineClocks, dossierSteps, dossiers } from '../../db/schema';
import { callerOf } from '../../demo/dossiers';
import { reachThroughScopes, reachThroughUnitsAbove, scopesOfCaller } from '../../platform/access';
import { expectDossier, intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { workingCalendarsFromInputs } from '../calendar/calendar-source';
import { clocksOf, workingCalendarOf } from '../calendar/deadline-clocks';
import { procedureVersionText } from '../catalog/procedure-for-dossiers';
import { clockKey, readCommandSubject } from './command-read';
import { DOSSIER_CLOCK, STEP_CLOCK } from './processing-steps';
import { findDossier, stepsOf, unitsByIds } from './repo';

let t: TestApp;
let procedureId: string;
beforeAll(async () => {
  t = await createTestApp();
  procedureId = await publishDossierProcedure(t, '2.000901');
});
afterAll(() => t.close());

const receive = async () => {
  const clerk = await t.login('clerk.a');
  return expectDossier(t.as(clerk, 'POST', '/api/dossiers', intakeBody(t, procedureId)));
};

// A command reads its dossier in one statement (`readCommandSubject`): what it reads must be what
// the module's own reads answer one by one.
describe("a command's read of its dossier", () => {
  it('answers the row, steps, clocks, units and calendars that the separate reads answer', async () => {
    const dossier = await receive();
    const province = t.config.PROVINCE_CODE;
    const db = t.database.db;
    const subject = await db.transaction((tx) => readCommandSubject(tx, province, dossier.id));
    if (!subject) throw new Error('not read');
    const row = await findDossier(db, province, dossier.id);
    const steps = await stepsOf(db, dossier.id);
    expect(subject.row).toEqual(row);
    expect(subject.steps).toEqual(steps);
    const active = steps.filter((s) => s.state === 'active');
    expect(active.length).toBeGreaterThan(0);
    const legal = (await clocksOf(db, DOSSIER_CLOCK, [dossier.id])).get(dossier.id);
    expect(subject.clocks.get(clockKey(DOSSIER_CLOCK, dossier.id))).toEqual(legal);
    const stepClocks = await clocksOf(
      db,
      STEP_CLOCK,
      active.map((s) => s.id),
    );
    for (const step of active)
      expect(subject.clocks.get(clockKey(STEP_CLOCK, step.id))).toEqual(stepClocks.get(step.id));
    const unitIds = [row?.receivingUnitId ?? '', row?.competentUnitId ?? '', ...steps.map((s) => s.unitId)];
    expect(new Map([...subject.units].sort())).toEqual(new Map([...(await unitsByIds(db, unitIds))].sort()));
    for (const unitId of [row?.receivingUnitId ?? '', row?.competentUnitId ?? '']) {
      const fromRead = (await workingCalendarsFromInputs(db, province, subject.calendar, [unitId])).get(
        unitId,
      );
      const alone = await workingCalendarOf(db, province, unitId);
      if (!fromRead) throw new Error('no calendar read');
      for (const amount of [1, 5, 30]) {
        const duration = { unit: 'working_days', amount } as const;
        const from = Date.parse('2026-12-31T08:00:00Z');
        expect(addWorkingTime(fromRead, from, duration)).toBe(addWorkingTime(alone, from, duration));
      }
    }
    expect(subject.resultFiles).toBe(0);
  });

  it('checks scope as the caller’s scopes do, for every fixture user, role and unit of the dossier', async () => {
    const dossier = await receive();
    const db = t.database.db;
    const subject = await db.transaction((tx) => readCommandSubject(tx, t.config.PROVINCE_CODE, dossier.id));
    if (!subject) throw new Error('not read');
    const elsewhere = t.org.unit.department;
    expect(subject.units.has(elsewhere)).toBe(false);
    let checked = 0;
    let reached = 0;
    for (const username of Object.keys(t.org.users)) {
      const { auth } = await callerOf(t.database, username);
      const byScopes = reachThroughScopes(scopesOfCaller(db, auth));
      const byRead = reachThroughUnitsAbove(auth, subject.above, byScopes);
      for (const role of ROLES) {
        // The dossier's units from the read; another unit through the caller's scopes.
        for (const unitId of [...subject.units.keys(), elsewhere]) {
          const expected = await byScopes([role], unitId);
          expect(await byRead([role], unitId), `${username} ${role} ${unitId}`).toBe(expected);
          checked++;
          if (expected) reached++;
        }
      }
    }
    expect(reached).toBeGreaterThan(0);
    expect(checked - reached).toBeGreaterThan(0);
  });

  it('is none for a dossier of another province or none at all', async () => {
    const dossier = await receive();
    const none = await t.database.db.transaction(async (tx) => [
      await readCommandSubject(tx, 'XX', dossier.id),
      await readCommandSubject(tx, t.config.PROVINCE_CODE, '00000000-0000-7000-8000-000000000000'),
    ]);
    expect(none).toEqual([undefined, undefined]);
  });
});

describe('compiled statements', () => {
  it('an update sets dates, json and nulls as the query builder does, and matches a list', async () => {
    const dossier = await receive();
    const db = t.database.db;
    const at = new Date('2026-12-07T03:04:05.678Z');
    await runStatement(
      db,
      updateRowsCompiled(
        dossiers,
        {
          notes: "ghi chú 'có' dấu $1",
          applicant: { name: 'Trần Văn B', phone: null },
          resolvedAt: at,
          completion: null,
        },
        { id: dossier.id },
      ),
    );
    const row = await findDossier(db, t.config.PROVINCE_CODE, dossier.id);
    expect(row?.notes).toBe("ghi chú 'có' dấu $1");
    expect(row?.applicant).toEqual({ name: 'Trần Văn B', phone: null });
    expect(row?.resolvedAt?.toISOString()).toBe(at.toISOString());
    expect(row?.completion).toBeNull();
    const steps = await stepsOf(db, dossier.id);
    await runStatement(
      db,
      updateRowsCompiled(dossierSteps, { note: 'x' }, { id: steps.map((s) => s.id), dossierId: dossier.id }),
    );
    expect((await stepsOf(db, dossier.id)).every((s) => s.note === 'x')).toBe(true);
  });

  it('join with their parameters renumbered, and write together in one statement', async () => {
    const joined = joinStatements([
      'select ',
      { text: '$1::integer + $2::integer', params: [1, 2] },
      ' as a, ',
      { text: '$1::text', params: ['$1 stays a value'] },
      ' as b',
    ]);
    expect(await runStatement(t.database.db, joined)).toEqual([{ a: 3, b: '$1 stays a value' }]);
    const dossier = await receive();
    const before = await findDossier(t.database.db, t.config.PROVINCE_CODE, dossier.id);
    const n = await writeTogether(
      t.database.db,
      [updateRowsCompiled(dossierSteps, { note: 'together' }, { dossierId: dossier.id })],
      updateRowsCompiled(
        dossiers,
        { notes: 'together' },
        { id: dossier.id, rowVersion: before?.rowVersion ?? 0 },
        'id',
      ),
    );
    expect(n).toBe(1);
    const stale = await writeTogether(
      t.database.db,
      [],
      updateRowsCompiled(dossiers, { notes: 'stale' }, { id: dossier.id, rowVersion: -1 }, 'id'),
    );
    expect(stale).toBe(0);
    expect((await stepsOf(t.database.db, dossier.id)).every((s) => s.note === 'together')).toBe(true);
  });

  it('an insert sets a computed column from its row', async () => {
    const dossier = await receive();
    const db = t.database.db;
    const legal = (await clocksOf(db, DOSSIER_CLOCK, [dossier.id])).get(dossier.id);
    const [step] = await stepsOf(db, dossier.id);
    if (!step || !legal) throw new Error('no step');
    const id = '01939999-0000-7000-8000-000000000001';
    await runStatement(
      db,
      insertRowsCompiled(dossierSteps, [{ ...step, id, ordinal: 99, note: null }], {
        note: {
          text: `(select due_at::text from deadline_clocks where subject_type = $1 and subject_id = r."dossierId")`,
          params: [DOSSIER_CLOCK],
        },
      }),
    );
    const [copy] = await db.select().from(dossierSteps).where(eq(dossierSteps.id, id));
    const [due] = await queryRows<{ due: string }>(
      db,
      sql`select due_at::text as due from ${deadlineClocks} where subject_id = ${dossier.id} and subject_type = ${DOSSIER_CLOCK}`,
    );
    expect(copy?.note).toBe(due?.due);
    expect(copy?.startedAt).toEqual(step.startedAt);
  });
});

describe('a procedure version’s text', () => {
  it('is kept once it left draft, and read anew while a draft', async () => {
    const db = t.database.db;
    const [published] = await queryRows<{ id: string }>(
      db,
      sql`select id from procedure_versions where procedure_id = ${procedureId} and status = 'published'`,
    );
    const id = published?.id ?? '';
    const name = (await procedureVersionText(db, id)).content.name;
    // A published text never changes; a write behind the product's back is not seen: the process
    // keeps what it read.
    const rename = (versionId: string, to: string) =>
      db.execute(
        sql`update procedure_versions set content = jsonb_set(content, '{name}', to_jsonb(${to}::text)) where id = ${versionId}`,
      );
    await rename(id, 'Tên khác');
    expect((await procedureVersionText(db, id)).content.name).toBe(name);
    // A draft may still change: it is read each time.
    const draftId = '01939999-0000-7000-8000-0000000000d1';
    await db.execute(sql`insert into procedure_versions
      select ${draftId}::uuid, procedure_id, version + 100, 'draft', null, null, name, levels, online, online_payment,
        content, name_folded, search_folded, created_at, updated_at, null, 1
      from procedure_versions where id = ${id}`);
    expect((await procedureVersionText(db, draftId)).content.name).toBe('Tên khác');
    await rename(draftId, 'Tên dự thảo mới');
    expect((await procedureVersionText(db, draftId)).content.name).toBe('Tên dự thảo mới');
  });
});
