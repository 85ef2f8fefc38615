import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers';

const COMMUNE = { code: 'T60.XE2E', name: 'UBND xã Thử Nghiệm' };
const CLERK = { username: 'motcua.thunghiem', fullName: 'Trần Thị Thử', password: 'KiemThu2026moi' };

/** Picks an option of a Mantine Select by typing part of its label. */
async function choose(page: Page, label: string, search: string, option: string | RegExp) {
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

test('a system admin creates a commune and a clerk scoped to it, who then sees only that commune', async ({
  page,
}) => {
  await signIn(page, 'admin');

  // The commune, under the province, in force from today (the form's default).
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Cơ cấu tổ chức' })
    .click();
  await page.getByRole('button', { name: 'Tạo đơn vị' }).click();
  const unitDialog = page.getByRole('dialog', { name: 'Tạo đơn vị mới' });
  await unitDialog.getByLabel('Mã đơn vị').fill(COMMUNE.code);
  await unitDialog.getByLabel('Tên đơn vị').fill(COMMUNE.name);
  await choose(page, 'Đơn vị cấp trên', 'UBND tỉnh', /^UBND tỉnh .*\(T60\)$/);
  await unitDialog.getByRole('button', { name: 'Tạo mới' }).click();
  await expect(page.getByRole('status')).toContainText(`Đã tạo đơn vị ${COMMUNE.name}`);
  await expect(page.getByRole('treeitem', { name: new RegExp(COMMUNE.name) })).toBeVisible();
  await expect(page.getByRole('region', { name: COMMUNE.name })).toContainText(COMMUNE.code);

  // Its head signs its apologies and stop notices: a deputy chairman, KT. the chairman, TM. the committee.
  const signers = page.getByRole('region', { name: 'Người ký văn bản' });
  await expect(signers).toContainText('Chưa ghi người ký');
  await signers.getByRole('button', { name: 'Sửa người ký' }).click();
  const signersDialog = page.getByRole('dialog', { name: `Người ký văn bản — ${COMMUNE.name}` });
  await signersDialog.getByLabel('Chức danh thủ trưởng').fill('Chủ tịch');
  await signersDialog.getByLabel('Họ và tên thủ trưởng').fill('Phan Văn Thử');
  await signersDialog.getByLabel('Tập thể lãnh đạo (ký TM.)').fill('Ủy ban nhân dân');
  await signersDialog.getByLabel('Có người được giao ký thay thủ trưởng').check();
  await signersDialog.getByLabel('Chức danh người ký').fill('Phó Chủ tịch');
  await signersDialog.getByLabel('Họ và tên người ký').fill('Lý Thị Nghiệm');
  await signersDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(signers.getByRole('status')).toContainText('Đã lưu người ký');
  await expect(signers.getByTestId('signing-block')).toHaveText(
    /TM\. ỦY BAN NHÂN DÂN\s*KT\. CHỦ TỊCH\s*PHÓ CHỦ TỊCH\s*Lý Thị Nghiệm/,
  );

  // The clerk, working at the new commune.
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Người dùng' })
    .click();
  await page.getByRole('button', { name: 'Tạo người dùng' }).click();
  const userDialog = page.getByRole('dialog', { name: 'Tạo người dùng' });
  await userDialog.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(CLERK.username);
  await userDialog.getByLabel('Họ và tên').fill(CLERK.fullName);
  await userDialog.getByRole('textbox', { name: 'Mật khẩu ban đầu', exact: true }).fill(CLERK.password);
  await choose(page, 'Đơn vị công tác', 'Thử Nghiệm', `${COMMUNE.name} (${COMMUNE.code})`);
  // The first role row starts as clerk, at the home unit once one is chosen.
  await expect(userDialog.getByRole('combobox', { name: 'Vai trò', exact: true })).toHaveValue(
    'Công chức Bộ phận Một cửa',
  );
  await expect(userDialog.getByRole('combobox', { name: 'Tại đơn vị', exact: true })).toHaveValue(
    `${COMMUNE.name} (${COMMUNE.code})`,
  );
  await userDialog.getByRole('button', { name: 'Tạo mới' }).click();
  await expect(page.getByRole('status')).toContainText(`Đã tạo người dùng ${CLERK.username}`);
  await page.getByLabel('Tìm theo tên đăng nhập hoặc họ tên').fill(CLERK.username);
  await expect(page.getByRole('table', { name: 'Danh sách người dùng' }).getByRole('row')).toHaveCount(2);

  // Sign out from the header menu, then sign in as the new clerk.
  await page.getByRole('button', { name: /Menu tài khoản/ }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, CLERK.username, CLERK.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Bộ phận Một cửa' })).toBeVisible();
  await expect(page.getByTestId('my-roles')).toContainText(`Công chức Bộ phận Một cửa — ${COMMUNE.name}`);

  await page.getByRole('link', { name: 'Cơ cấu tổ chức' }).first().click();
  const tree = page.getByRole('tree', { name: 'Cây đơn vị' });
  await expect(tree.getByRole('treeitem')).toHaveCount(1);
  await expect(tree.getByRole('treeitem')).toContainText(COMMUNE.name);
  await expect(page.getByRole('button', { name: 'Tạo đơn vị' })).toHaveCount(0);
  // Even with closed units shown, nothing outside the commune appears.
  await page.getByLabel('Hiện cả đơn vị đã ngừng hoạt động').check();
  await expect(tree.getByRole('treeitem')).toHaveCount(1);
});
