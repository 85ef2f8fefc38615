import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './helpers';

test('a clerk signs in and sees the one-stop desk home in Vietnamese', async ({ page }) => {
  await signIn(page, 'motcua.x001');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1, name: 'Bộ phận Một cửa' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Xin chào, / })).toBeVisible();
  await expect(page.getByTestId('my-roles')).toContainText(
    'Công chức Bộ phận Một cửa — UBND phường Bắc Phong',
  );
  // The desk's work links to its pages; what is not built yet is announced as such, not faked.
  const intake = page.getByTestId('home-card-intake');
  await expect(intake.getByRole('link', { name: 'Tiếp nhận hồ sơ' })).toHaveAttribute('href', '/desk/intake');
  await expect(page.getByTestId('home-card-queue')).toContainText('Sắp có');
  // A clerk administers nothing: no users or audit pages in the navigation.
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(nav.getByRole('link', { name: 'Cơ cấu tổ chức' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Người dùng' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Nhật ký hệ thống' })).toHaveCount(0);
});

test('switching to English persists after a reload and applies after sign-in', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('textbox', { name: 'Username', exact: true }).fill('motcua.x001');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'One-stop desk' })).toBeVisible();
  await expect(page.getByTestId('home-card-queue')).toContainText('Coming soon');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'One-stop desk' })).toBeVisible();

  // And back: the header switch returns to Vietnamese.
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bộ phận Một cửa' })).toBeVisible();
});

test('a wrong password shows the error and keeps the visitor on the sign-in page', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill('chuyenvien.x001');
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('not-the-password-1');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Không đăng nhập được');
  await expect(alert).toContainText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('repeated failures lock the account and the locked message says for how long', async ({ page }) => {
  // motcua.x002 is used by no other test: its lockout affects nothing else.
  await page.goto('/sign-in');
  const alert = page.getByRole('alert');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill('motcua.x002');
    await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(`wrong-password-${attempt}`);
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    expect([401, 423]).toContain((await answered).status());
    await expect(alert).toBeVisible();
  }
  // Even the right password is refused now.
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(alert).toContainText('Tài khoản tạm khóa');
  await expect(alert).toContainText(/thử lại sau \d+ phút/);
  await expect(page).toHaveURL(/\/sign-in$/);
});
