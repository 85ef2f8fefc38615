import { type Browser, expect, type Page, test } from '@playwright/test';
import { PERSONAL_ID, PHONE, signInByApi } from './helpers';

/** A page signed in as `username` in a context of its own. */
async function pageAs(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInByApi(page, username);
  return page;
}

test('a commune clerk confirms a provincial procedure explicitly; Enter alone does not receive it', async ({
  browser,
}) => {
  const clerk = await pageAs(browser, 'motcua.x001');
  await clerk.goto('/desk/intake');
  const search = clerk.getByRole('combobox', { name: 'Tìm thủ tục' });
  await expect(search).toBeFocused();
  await search.pressSequentially('ly lich tu phap');
  const first = clerk.getByRole('option').first();
  await expect(first).toContainText('Cấp Phiếu lý lịch tư pháp');
  await expect(first).toContainText('Khác cấp của Bộ phận');
  await clerk.keyboard.press('Enter');
  const dialog = clerk.getByRole('dialog', { name: 'Thủ tục không thuộc cấp của Bộ phận này' });
  await expect(dialog).toContainText('Cấp tỉnh');
  await expect(clerk.getByTestId('chosen-procedure')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Tiếp nhận không theo địa giới' }).click();
  await expect(clerk.getByTestId('chosen-procedure')).toContainText('Cấp Phiếu lý lịch tư pháp');

  // The confirmation travels with the receipt (the API refuses it otherwise), and the dossier keeps it.
  await clerk.keyboard.type('Lê Văn Cường');
  await clerk.getByRole('textbox', { name: 'Số định danh cá nhân' }).fill(PERSONAL_ID);
  await clerk.getByRole('textbox', { name: 'Số điện thoại' }).fill(PHONE);
  await clerk.getByRole('button', { name: 'Đánh dấu đã nộp đủ' }).click();
  const answered = clerk.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/dossiers',
  );
  await clerk.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
  const answer = await answered;
  expect(answer.request().postDataJSON()).toMatchObject({ otherLevelConfirmed: true });
  expect(answer.status()).toBe(201);
  await expect(clerk.getByRole('status').filter({ hasText: 'Đã tiếp nhận hồ sơ' })).toBeVisible();
  await clerk.goto(`/dossiers/${(await answer.json()).id}`);
  await expect(clerk.getByTestId('timeline')).toContainText(
    'Tiếp nhận không theo cấp (đã xác nhận): thủ tục cấp tỉnh',
  );
  const badge = clerk.getByTestId('other-level-badge');
  await expect(badge).toHaveText('Tiếp nhận không theo cấp');
  await badge.focus();
  await expect(clerk.getByRole('tooltip')).toContainText('không thuộc cấp xã của Bộ phận tiếp nhận');
});

test('a clerk cannot apologise for an online dossier not yet received', async ({ browser }) => {
  const clerk = await pageAs(browser, 'motcua.x001');
  await clerk.goto('/dossiers');
  await clerk.getByRole('tab', { name: 'Chờ tiếp nhận trực tuyến' }).click();
  await clerk.getByRole('table').getByRole('link').first().click();
  await expect(clerk.getByTestId('state-badge').first()).toHaveText('Chờ tiếp nhận');
  const actions = clerk.getByTestId('dossier-actions');
  await expect(actions.getByRole('button', { name: 'Tiếp nhận' })).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Xin lỗi, hẹn lại' })).toHaveCount(0);
});
