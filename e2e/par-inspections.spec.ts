import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoSeriousViolations, signInByApi, todayInProvince } from './helpers';

async function pageAs(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByApi(page, username);
  return page;
}

test('a PAR officer records an inspection with a finding for Sở Tư pháp; the department reports it remedied; the leader sees coverage and overdue remedies', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const year = Number(todayInProvince().slice(0, 4));
  const cchc = await pageAs(browser, 'cchc');
  const department = await pageAs(browser, 'chuyenvien.tuphap');
  const leader = await pageAs(browser, 'lanhdao');
  const finding = `Chưa thống nhất mẫu giấy tờ chứng thực ${Date.now()}`;

  // The PAR officer opens this year's plan: coverage per level against 30 %, the inspections.
  await cchc.goto('/cchc/inspections');
  await expect(
    cchc.getByRole('heading', { level: 1, name: 'Kiểm tra công tác cải cách hành chính' }),
  ).toBeVisible();
  await cchc.getByRole('link', { name: `Kế hoạch kiểm tra công tác CCHC năm ${year}` }).click();
  await expect(
    cchc.getByRole('heading', { level: 1, name: `Kế hoạch kiểm tra công tác CCHC năm ${year}` }),
  ).toBeVisible();
  await expect(cchc.getByTestId('coverage-department-planned')).toHaveAttribute('data-met', 'true');
  await expectNoSeriousViolations(cchc, 'inspection plan (vi)');

  // It records an inspection not yet carried out, with one finding whose remedy Sở Tư pháp owns.
  const row = cchc
    .getByTestId('inspection-row')
    .filter({ has: cchc.getByTestId('record-inspection') })
    .first();
  const unitName = await row.locator('td').first().locator('p').first().innerText();
  await row.getByTestId('record-inspection').click();
  const dialog = cchc.getByRole('dialog');
  await expect(dialog).toContainText(unitName);
  await dialog.getByLabel('Số biên bản').fill('99/BB-ĐKT');
  await dialog.getByLabel('Kết luận kiểm tra').fill('Cơ bản thực hiện tốt; còn một tồn tại cần khắc phục.');
  await dialog.getByTestId('add-finding').click();
  await dialog.getByLabel('Nội dung tồn tại').fill(finding);
  await dialog.getByLabel('Yêu cầu khắc phục').fill('Sở Tư pháp ban hành hướng dẫn thống nhất');
  await dialog.getByRole('combobox', { name: 'Đơn vị chịu trách nhiệm khắc phục' }).fill('Sở Tư pháp');
  await cchc.getByRole('option', { name: 'Sở Tư pháp', exact: true }).click();
  await dialog.getByTestId('record-submit').click();
  await expect(dialog).toBeHidden();
  const recorded = cchc.getByTestId('findings').getByTestId('finding-row').filter({ hasText: finding });
  await expect(recorded).toContainText('Sở Tư pháp');
  await expect(recorded).toContainText(unitName);
  await expect(recorded.getByTestId('remedy-status')).toBeVisible();

  // The department finds it among its own findings, reports progress, then reports it remedied.
  await department.goto('/cchc/inspections/findings');
  const own = department.getByTestId('finding-row').filter({ hasText: finding });
  await expect(own).toBeVisible();
  await expectNoSeriousViolations(department, 'own findings (vi)');
  await own.getByTestId('finding-progress').click();
  await department
    .getByRole('dialog')
    .getByLabel('Nội dung đã thực hiện')
    .fill('Đã dự thảo văn bản hướng dẫn.');
  await department.getByTestId('finding-action-submit').click();
  await expect(own.getByTestId('finding-note')).toHaveText('Đã dự thảo văn bản hướng dẫn.');
  await own.getByTestId('finding-close').click();
  await department
    .getByRole('dialog')
    .getByLabel('Kết quả khắc phục')
    .fill('Đã ban hành Công văn hướng dẫn số 99/STP.');
  await department.getByTestId('finding-action-submit').click();
  await expect(own.getByTestId('remedy-status')).toHaveText('Đã khắc phục đúng hạn');
  await expect(own.getByTestId('finding-close')).toHaveCount(0);

  // The leader's board shows this year's coverage and the overdue remedies, Sở Tư pháp's among them.
  await leader.goto('/cchc');
  const board = leader.getByTestId('inspections-board');
  await expect(board.getByRole('heading', { name: `Kiểm tra công tác CCHC năm ${year}` })).toBeVisible();
  await expect(board.getByTestId('coverage-commune-planned')).toHaveAttribute('data-met', 'true');
  const overdue = board.getByTestId('board-overdue-remedies').getByTestId('finding-row');
  await expect(overdue.filter({ hasText: 'Sở Tư pháp' }).first()).toBeVisible();
  await expect(overdue.first().getByTestId('remedy-status')).toHaveText('Quá hạn khắc phục');
  await expectNoSeriousViolations(leader, 'board with inspections (vi)');

  await leader.getByRole('button', { name: 'English' }).click();
  await expect(board.getByRole('heading', { name: `PAR inspections in ${year}` })).toBeVisible();
  await expect(overdue.first().getByTestId('remedy-status')).toHaveText('Remedy overdue');
  await expectNoSeriousViolations(leader, 'board with inspections (en)');
  await cchc.goto('/cchc/inspections');
  await cchc.getByRole('button', { name: 'English' }).click();
  await expect(
    cchc.getByRole('heading', { level: 1, name: 'Administrative reform (PAR) inspections' }),
  ).toBeVisible();
  await expectNoSeriousViolations(cchc, 'inspection plans (en)');
});
