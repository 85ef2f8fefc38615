import { type Browser, expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers';

interface OpenStepOffer {
  readonly stepId: string;
  readonly role: string;
  readonly canAssign: boolean;
  readonly candidates: readonly { id: string; name: string }[];
}

/** A page signed in as `username` in a browser context of its own. */
async function pageAs(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

/** An overdue dossier nobody has yet whose open step is an officer's the head may assign. */
async function overdueUnassignedOfficerStep(page: Page) {
  const list = await page.request.get('/api/dossiers?view=all&due=overdue&assignee=none&limit=50');
  expect(list.status()).toBe(200);
  const { items } = (await list.json()) as { items: { dossierId: string; code: string }[] };
  for (const item of items) {
    const offer = await page.request.get(`/api/dossiers/${item.dossierId}/assignments`);
    const { steps } = (await offer.json()) as { steps: OpenStepOffer[] };
    const step = steps.find((s) => s.role === 'officer' && s.canAssign);
    if (step) return { code: item.code, step };
  }
  throw new Error('the demo has no overdue, unassigned officer step at commune X001');
}

test('a head assigns an overdue dossier to an officer, who finds it in “Việc của tôi”; the filters stay in the address', async ({
  browser,
}) => {
  // Two people's browsers and a dozen pages on a shared machine.
  test.setTimeout(90_000);
  const head = await pageAs(browser, 'lanhdao.x001');
  const officer = await pageAs(browser, 'chuyenvien.x001');
  const officerName = (
    (await (await officer.request.get('/api/auth/session')).json()) as { user: { fullName: string } }
  ).user.fullName;
  const { code } = await overdueUnassignedOfficerStep(head);

  // The head's list of overdue dossiers nobody has yet, kept in the address through a reload.
  await head.goto('/dossiers?view=all&due=overdue&assignee=none');
  const filters = head.getByRole('group', { name: 'Lọc danh sách hồ sơ' });
  await expect(filters.getByRole('combobox', { name: 'Hạn hồ sơ' })).toHaveValue('Quá hạn');
  await head.reload();
  await expect(head).toHaveURL(/due=overdue/);
  await expect(filters.getByRole('combobox', { name: 'Người xử lý' })).toHaveValue('Chưa phân công');
  const table = head.getByTestId('inbox');
  await expect(table.getByRole('link', { name: code })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: code })).toContainText('Chưa phân công');

  await table.getByRole('link', { name: code }).click();
  const panel = head.getByRole('region', { name: 'Phân công xử lý' });
  await panel.getByRole('button', { name: 'Phân công' }).click();
  const dialog = head.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Người xử lý' }).click();
  await head.getByRole('option', { name: officerName }).click();
  await dialog.getByRole('button', { name: 'Phân công' }).click();
  await expect(panel.getByRole('status')).toContainText(`Đã phân công cho ${officerName}`);
  await expect(panel.getByTestId('assignment-history')).toContainText(`giao cho ${officerName}`);
  await expect(head.getByTestId('timeline')).toContainText('Phân công xử lý');

  // The officer's own list has it, marked as theirs, with both due times.
  await officer.goto(`/dossiers?q=${encodeURIComponent(code)}`);
  const row = officer.getByTestId('inbox').getByRole('row').filter({ hasText: code });
  await expect(row).toContainText(`Người xử lý: ${officerName}`);
  await expect(row).toContainText('Quá hạn');
  await expect(officer.getByRole('columnheader', { name: 'Hạn bước' })).toBeVisible();
  await expect(officer.getByRole('columnheader', { name: 'Hạn hồ sơ' })).toBeVisible();

  // And it has left the head's list of unassigned ones.
  await head.goto(`/dossiers?view=all&due=overdue&assignee=none&q=${encodeURIComponent(code)}`);
  await expect(head.getByText('Không có hồ sơ nào trong danh sách này.')).toBeVisible();
});
