import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { signInByApi } from './helpers';

async function expectNoSeriousViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `${what}:\n${serious.join('\n')}`).toEqual([]);
}

test('the sign-in page has no serious accessibility violations, in both languages', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await expectNoSeriousViolations(page, 'sign-in (vi)');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectNoSeriousViolations(page, 'sign-in (en)');
});

test('every signed-in page has no serious accessibility violations', async ({ page }) => {
  test.setTimeout(90_000);
  await signInByApi(page, 'admin');
  const pages: [string, string][] = [
    ['/', 'Trang chủ'],
    ['/organisation', 'Cơ cấu tổ chức'],
    ['/users', 'Người dùng'],
    ['/audit', 'Nhật ký hệ thống'],
    ['/account', 'Tài khoản'],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoSeriousViolations(page, path);
  }

  // A selected unit's detail panel and the dialogs are part of the pages too.
  await page.goto('/organisation');
  await page
    .getByRole('tree')
    .getByText(/^UBND tỉnh/)
    .first()
    .click();
  await expect(page.getByRole('region', { name: /UBND tỉnh/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'organisation with a unit selected');
  await page.getByRole('button', { name: 'Sáp nhập' }).click();
  await expect(page.getByRole('dialog', { name: 'Sáp nhập đơn vị' })).toBeVisible();
  await expectNoSeriousViolations(page, 'merge dialog');

  await page.goto('/users');
  await page.getByRole('button', { name: 'Tạo người dùng' }).click();
  await expect(page.getByRole('dialog', { name: 'Tạo người dùng' })).toBeVisible();
  await expectNoSeriousViolations(page, 'create user dialog');

  await page.goto('/audit');
  await page.getByRole('button', { name: 'Kiểm tra chuỗi băm' }).click();
  await expect(page.getByRole('status')).toContainText('Chuỗi băm nguyên vẹn');
  await expectNoSeriousViolations(page, 'audit with verification');
});

test('the phone layout has no serious accessibility violations and opens its menu', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInByApi(page, 'quantri.x001');
  await page.goto('/');
  await page.getByRole('button', { name: 'Mở hoặc đóng menu điều hướng' }).click();
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Người dùng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Người dùng' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoSeriousViolations(page, 'users on a phone');
});
