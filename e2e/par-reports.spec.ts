import { readFileSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoSeriousViolations, signInByApi, todayInProvince } from './helpers';

async function pageAs(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByApi(page, username);
  return page;
}

/** The round being written now: the demo opens the one of the period that ends this quarter. */
function openRoundTitle(): string {
  const today = todayInProvince();
  const year = today.slice(0, 4);
  const month = Number(today.slice(5, 7));
  const period =
    month <= 3
      ? `quý I năm ${year}`
      : month <= 6
        ? `6 tháng đầu năm ${year}`
        : month <= 9
          ? `9 tháng năm ${year}`
          : `năm ${year}`;
  return `Báo cáo công tác cải cách hành chính ${period}`;
}

async function openRound(page: Page): Promise<void> {
  await page.goto('/cchc/reports');
  await page.getByRole('link', { name: openRoundTitle(), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: openRoundTitle() })).toBeVisible();
}

test('the Department of Justice writes and sends its report; the PAR officer sees it, writes the province’s part and downloads the .docx', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const justice = await pageAs(browser, 'chuyenvien.tuphap');
  const cchc = await pageAs(browser, 'cchc');

  // The department sees its own unit only, and opens its report.
  await openRound(justice);
  await expect(justice.getByTestId('report-unit-row')).toHaveCount(1);
  await justice.getByRole('link', { name: 'Sở Tư pháp', exact: true }).click();
  await expect(justice.getByRole('heading', { level: 1, name: /^Sở Tư pháp — / })).toBeVisible();
  await expect(justice.getByTestId('computed-figures')).toContainText('Số liệu hệ thống tự tổng hợp');
  await expectNoSeriousViolations(justice, 'a unit’s report (vi)');

  // It fills two sections, saving each.
  for (const [code, text] of [
    ['institutions', 'Sở Tư pháp đã thẩm định 24 dự thảo văn bản quy phạm pháp luật trong kỳ.'],
    ['procedures', 'Đã rà soát, đề xuất đơn giản hóa 6 thủ tục hành chính lĩnh vực hộ tịch.'],
  ] as const) {
    const section = justice.getByTestId(`section-${code}`);
    await section.getByRole('textbox').fill(text);
    await expect(section.getByTestId('section-state')).toContainText('Chưa lưu');
    await section.getByTestId('save-section').click();
    await expect(section.getByTestId('section-state')).toContainText('Đã lưu');
  }
  await justice.getByTestId('submit-report').click();
  await justice.getByTestId('submit-report-confirm').click();
  await expect(justice.getByTestId('unit-sent')).toContainText('Đã gửi lúc');
  await expect(justice.getByTestId('submission-status')).toHaveText('Đã gửi đúng hạn');
  await expect(justice.getByTestId('section-procedures').getByRole('textbox')).toHaveCount(0);

  // The PAR officer sees it sent, and writes a section of the province's consolidated report.
  await openRound(cchc);
  const row = cchc.getByTestId('report-unit-row').filter({ hasText: 'Sở Tư pháp' });
  await expect(row).toHaveAttribute('data-status', 'on_time');
  await expect(row.getByTestId('submission-status')).toHaveText('Đã gửi đúng hạn');
  await expectNoSeriousViolations(cchc, 'a report round (vi)');
  await cchc.getByTestId('open-province-report').click();
  await expect(cchc.getByRole('heading', { level: 1, name: /^Báo cáo tổng hợp — / })).toBeVisible();
  const organisation = cchc.getByTestId('section-organisation');
  await organisation
    .getByRole('textbox')
    .fill('Hoàn thành kiện toàn tổ chức bộ máy của 20 sở, ngành sau sắp xếp.');
  await organisation.getByTestId('save-section').click();
  await expect(organisation.getByTestId('section-state')).toContainText('Đã lưu');

  // And downloads the consolidated report.
  await cchc.getByRole('link', { name: 'Về đợt báo cáo' }).click();
  const [download] = await Promise.all([
    cchc.waitForEvent('download'),
    cchc.getByTestId('download-docx').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^bao-cao-cchc-\d{4}-(Q[1-4]|H1|M9|Y)\.docx$/);
  const bytes = readFileSync((await download.path()) ?? '');
  expect(bytes.length).toBeGreaterThan(5_000);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
});

test('two people editing one section: the second sees the first one’s text, keeps theirs, merges and saves', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const first = await pageAs(browser, 'cchc');
  const second = await pageAs(browser, 'cchc');
  for (const page of [first, second]) {
    await openRound(page);
    await page.getByTestId('open-province-report').click();
    await expect(page.getByTestId('section-civil_service')).toBeVisible();
  }
  const theirs = 'Tổ chức 03 lớp bồi dưỡng nghiệp vụ cho công chức cấp xã.';
  const mine = 'Thực hiện nghiêm kỷ luật, kỷ cương hành chính.';
  const firstSection = first.getByTestId('section-civil_service');
  await firstSection.getByRole('textbox').fill(theirs);
  await firstSection.getByTestId('save-section').click();
  await expect(firstSection.getByTestId('section-state')).toContainText('Đã lưu');

  const secondSection = second.getByTestId('section-civil_service');
  await secondSection.getByRole('textbox').fill(mine);
  await secondSection.getByTestId('save-section').click();
  const conflict = secondSection.getByTestId('section-conflict');
  await expect(conflict).toContainText('Mục này vừa được người khác sửa');
  await expect(conflict).toContainText('V. Cải cách chế độ công vụ');
  await expect(secondSection.getByTestId('section-conflict-theirs')).toHaveText(theirs);
  await expect(secondSection.getByRole('textbox')).toHaveValue(mine);
  await expectNoSeriousViolations(second, 'a section in conflict (vi)');

  await secondSection.getByRole('button', { name: 'Chèn nội dung hiện tại vào cuối' }).click();
  await expect(secondSection.getByRole('textbox')).toHaveValue(`${mine}\n${theirs}`);
  await secondSection.getByTestId('save-section').click();
  await expect(secondSection.getByTestId('section-state')).toContainText('Đã lưu');
  await expect(conflict).toBeHidden();

  // In English, the report and the round pass the same checks.
  await second.getByRole('button', { name: 'English' }).click();
  await expect(second.getByRole('heading', { level: 1, name: /^Consolidated report — / })).toBeVisible();
  await expect(second.getByTestId('computed-figures')).toContainText('Figures computed by the system');
  await expectNoSeriousViolations(second, 'the consolidated report (en)');
  await second.getByRole('link', { name: 'Back to the round' }).click();
  await expect(second.getByTestId('late-or-missing')).toBeVisible();
  await expectNoSeriousViolations(second, 'a report round (en)');
  await second.goto('/cchc/reports');
  await expect(second.getByTestId('report-round-row').first()).toBeVisible();
  await expectNoSeriousViolations(second, 'the report rounds (en)');
});
