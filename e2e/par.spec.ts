import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoSeriousViolations, signInByApi, todayInProvince } from './helpers';

async function pageAs(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByApi(page, username);
  return page;
}

const count = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).innerText()).replace(/\D/g, ''));

test('a PAR officer imports a plan and assigns a task; the department reports progress; the leader’s board moves without a reload', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const year = Number(todayInProvince().slice(0, 4));
  const cchc = await pageAs(browser, 'cchc');
  const leader = await pageAs(browser, 'lanhdao');
  const department = await pageAs(browser, 'chuyenvien.tuphap');

  // The leader's board, open all along.
  await leader.goto('/cchc');
  await expect(
    leader.getByRole('heading', { level: 1, name: 'Theo dõi nhiệm vụ UBND tỉnh giao' }),
  ).toBeVisible();
  await expect(leader.getByTestId('board-overdue-list')).toBeVisible();
  const inProgressBefore = await count(leader, 'board-in_progress');
  await expectNoSeriousViolations(leader, 'task board (vi)');

  // The PAR officer records a plan and imports its appendix of targets.
  await cchc.goto('/cchc/plans');
  await cchc.getByTestId('new-plan').click();
  const dialog = cchc.getByRole('dialog');
  await dialog.getByLabel('Tên kế hoạch').fill('Kế hoạch kiểm thử CCHC');
  await dialog.getByLabel('Số ký hiệu').fill(`E2E-${Date.now()}/KH-UBND`);
  await dialog.getByLabel('Ngày ban hành').fill(`${year}-01-05`);
  await dialog.getByLabel('Người ký').fill('Chủ tịch UBND tỉnh');
  await dialog.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(dialog).toBeHidden();
  await cchc.getByRole('link', { name: 'Kế hoạch kiểm thử CCHC' }).click();
  await cchc.getByTestId('import-targets').click();
  const csv = [
    `stt,lead_agency,target,${year}`,
    '1,Sở Tư pháp,"100% văn bản QPPL ban hành đúng quy định",≥ 100 %',
    '2,Sở Nội vụ,Hoàn thành kiện toàn tổ chức bộ máy,Tháng 12',
  ].join('\n');
  await cchc
    .locator('input[type="file"]')
    .setInputFiles({ name: 'chi-tieu.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await cchc.getByRole('dialog').getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(cchc.getByRole('dialog')).toContainText('Đã nhập 2 chỉ tiêu.');
  await cchc.keyboard.press('Escape');
  await expect(cchc.getByTestId('target-row')).toHaveCount(2);
  // It links the first target to a metric from the keyboard: the row then shows it as a badge.
  const firstTarget = cchc.getByTestId('target-row').first();
  await firstTarget.getByRole('button', { name: 'Gắn chỉ số đo cho mục tiêu 1' }).focus();
  await cchc.keyboard.press('Enter');
  // The arrows once the menu is open with its metrics (pressed earlier, they would be lost).
  const metric = cchc.getByRole('menuitem', { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn (toàn tỉnh)' });
  await expect(metric).toBeVisible();
  await cchc.keyboard.press('ArrowDown');
  await cchc.keyboard.press('ArrowDown');
  await expect(metric).toBeFocused();
  await cchc.keyboard.press('Enter');
  await expect(firstTarget.getByTestId('target-metric')).toContainText(
    'Tỷ lệ hồ sơ giải quyết đúng hạn (toàn tỉnh)',
  );
  await expect(firstTarget.getByRole('button', { name: 'Đổi chỉ số đo cho mục tiêu 1' })).toBeVisible();
  await expectNoSeriousViolations(cchc, 'plan with its targets (vi)');

  // It assigns a task to the Department of Justice.
  await cchc.goto('/cchc/tasks');
  await cchc.getByTestId('assign-task').click();
  const assign = cchc.getByRole('dialog');
  const title = `Rà soát thủ tục lĩnh vực tư pháp ${Date.now()}`;
  await assign.getByLabel('Tên nhiệm vụ').fill(title);
  await assign.getByLabel('Văn bản giao').fill('Thông báo số 125/TB-UBND');
  await assign.getByRole('combobox', { name: 'Đơn vị chủ trì' }).fill('Sở Tư pháp');
  await cchc.getByRole('option', { name: 'Sở Tư pháp', exact: true }).click();
  const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await assign.getByLabel('Hạn hoàn thành').fill(due);
  await assign.getByLabel('Sản phẩm đầu ra').fill('Báo cáo rà soát');
  await assign.getByTestId('assign-task-submit').click();
  await expect(cchc.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // The department finds it among its own tasks and reports progress.
  await department.goto('/cchc/tasks?mine=true');
  await department.getByRole('link', { name: title }).click();
  await department.getByTestId('report-progress').click();
  await department.getByLabel('Tỷ lệ hoàn thành (%)').fill('50');
  await department.getByLabel('Nội dung đã thực hiện').fill('Đã rà soát một nửa số thủ tục.');
  await department.getByTestId('task-action-submit').click();
  await expect(department.getByTestId('task-progress')).toContainText('50');

  // The leader's board counted it, without a reload.
  await expect.poll(() => count(leader, 'board-in_progress'), { timeout: 5_000 }).toBe(inProgressBefore + 1);

  // In English, the board speaks English.
  await leader.getByRole('button', { name: 'English' }).click();
  await expect(
    leader.getByRole('heading', { level: 1, name: 'Tasks assigned by the People’s Committee' }),
  ).toBeVisible();
  await expectNoSeriousViolations(leader, 'task board (en)');
});

test('a department downloads its open tasks as Excel, writes the progress in it and imports it back', async ({
  browser,
}) => {
  const department = await pageAs(browser, 'chuyenvien.tuphap');
  await department.goto('/cchc/tasks');
  await department.getByTestId('progress-sheet').click();
  const dialog = department.getByRole('dialog');
  const download = department.waitForEvent('download');
  await dialog.getByTestId('progress-download').click();
  const file = await (await download).path();
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the progress sheet has a worksheet');
  expect(sheet.getRow(1).getCell(1).text).toBe('Mã nhiệm vụ');
  // The first open task: 55 %, with what was done.
  const row = sheet.getRow(2);
  const title = row.getCell(3).text;
  row.getCell(7).value = 55;
  row.getCell(8).value = 'Đã hoàn thành dự thảo, đang lấy ý kiến các sở';
  const filled = `${file}-filled.xlsx`;
  await workbook.xlsx.writeFile(filled);
  await department.locator('input[type="file"]').setInputFiles(filled);
  await dialog.getByRole('button', { name: 'Cập nhật' }).click();
  await expect(dialog.getByText(/Đã cập nhật tiến độ 1 nhiệm vụ/)).toBeVisible();
  await dialog
    .getByRole('button', { name: /Đóng|Close/ })
    .first()
    .click();
  await department.getByRole('link', { name: title }).first().click();
  await expect(department.getByText('Đã hoàn thành dự thảo, đang lấy ý kiến các sở').first()).toBeVisible();
  await expect(department.getByText('55%').first()).toBeVisible();
});
