import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboxDto } from '../../../contracts/dossiers';
import { expectDossier, intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { MY_STEPS_COUNT_CAP } from './inbox';

/** A valid version-7 uuid made from `prefix` and the series number g (the API checks ids). */
function uid(prefix: string) {
  const h = `md5('${prefix}' || g)`;
  const part = (from: number, length: number) => `substr(${h}, ${from}, ${length})`;
  return sql.raw(
    `(${part(1, 8)} || '-' || ${part(9, 4)} || '-7' || ${part(14, 3)} || '-8' || ${part(18, 3)} || '-' || ${part(21, 12)})::uuid`,
  );
}

let t: TestApp;
let officerA: Session;

beforeAll(async () => {
  t = await createTestApp();
  const procedureId = await publishDossierProcedure(t, '2.000041');
  const clerkA = await t.login('clerk.a');
  officerA = await t.login('officer.a');
  const first = await expectDossier(t.as(clerkA, 'POST', '/api/dossiers', intakeBody(t, procedureId)));
  // As many more open steps as the count stops at, copied from the first (each due an hour later).
  const copies = sql`generate_series(1, ${MY_STEPS_COUNT_CAP}) g`;
  await t.database.db.execute(sql`
    insert into dossiers (id, province_code, code, procedure_id, procedure_version_id, receiving_unit_id,
        competent_unit_id, channel, state, applicant, documents, notes, created_at, updated_at, row_version)
      select ${uid('d')}, province_code, code || '-' || g, procedure_id, procedure_version_id, receiving_unit_id,
        competent_unit_id, channel, state, applicant, documents, notes, created_at, updated_at, row_version
      from dossiers, ${copies} where id = ${first.id}`);
  await t.database.db.execute(sql`
    insert into dossier_steps (id, dossier_id, ordinal, workflow_index, kind, name, role, unit_id, state,
        budget_minutes, started_at)
      select ${uid('s')}, ${uid('d')}, ordinal, workflow_index, kind, name, role, unit_id, state, budget_minutes,
        started_at
      from dossier_steps, ${copies} where dossier_id = ${first.id}`);
  await t.database.db.execute(sql`
    insert into deadline_clocks (id, province_code, subject_type, subject_id, unit_id, state, started_at,
        duration_unit, duration_amount, due_at, updated_at)
      select ${uid('c')}, c.province_code, c.subject_type, ${uid('s')}, c.unit_id, c.state, c.started_at,
        c.duration_unit, c.duration_amount, c.due_at + g * interval '1 hour', c.updated_at
      from deadline_clocks c join dossier_steps s on s.id = c.subject_id, ${copies}
      where c.subject_type = 'dossier_step' and s.dossier_id = ${first.id}`);
});
afterAll(() => t.close());

describe('the count of one’s own steps', () => {
  it('stops at the cap and says there are more, while the page still comes in due order', async () => {
    const box = (await t.as(officerA, 'GET', '/api/dossiers?view=mine&limit=20')).json<InboxDto>();
    expect(box).toMatchObject({ total: MY_STEPS_COUNT_CAP, totalCapped: true });
    expect(box.items).toHaveLength(20);
    const due = box.items.map((i) => Date.parse(i.stepDueAt ?? ''));
    expect(due).toEqual([...due].sort((a, b) => a - b));
  });

  it('is exact below the cap, with a search', async () => {
    const box = (await t.as(officerA, 'GET', '/api/dossiers?view=mine&q=-99')).json<InboxDto>();
    // Copies -99 and -990 … -999 match.
    expect(box).toMatchObject({ total: 11, totalCapped: false });
  });
});
