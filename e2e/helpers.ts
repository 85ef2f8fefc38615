import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'MotCua@2026';

/** Signs in through the sign-in page (Vietnamese labels) and waits for the app shell. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(username);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
}

/** Signs in through the API (cheaper, for tests about other things); the page shares the cookie. */
export async function signInByApi(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  const response = await page.request.post('/api/auth/login', { data: { username, password } });
  expect(response.status(), await response.text()).toBe(200);
}

/** Today in the province, as YYYY-MM-DD. */
export function todayInProvince(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

/** Fails with the list of serious or critical axe violations on the page, if any. */
export async function expectNoSeriousViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `${what}:\n${serious.join('\n')}`).toEqual([]);
}

/** The applicant of these tests: a valid personal id whose last 4 digits are the lookup factor. */
export const PERSONAL_ID = '060190004321';
export const PHONE = '0987654321';

/** Takes "Đăng ký khai sinh" at the counter with the keyboard and answers the dossier's code. */
export async function receiveBirthRegistration(page: Page, name: string): Promise<string> {
  await page.goto('/desk/intake');
  const search = page.getByRole('combobox', { name: 'Tìm thủ tục' });
  await expect(search).toBeFocused();
  await search.pressSequentially('dang ky khai sinh');
  await expect(page.getByRole('option').first()).toContainText('Đăng ký khai sinh');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('chosen-procedure')).toContainText('Đăng ký khai sinh');
  // The applicant comes next: the name field has the focus.
  await page.keyboard.type(name);
  const id = page.getByRole('textbox', { name: 'Số định danh cá nhân' });
  await id.fill(PERSONAL_ID.slice(0, 11));
  await expect(page.getByText('Đã nhập 11/12 chữ số')).toBeVisible();
  await id.pressSequentially(PERSONAL_ID.slice(11));
  await expect(page.getByText('Số định danh hợp lệ')).toBeVisible();
  await page.getByRole('textbox', { name: 'Số điện thoại' }).fill(PHONE);
  await expect(page.getByTestId('provided-count')).toHaveText(/^Đã nộp 0\/\d+ giấy tờ$/);

  // Receiving with documents missing is refused beside the checklist, before anything is sent.
  await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
  await expect(page.getByText('Còn giấy tờ chưa nộp: hãy yêu cầu bổ sung thay vì tiếp nhận')).toBeVisible();
  await page.getByRole('button', { name: 'Đánh dấu đã nộp đủ' }).click();
  await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Đã tiếp nhận hồ sơ' })).toBeVisible();
  await expect(page.getByTestId('appointment')).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await expect(
    page.getByRole('link', { name: /^In Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả/ }),
  ).toHaveAttribute('href', /^\/api\/dossiers\/[0-9a-f-]+\/forms\/[0-9a-f-]+\.pdf$/);
  return (await page.getByTestId('dossier-code').textContent()) ?? '';
}

/**
 * Reloads the page until `check` passes: for what a background worker does (the outbox sends a
 * message) and the page shows on its next load. Each round first waits for `loaded` — the page's
 * data arriving may take seconds on a busy runner — and only then gives `check` a short second.
 */
export async function reloadUntil(
  page: Page,
  loaded: Locator,
  check: () => Promise<void>,
  timeout = 30_000,
): Promise<void> {
  await expect(async () => {
    await page.reload();
    await expect(loaded).toBeVisible({ timeout: 10_000 });
    await check();
  }).toPass({ timeout });
}
