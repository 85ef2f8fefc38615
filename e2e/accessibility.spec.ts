import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, signInByApi } from './helpers';

test('the sign-in page has no serious accessibility violations, in both languages', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await expectNoSeriousViolations(page, 'sign-in (vi)');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectNoSeriousViolations(page, 'sign-in (en)');
});

test('the public calendar and due-time pages have no serious violations, in both languages', async ({
  page,
}) => {
  // axe takes a while over the 365 day cells.
  test.setTimeout(90_000);
  await page.goto('/calendar?year=2026');
  await expect(page.getByRole('heading', { level: 1, name: 'Lịch làm việc năm 2026' })).toBeVisible();
  await expectNoSeriousViolations(page, 'calendar (vi)');
  await page.goto('/due-time');
  await page.getByLabel('Ngày nộp hồ sơ').fill('2026-02-12');
  await page.getByLabel('Giờ nộp hồ sơ').fill('16:00');
  await page.getByRole('button', { name: 'Tính hạn trả kết quả' }).click();
  await expect(page.getByTestId('due-at')).toBeVisible();
  await expectNoSeriousViolations(page, 'due time with its explanation (vi)');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'When is my result due?' })).toBeVisible();
  await expectNoSeriousViolations(page, 'due time with its explanation (en)');
  await page.goto('/calendar?year=2026');
  await expect(page.getByRole('heading', { level: 1, name: 'Working calendar 2026' })).toBeVisible();
  await expectNoSeriousViolations(page, 'calendar (en)');

  // On a phone the twelve months stack and nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Working calendar 2026' })).toBeVisible();
  expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoSeriousViolations(page, 'calendar on a phone');
});

test('every signed-in page has no serious accessibility violations', async ({ page }) => {
  // Nine pages and five dialogs, each analysed whole by axe (the calendar year alone takes 10–30 s).
  test.setTimeout(180_000);
  await signInByApi(page, 'admin');
  const pages: [string, string][] = [
    ['/home', 'Trang chủ'],
    ['/organisation', 'Cơ cấu tổ chức'],
    ['/users', 'Người dùng'],
    ['/audit', 'Nhật ký hệ thống'],
    ['/account', 'Tài khoản'],
    ['/calendar?year=2026', 'Lịch làm việc năm 2026'],
    ['/due-time', 'Khi nào có kết quả?'],
    ['/procedures', 'Thủ tục hành chính'],
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
  await expect(page.getByRole('table', { name: 'Giờ làm việc trong tuần' })).toBeVisible();
  await expectNoSeriousViolations(page, 'organisation with a unit selected');
  await page.getByRole('button', { name: 'Sửa giờ làm việc' }).click();
  await expect(page.getByRole('dialog', { name: /^Giờ làm việc: / })).toBeVisible();
  await expectNoSeriousViolations(page, 'office hours dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Sáp nhập' }).click();
  await expect(page.getByRole('dialog', { name: 'Sáp nhập đơn vị' })).toBeVisible();
  await expectNoSeriousViolations(page, 'merge dialog');

  await page.goto('/users');
  await page.getByRole('button', { name: 'Tạo người dùng' }).click();
  await expect(page.getByRole('dialog', { name: 'Tạo người dùng' })).toBeVisible();
  await expectNoSeriousViolations(page, 'create user dialog');

  await page.goto('/calendar?year=2026');
  await page.getByRole('button', { name: 'Sửa lịch nghỉ năm 2026' }).click();
  await expect(page.getByRole('dialog', { name: 'Lịch nghỉ lễ, tết năm 2026' })).toBeVisible();
  await expectNoSeriousViolations(page, 'calendar announcement dialog');

  await page.goto('/audit');
  await page.getByRole('button', { name: 'Kiểm tra chuỗi băm' }).click();
  await expect(page.getByRole('status')).toContainText('Chuỗi băm của thao tác quản trị nguyên vẹn');
  await expectNoSeriousViolations(page, 'audit with verification');
});

test('the phone layout has no serious accessibility violations and opens its menu', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInByApi(page, 'quantri.x001');
  await page.goto('/home');
  await page.getByRole('button', { name: 'Mở hoặc đóng menu điều hướng' }).click();
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Người dùng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Người dùng' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoSeriousViolations(page, 'users on a phone');
});

test('the procedure catalog, a procedure and its version editor have no serious violations', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/procedures?q=dang+ky+khai+sinh');
  const first = page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link').first();
  await expect(first).toHaveText('Đăng ký khai sinh');
  await expectNoSeriousViolations(page, 'catalog search (vi)');
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' })).toBeVisible();
  await expectNoSeriousViolations(page, 'procedure (vi)');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('region', { name: 'Required documents' })).toBeVisible();
  await expectNoSeriousViolations(page, 'procedure (en)');
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.getByTestId('documents')).toBeVisible();
  expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoSeriousViolations(page, 'procedure on a phone (en)');
  await page.goto('/procedures?q=zzzz');
  await expect(page.getByText('No procedure matches.')).toBeVisible();
  expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoSeriousViolations(page, 'empty catalog search on a phone (en)');

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await signInByApi(page, 'quantri.tuphap');
  await page.goto('/procedures?q=ly+lich+tu+phap&level=province');
  await page.getByRole('button', { name: 'Thêm thủ tục' }).click();
  await expect(page.getByRole('dialog', { name: 'Thêm thủ tục hành chính' })).toBeVisible();
  await expectNoSeriousViolations(page, 'create procedure dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link').first().click();
  await page.getByRole('link', { name: 'Quản lý phiên bản' }).click();
  await expect(page.getByRole('table', { name: 'Các phiên bản của thủ tục' })).toBeVisible();
  await expectNoSeriousViolations(page, 'procedure versions');
  await page
    .getByRole('button', { name: /^Xem phiên bản/ })
    .first()
    .click();
  await expect(page.getByRole('dialog', { name: /^Phiên bản \d+ \(/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'version viewer');
});
