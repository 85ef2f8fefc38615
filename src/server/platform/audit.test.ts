import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema';
import { createTestApp, type TestApp } from '../testing/test-app';
import { appendAudit, verifyAuditLog } from './audit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('audit log on the database', () => {
  it('concurrent appends to one unit and to many units keep every chain intact', async () => {
    const units = [t.org.unit.communeA, t.org.unit.communeB, t.org.unit.department];
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.database.db.transaction((tx) =>
          appendAudit(tx, t.clock, {
            actorUserId: null,
            unitId: units[i % 3] ?? null,
            action: 'demo.load',
            details: { i },
          }),
        ),
      ),
    );
    const verdicts = await verifyAuditLog(t.database.db);
    expect(verdicts.every((v) => v.intact)).toBe(true);
    expect(verdicts.reduce((n, v) => n + v.checked, 0)).toBeGreaterThanOrEqual(30);
  });

  it('a row edited by hand in the database is reported, with its sequence number', async () => {
    const admin = await t.login('admin');
    for (let i = 0; i < 3; i++)
      await t.as(admin, 'POST', '/api/units', {
        code: `AU${i}`,
        name: `UBND xã Au ${i}`,
        kind: 'commune',
        levelCode: 'commune',
        parentId: t.org.unit.province,
        validFrom: '2026-01-01',
      });
    const ok = await t.as(admin, 'GET', '/api/audit/verify');
    expect(
      ok.json<{ streams: unknown[] }>().streams.filter((s) => !(s as { intact: boolean }).intact),
    ).toEqual([]);
    const [victim] = await t.database.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.action} = 'unit.create'`)
      .limit(1);
    await t.database.db.execute(
      sql`update audit_log set details = '{"name":"forged"}'::jsonb where id = ${victim?.id}`,
    );
    const broken = await t.as(admin, 'GET', '/api/audit/verify');
    const body = broken.json<{
      intact: boolean;
      streams: { stream: string; intact: boolean; brokenSeq?: number; brokenId?: string }[];
    }>();
    expect(body.intact).toBe(false);
    const bad = body.streams.find((s) => !s.intact);
    expect(bad).toMatchObject({ stream: victim?.stream, brokenSeq: victim?.seq, brokenId: victim?.id });
  });

  it('a deleted last row is noticed through the stream head', async () => {
    const fresh = await createTestApp();
    try {
      await fresh.login('clerk.b');
      await fresh.login('clerk.b');
      await fresh.database.db.execute(
        sql`delete from audit_log where seq = (select max(seq) from audit_log where stream = ${fresh.org.unit.communeB}) and stream = ${fresh.org.unit.communeB}`,
      );
      const verdicts = await verifyAuditLog(fresh.database.db);
      expect(verdicts.find((v) => v.stream === fresh.org.unit.communeB)).toMatchObject({
        intact: false,
        reason: 'missing_tail_rows',
      });
    } finally {
      await fresh.close();
    }
  });
});
