import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoSeriousViolations, signInByApi, todayInProvince } from './helpers';

async function pageAs(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByApi(page, username);
  return page;
}

/** A PDF as small as the server's content check accepts (it reads the magic bytes). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('the PAR officer starts next year’s round from this year’s, moves points between two criteria and lowers a band, and sees the totals', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const year = Number(todayInProvince().slice(0, 4));
  const officer = await pageAs(browser, 'cchc');

  await officer.goto('/cchc/scoring');
  await officer.getByTestId('new-round').click();
  const form = officer.getByRole('form', { name: 'Tạo đợt chấm điểm' });
  await form.getByLabel('Năm đánh giá').fill(String(year + 1));
  // This year's round of the departments is offered, and chosen, as the one to copy.
  await expect(form.getByTestId('round-source')).toHaveValue(
    `Sao chép: Chỉ số CCHC năm ${year} — sở, ban, ngành`,
  );
  await form.getByLabel('Mở tự chấm từ ngày').fill(`${year + 2}-01-05`);
  await form.getByLabel('Hạn tự chấm').fill(`${year + 2}-02-05`);
  await form.getByTestId('create-round-submit').click();

  // Not yet open: the editor opens on the copied tree, its areas adding up to 100.
  await expect(officer.getByRole('heading', { level: 1, name: 'Bộ tiêu chí và mức xếp loại' })).toBeVisible();
  await expect(officer.getByTestId('areas-total')).toHaveText('Tổng các lĩnh vực: 100/100 điểm');
  await expectNoSeriousViolations(officer, 'criteria editor (vi)');

  // Half a point more on 1.3.1: its parent no longer adds up, and saving waits.
  await officer.getByRole('button', { name: 'Sửa tiêu chí 1.3.1' }).click();
  const drawer = officer.getByRole('dialog', { name: 'Sửa tiêu chí 1.3.1' });
  await drawer.getByLabel('Điểm tối đa').fill('1,5');
  await drawer.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(officer.getByTestId('criterion-1.3.1').getByTestId('max')).toHaveText('1,5');
  await expect(officer.getByTestId('criterion-1.3').getByTestId('children-sum')).toHaveText('Tổng con: 2,5');
  await expect(officer.getByTestId('setup-problems')).toContainText(
    'Điểm tối đa của 1.3 (2) khác tổng các tiêu chí con (2,5)',
  );
  await expect(officer.getByTestId('criteria-save')).toBeDisabled();

  // …taken from 1.3.2, and everything adds up again.
  await officer.getByRole('button', { name: 'Sửa tiêu chí 1.3.2' }).click();
  const second = officer.getByRole('dialog', { name: 'Sửa tiêu chí 1.3.2' });
  await second.getByLabel('Điểm tối đa').fill('0,5');
  await second.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(officer.getByTestId('setup-problems')).toHaveCount(0);
  await expect(officer.getByTestId('areas-total')).toHaveText('Tổng các lĩnh vực: 100/100 điểm');

  // Khá from 65 instead of 70; the ranges follow.
  await officer.getByTestId('band-min-2').fill('65');
  await expect(officer.getByText('từ 65 đến dưới 80')).toBeVisible();
  await expect(officer.getByText('từ 50 đến dưới 65')).toBeVisible();
  await officer.getByTestId('criteria-save').click();
  await expect(officer.getByText('Đã lưu bộ tiêu chí và mức xếp loại.')).toBeVisible();
  await expect(officer.getByTestId('criterion-1.3.2').getByTestId('max')).toHaveText('0,5');

  // The round shows the new band, and its scale is still 100 points.
  await officer.getByRole('link', { name: `Chỉ số CCHC năm ${year + 1} — sở, ban, ngành` }).click();
  await expect(officer.getByTestId('bands')).toContainText('từ 65 điểm');
  await expect(officer.getByText('Thang điểm: 100 điểm')).toBeVisible();

  // In English too, the totals read the same.
  await officer.getByTestId('edit-criteria').click();
  await officer.getByRole('button', { name: 'English' }).click();
  await expect(officer.getByTestId('areas-total')).toHaveText('Areas add up to 100/100 points');

  // On a 360 px phone the tree fits the screen: the rarer actions fold into a menu per row.
  await officer.setViewportSize({ width: 360, height: 780 });
  const tree = officer.getByTestId('criteria-tree');
  await expect(tree.getByRole('columnheader', { name: 'Code' })).toHaveCount(0);
  const scroller = officer.locator('.mantine-ScrollArea-viewport', { has: tree });
  expect(await scroller.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(1);
  await officer.getByRole('button', { name: 'More actions on criterion 1.3.2' }).click();
  await officer.getByRole('menuitem', { name: 'Move 1.3.2 up' }).click();
  const rows = tree.locator('tbody tr');
  await expect(rows.filter({ hasText: '1.3.2' })).toBeVisible();
  const order = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-testid')));
  expect(order.indexOf('criterion-1.3.2')).toBeLessThan(order.indexOf('criterion-1.3.1'));
});

test('a department deletes an evidence file it uploaded, after confirming', async ({ browser }) => {
  test.setTimeout(90_000);
  const year = Number(todayInProvince().slice(0, 4));
  const department = await pageAs(browser, 'chuyenvien.tuphap');
  await department.goto('/cchc/scoring');
  await department.getByRole('link', { name: `Chỉ số CCHC năm ${year} — sở, ban, ngành` }).click();
  await department.getByTestId('ranking').getByRole('link', { name: 'Sở Tư pháp' }).click();

  const leaf = department.getByTestId('leaf-1.2.2');
  await leaf
    .locator('input[type="file"]')
    .setInputFiles({ name: 'lay-y-kien.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(leaf.getByRole('link', { name: 'lay-y-kien.pdf' })).toBeVisible();

  await leaf.getByRole('button', { name: 'Xóa tài liệu lay-y-kien.pdf' }).click();
  const confirm = department.getByRole('dialog', { name: 'Xóa tài liệu' });
  await expect(confirm).toContainText('Xóa tài liệu kiểm chứng lay-y-kien.pdf? Không thể hoàn tác.');
  await confirm.getByRole('button', { name: 'Hủy' }).click();
  await expect(leaf.getByRole('link', { name: 'lay-y-kien.pdf' })).toBeVisible();

  await leaf.getByRole('button', { name: 'Xóa tài liệu lay-y-kien.pdf' }).click();
  await department.getByTestId('evidence-delete-confirm').click();
  await expect(leaf.getByRole('link', { name: 'lay-y-kien.pdf' })).toHaveCount(0);
  await expect(leaf.getByText('Chưa có tài liệu kiểm chứng.')).toBeVisible();
});
