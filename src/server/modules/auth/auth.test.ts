import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, sessions } from '../../db/schema';
import { createTestApp, FIXTURE_PASSWORD, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    LOGIN_MAX_FAILURES: 3,
    LOGIN_LOCK_MINUTES: 15,
    SESSION_IDLE_MINUTES: 30,
    SESSION_ABSOLUTE_HOURS: 12,
  });
});
afterAll(() => t.close());

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

describe('sign-in', () => {
  it('a correct password opens a session in an HttpOnly SameSite cookie and returns the roles', async () => {
    const res = await login('clerk.a', FIXTURE_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'motcua_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const body = res.json<{
      user: { username: string; assignments: { role: string; unitName: string }[] };
      csrfToken: string;
    }>();
    expect(body.user.username).toBe('clerk.a');
    expect(body.user.assignments).toEqual([
      expect.objectContaining({ role: 'clerk', unitName: 'UBND xã Tân An' }),
    ]);
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it('only the hash of the session token is stored', async () => {
    const res = await login('leader', FIXTURE_PASSWORD);
    const token = res.cookies.find((c) => c.name === 'motcua_session')?.value ?? '';
    const rows = await t.database.db.select().from(sessions);
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);
  });

  it('usernames are case-insensitive', async () => {
    expect((await login('CLERK.A', FIXTURE_PASSWORD)).statusCode).toBe(200);
  });

  it('a wrong password and an unknown user answer the same 401', async () => {
    const wrong = await login('officer.a', 'Wrong-pass-123');
    const unknown = await login('nobody.here', 'Wrong-pass-123');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<{ detail: string }>().detail).toBe(unknown.json<{ detail: string }>().detail);
    expect(wrong.json()).toMatchObject({ code: 'invalid_credentials' });
  });

  it('repeated failures lock the account with a clear message, even for the right password, until the lock ends', async () => {
    for (let i = 0; i < 2; i++) expect((await login('approver.a', 'bad-password-1')).statusCode).toBe(401);
    const locking = await login('approver.a', 'bad-password-1', { 'accept-language': 'en' });
    expect(locking.statusCode).toBe(423);
    expect(locking.json<{ detail: string }>().detail).toContain('15 minutes');
    const right = await login('approver.a', FIXTURE_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json()).toMatchObject({ code: 'account_locked' });
    t.clock.advanceMinutes(16);
    expect((await login('approver.a', FIXTURE_PASSWORD)).statusCode).toBe(200);
  });

  it('failed and successful sign-ins are audited', async () => {
    await login('officer.dept', 'not-the-password-9');
    await login('officer.dept', FIXTURE_PASSWORD);
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, t.org.users['officer.dept']?.id ?? ''));
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['auth.sign_in_failed', 'auth.sign_in']),
    );
  });

  it('rejects bad input with field errors, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '', password: 1 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: unknown[] }>().errors.length).toBeGreaterThanOrEqual(2);
  });
});

describe('sessions', () => {
  it('expire after the idle time', async () => {
    const s = await t.login('clerk.b');
    expect((await t.as(s, 'GET', '/api/auth/session')).statusCode).toBe(200);
    t.clock.advanceMinutes(31);
    expect((await t.as(s, 'GET', '/api/auth/session')).statusCode).toBe(401);
  });

  it('expire at the absolute limit even when used all along', async () => {
    const s = await t.login('clerk.b');
    for (let i = 0; i < 24; i++) {
      t.clock.advanceMinutes(29);
      expect((await t.as(s, 'GET', '/api/auth/session')).statusCode).toBe(200);
    }
    t.clock.advanceMinutes(29);
    expect((await t.as(s, 'GET', '/api/auth/session')).statusCode).toBe(401);
  });

  it('logout ends this session only; sign out everywhere ends them all', async () => {
    const one = await t.login('agencyadmin.a');
    const two = await t.login('agencyadmin.a');
    expect((await t.as(one, 'POST', '/api/auth/logout')).statusCode).toBe(200);
    expect((await t.as(one, 'GET', '/api/auth/session')).statusCode).toBe(401);
    expect((await t.as(two, 'GET', '/api/auth/session')).statusCode).toBe(200);
    const three = await t.login('agencyadmin.a');
    const ended = await t.as(three, 'POST', '/api/auth/sign-out-everywhere');
    expect(ended.json()).toEqual({ ended: 2 });
    expect((await t.as(two, 'GET', '/api/auth/session')).statusCode).toBe(401);
  });

  it('a state-changing request without the CSRF token is refused', async () => {
    const s = await t.login('leader');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'csrf_failed' });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(32) },
    });
    expect(wrong.statusCode).toBe(403);
  });
});

describe('password change', () => {
  it('enforces the policy and the current password, then ends the other sessions', async () => {
    const s = await t.login('officer.a');
    const other = await t.login('officer.a');
    const weak = await t.as(s, 'POST', '/api/auth/password', {
      currentPassword: FIXTURE_PASSWORD,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json()).toMatchObject({ code: 'weak_password' });
    const wrongCurrent = await t.as(s, 'POST', '/api/auth/password', {
      currentPassword: 'nope-nope-1',
      newPassword: 'Moi-matkhau-2026',
    });
    expect(wrongCurrent.statusCode).toBe(422);
    const ok = await t.as(s, 'POST', '/api/auth/password', {
      currentPassword: FIXTURE_PASSWORD,
      newPassword: 'Moi-matkhau-2026',
    });
    expect(ok.statusCode).toBe(200);
    expect((await t.as(other, 'GET', '/api/auth/session')).statusCode).toBe(401);
    expect((await t.as(s, 'GET', '/api/auth/session')).statusCode).toBe(200);
    expect((await login('officer.a', 'Moi-matkhau-2026')).statusCode).toBe(200);
  });
});

describe('login rate limit', () => {
  it('answers 429 problem+json after too many attempts from one address', async () => {
    const limited = await createTestApp({ LOGIN_RATE_PER_MINUTE: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'x-user', password: 'y' },
        });
        statuses.push(res.statusCode);
        if (res.statusCode === 429) expect(res.headers['content-type']).toContain('application/problem+json');
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });
});
