import { type Browser, expect, type Page, test } from '@playwright/test';
import { signInByApi } from './helpers';

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
