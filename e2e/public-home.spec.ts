import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, PHONE, signInByApi } from './helpers';

interface ProcedureHit {
  name: string;
  processing: { unit: string; amount: number; online?: { unit: string; amount: number } | null };
}

test('a citizen finds a procedure, follows a dossier and works out a due time from the public home', async ({
  page,
}) => {
  // A whole-page accessibility analysis and three journeys.
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Cổng dịch vụ công' })).toBeVisible();
  await expect(page.getByTestId('portal-province')).toContainText('Bình Thuận');
  await expect(page.getByTestId('month-working-days')).toHaveText(
    /^Tháng \d{2}\/\d{4} có \d+ ngày làm việc\.$/,
  );
  await page.waitForLoadState('networkidle');
  await expectNoSeriousViolations(page, 'public home');

  // The search goes to the catalog, without diacritics as a citizen types.
  await page.getByRole('textbox', { name: 'Tìm thủ tục hành chính' }).fill('dang ky khai sinh');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page).toHaveURL(/\/procedures\?q=dang\+ky\+khai\+sinh$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' })).toBeVisible();
  await expect(page.getByTestId('result-count')).toHaveText(/^Tìm thấy \d+ thủ tục$/);

  // The lookup: checked on the home, answered by the lookup page; the phone never enters the address.
  await page.getByRole('link', { name: 'MộtCửa' }).click();
  await expect(page).toHaveURL(/\/$/);
  const lookup = page.getByRole('form', { name: 'Thông tin tra cứu' });
  await lookup.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(lookup.getByText('Bắt buộc nhập')).toHaveCount(2);
  await expect(page).toHaveURL(/\/$/);
  await lookup.getByRole('textbox', { name: 'Mã hồ sơ' }).fill('T60.X001-261123-9999');
  await lookup.getByRole('textbox', { name: /Số điện thoại/ }).fill(PHONE);
  const answered = page.waitForResponse((r) => r.url().includes('/api/public/dossiers/status'));
  await lookup.getByRole('button', { name: 'Tra cứu' }).click();
  expect((await answered).status()).toBe(404);
  await expect(page).toHaveURL(/\/tra-cuu\?code=T60\.X001-261123-9999$/);
  expect(page.url()).not.toContain(PHONE);
  await expect(page.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeVisible();
  await expect(page.getByText('Không tìm thấy hồ sơ')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Số điện thoại/ })).toHaveValue(PHONE);

  // The due-time tool: choosing a procedure fills in the time limit it states for the channel.
  await page.goto('/');
  // Below the fold, the tool loads once the visitor scrolls to it.
  await page
    .getByRole('region', { name: 'Khi nào có kết quả?' })
    .getByRole('status')
    .scrollIntoViewIfNeeded();
  const picker = page.getByRole('combobox', { name: 'Thủ tục' });
  await picker.pressSequentially('khai sinh');
  const first = page.getByRole('option').first();
  await expect(first).toContainText('khai sinh');
  const chosenName = (await first.locator('p').first().textContent()) ?? '';
  const hits = (await (
    await page.request.get(`/api/catalog/procedures?q=${encodeURIComponent('khai sinh')}&limit=8`)
  ).json()) as { items: ProcedureHit[] };
  const chosen = hits.items.find((p) => p.name === chosenName);
  if (!chosen) throw new Error(`the API does not list ${chosenName}`);
  const online = chosen.processing.online ?? chosen.processing;
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('due-time-procedure')).toContainText(chosenName);
  await expect(page.getByTestId('due-time-procedure')).toContainText(`Thời hạn giải quyết: ${online.amount}`);
  await expect(page.getByRole('textbox', { name: 'Thời hạn giải quyết' })).toHaveValue(String(online.amount));
  await page.getByRole('button', { name: 'Tính hạn trả kết quả' }).click();
  await expect(page.getByTestId('due-at')).toHaveText(/lúc \d{2}:\d{2}$/);

  // Staff sign in from a link at the foot of the page.
  await page.getByRole('link', { name: 'Đăng nhập cán bộ' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('a signed-in clerk opening the portal sees it too, with the way to the workplace', async ({ page }) => {
  await signInByApi(page, 'motcua.x001');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Cổng dịch vụ công' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Đăng nhập cán bộ' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Vào trang làm việc' }).click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Bộ phận Một cửa' })).toBeVisible();
});

test('on a phone the public home fits the screen, in English too', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Cổng dịch vụ công' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Public service portal' })).toBeVisible();
  await page
    .getByRole('region', { name: 'When is my result due?' })
    .getByRole('status')
    .scrollIntoViewIfNeeded();
  await expect(page.getByRole('combobox', { name: 'Procedure' })).toBeVisible();
  expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(360);
  await page.waitForLoadState('networkidle');
  await expectNoSeriousViolations(page, 'public home on a phone (en)');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
});
