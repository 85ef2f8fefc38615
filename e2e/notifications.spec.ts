import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousViolations, reloadUntil, signInByApi } from './helpers';

/** The inspection port of the message gateway doubles (playwright.config.ts). */
const doubles = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 90}`;

/** Receives "Đăng ký khai sinh" at commune X001's desk through the API, for an applicant with `contact`. */
async function receiveFor(
  page: Page,
  contact: { phone: string; email: string | null },
): Promise<{ id: string; code: string }> {
  const search = await page.request.get('/api/catalog/procedures?q=dang%20ky%20khai%20sinh&limit=1');
  const procedureId = (await search.json()).items[0].id as string;
  const session = await (await page.request.get('/api/auth/session')).json();
  const { units } = await (await page.request.get('/api/units')).json();
  const deskUnitId = units.find((u: { code: string }) => u.code.endsWith('.X001.MC'))?.id;
  const response = await page.request.post('/api/dossiers', {
    headers: { 'x-csrf-token': session.csrfToken },
    data: {
      procedureId,
      deskUnitId,
      channel: 'counter',
      applicant: {
        kind: 'person',
        name: 'Lê Thị Thu Hà',
        personalId: '060190004321',
        organisationCode: null,
        address: 'Thôn 2',
        ...contact,
      },
      documents: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, provided: true }],
      notes: '',
      outcome: 'receive',
      reason: '',
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

test('the applicant gets the receipt by e-mail and SMS, shown on the dossier; a refused SMS is sent again by the system admin', async ({
  browser,
}) => {
  // Waits twice for the outbox worker: on a busy runner this takes long.
  test.slow();
  const clerk = await (await browser.newContext()).newPage();
  await signInByApi(clerk, 'motcua.x001');
  const reached = await receiveFor(clerk, { phone: '0912 000 111', email: 'thuha@congdan.example' });

  // The outbox worker hands both to the gateways; the dossier page says so.
  await clerk.goto(`/dossiers/${reached.id}`);
  const notices = clerk.getByRole('region', { name: 'Thông báo đã gửi' });
  await reloadUntil(clerk, notices, async () => {
    await expect(notices.getByText('Đã gửi', { exact: true })).toHaveCount(2, { timeout: 1000 });
  });
  await expect(notices).toContainText('Tiếp nhận hồ sơ');
  await expect(notices).toContainText('thuha@congdan.example');
  const delivered = await (await clerk.request.get(`${doubles}/messages`)).json();
  const mail = delivered.mails.find((m: { subject: string }) => m.subject.includes(reached.code));
  expect(mail.attachments).toEqual([`${reached.code}-receipt.pdf`]);
  expect(
    delivered.sms.some(
      (s: { to: string; text: string }) => s.to === '0912000111' && s.text.includes(reached.code),
    ),
  ).toBe(true);

  // A number the gateway does not know is refused for good: the message fails and says why.
  const refused = await receiveFor(clerk, { phone: '0999 000 000', email: null });
  await clerk.goto(`/dossiers/${refused.id}`);
  await reloadUntil(clerk, notices, async () => {
    await expect(notices.getByText('Gửi thất bại')).toBeVisible({ timeout: 1000 });
  });
  await expect(notices).toContainText('SMS gateway 400');

  // The system admin finds it among the failed messages and sends it again.
  const admin = await (await browser.newContext()).newPage();
  await signInByApi(admin, 'admin');
  await admin.goto('/home');
  await admin
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Tin nhắn gửi đi' })
    .click();
  await expect(
    admin.getByRole('heading', { level: 1, name: 'Tin nhắn SMS và thư điện tử gửi đi' }),
  ).toBeVisible();
  await admin.getByRole('group', { name: 'Lọc tin nhắn' }).getByText('Gửi thất bại', { exact: true }).click();
  await expect(admin).toHaveURL(/state=dead/);
  const row = admin.getByRole('row').filter({ hasText: refused.code });
  await expect(row).toContainText('0999000000');
  await expect(row).toContainText('Gửi thất bại');
  await expectNoSeriousViolations(admin, 'outgoing messages (vi)');
  await row.getByRole('button', { name: /^Gửi lại/ }).click();
  await expect(
    admin.getByRole('status').filter({ hasText: 'Đã đưa tin nhắn vào hàng chờ gửi lại' }),
  ).toBeVisible();

  // In English, on a phone, the page reads and nothing scrolls sideways.
  await admin.setViewportSize({ width: 360, height: 800 });
  await admin.getByRole('button', { name: 'English' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Outgoing SMS and e-mail' })).toBeVisible();
  await expectNoSeriousViolations(admin, 'outgoing messages on a phone (en)');
  expect(await admin.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(360);

  // Nobody else sees the page.
  await expect((await clerk.request.get('/api/notifications')).status()).toBe(403);
});
