import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoSeriousViolations, signInByApi, todayInProvince } from './helpers';

async function pageAs(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByApi(page, username);
  return page;
}

const BANDS = /^(Xuất sắc|Tốt|Khá|Trung bình|Yếu)$/;

/** A PDF as small as the server's content check accepts (it reads the magic bytes). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('a department self-scores with evidence and submits; the council appraises and returns a criterion; the department answers; the rankings show it', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const year = Number(todayInProvince().slice(0, 4));
  const roundTitle = `Chỉ số CCHC năm ${year} — sở, ban, ngành`;
  const department = await pageAs(browser, 'chuyenvien.tuphap');
  const council = await pageAs(browser, 'cchc');
  const leader = await pageAs(browser, 'lanhdao');

  // The Department of Justice opens this year's round and its own sheet.
  await department.goto('/cchc/scoring');
  await department.getByRole('link', { name: roundTitle }).click();
  await expect(department.getByRole('heading', { level: 1, name: roundTitle })).toBeVisible();
  await department.getByTestId('ranking').getByRole('link', { name: 'Sở Tư pháp' }).click();
  await expect(
    department.getByRole('heading', { level: 1, name: 'Phiếu chấm điểm — Sở Tư pháp' }),
  ).toBeVisible();
  await expect(department.getByTestId('submitted')).toHaveText('Đơn vị chưa gửi Hội đồng thẩm định.');
  await expectNoSeriousViolations(department, 'score sheet of the unit (vi)');

  // A score above the criterion's maximum is refused, in Vietnamese, beside the score.
  const planIssued = department.getByTestId('leaf-1.1.1');
  await planIssued.getByLabel('Điểm tự chấm').fill('2');
  await planIssued.getByLabel('Trang/mục trong tài liệu kiểm chứng').fill('Kế hoạch số 15/KH-STP, trang 1–3');
  await planIssued.getByRole('button', { name: 'Lưu tiêu chí 1.1.1' }).click();
  await expect(planIssued.getByText('Điểm của 1.1.1 vượt điểm tối đa 1')).toBeVisible();
  await planIssued.getByLabel('Điểm tự chấm').fill('1');
  await planIssued.getByRole('button', { name: 'Lưu tiêu chí 1.1.1' }).click();
  await expect(planIssued.getByRole('status')).toHaveText('Đã lưu.');
  // …and attaches the plan itself as evidence.
  await planIssued
    .locator('input[type="file"]')
    .setInputFiles({ name: 'ke-hoach-cchc-2026.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(planIssued.getByRole('link', { name: 'ke-hoach-cchc-2026.pdf' })).toBeVisible();

  // A criterion the system measures: the unit's own share of tasks done, and the score it earns,
  // pre-filled; the figure is the evidence. The unit keeps a score of its own choosing.
  const planDone = department.getByTestId('leaf-1.1.2');
  await expect(planDone.getByTestId('measured')).toContainText('Số liệu của đơn vị');
  await expect(planDone.getByTestId('suggested')).toContainText('Điền sẵn theo số liệu hệ thống');
  await expect(planDone.getByLabel('Điểm tự chấm')).not.toHaveValue('');
  await planDone.getByLabel('Điểm tự chấm').fill('2,5');
  await planDone.getByRole('button', { name: 'Lưu tiêu chí 1.1.2' }).click();
  await expect(planDone.getByRole('status')).toHaveText('Đã lưu.');

  // Without evidence, points need an explanation; with one, they are kept.
  const reporting = department.getByTestId('leaf-1.3.1');
  await reporting.getByLabel('Điểm tự chấm').fill('0,5');
  await reporting.getByRole('button', { name: 'Lưu tiêu chí 1.3.1' }).click();
  await expect(
    reporting.getByText('Tiêu chí 1.3.1 chưa có tài liệu kiểm chứng: cần giải trình'),
  ).toBeVisible();
  await reporting.getByLabel('Giải trình').fill('Chậm báo cáo quý II; các báo cáo khác đúng hạn.');
  await reporting.getByRole('button', { name: 'Lưu tiêu chí 1.3.1' }).click();
  await expect(reporting.getByRole('status')).toHaveText('Đã lưu.');

  // A criterion that does not apply to the department, with the reason.
  const inspections = department.getByTestId('leaf-1.2.1');
  await inspections.getByLabel('Không áp dụng').check();
  await inspections.getByLabel('Giải trình').fill('Sở không có cơ quan, đơn vị trực thuộc.');
  await inspections.getByRole('button', { name: 'Lưu tiêu chí 1.2.1' }).click();
  await expect(inspections.getByRole('status')).toHaveText('Đã lưu.');
  await expect(department.getByTestId('total-self')).not.toHaveText('0/100');

  // It sends the self-assessment to the council; its scores are then fixed.
  await department.getByTestId('submit-sheet').click();
  await department.getByTestId('submit-sheet-confirm').click();
  await expect(department.getByTestId('submitted')).toContainText('Đơn vị đã gửi Hội đồng thẩm định lúc');
  await expect(department.getByTestId('submit-sheet')).toBeHidden();
  await expect(planIssued.getByTestId('self-score-view')).toHaveText('Điểm tự chấm: 1/1');
  await expect(inspections.getByTestId('self-score-view')).toHaveText('Điểm tự chấm: Không áp dụng');

  // The PAR officer, on the council, sees the department's self-score in the ranking.
  await council.goto('/cchc/scoring');
  await council.getByRole('link', { name: roundTitle }).click();
  const justiceRow = council.getByTestId('ranking-row').filter({ hasText: 'Sở Tư pháp' });
  await expect(justiceRow.getByTestId('self-total')).not.toHaveText('0');
  await expect(justiceRow).toContainText('Đã gửi Hội đồng');
  await expect(justiceRow).toContainText('Tự chấm 4/37');
  await expectNoSeriousViolations(council, 'round ranking (vi)');

  // It appraises one criterion lower, with a comment, and returns another for explanation.
  await justiceRow.getByRole('link', { name: 'Sở Tư pháp' }).click();
  await expect(
    council.getByRole('heading', { level: 1, name: 'Phiếu chấm điểm — Sở Tư pháp' }),
  ).toBeVisible();
  const appraised = council.getByTestId('leaf-1.1.2');
  await expect(appraised.getByTestId('self-score-view')).toHaveText('Điểm tự chấm: 2,5/3');
  await appraised.getByLabel('Điểm thẩm định').fill('2');
  await appraised.getByLabel('Nhận xét của Hội đồng').fill('Chưa có biên bản chứng minh tỷ lệ hoàn thành.');
  await appraised.getByRole('button', { name: 'Lưu tiêu chí 1.1.2' }).click();
  await expect(appraised.getByRole('status')).toHaveText('Đã lưu.');
  const questioned = council.getByTestId('leaf-1.1.1');
  await questioned.getByRole('button', { name: 'Trả lại để giải trình' }).click();
  await questioned
    .getByLabel('Nội dung yêu cầu giải trình')
    .fill('Đề nghị cung cấp văn bản ban hành kế hoạch có ngày ký.');
  await questioned.getByRole('button', { name: 'Trả lại', exact: true }).click();
  await expect(questioned.getByTestId('returned')).toContainText('Đề nghị cung cấp văn bản ban hành');
  await expect(questioned.getByRole('button', { name: 'Trả lại để giải trình' })).toBeHidden();
  await expectNoSeriousViolations(council, 'score sheet of the council (vi)');

  // The department sees the return and answers it.
  await department.reload();
  await expect(department.getByTestId('returned-count')).toHaveText(
    'Hội đồng trả lại 1 tiêu chí để giải trình.',
  );
  const answer = department.getByTestId('leaf-1.1.1').getByTestId('answer-form');
  await answer
    .getByLabel('Nội dung giải trình')
    .fill('Kế hoạch số 15/KH-STP ký ngày 10/01, đúng thời hạn UBND tỉnh yêu cầu.');
  await answer.getByLabel('Trang/mục trong tài liệu kiểm chứng').fill('Trang 1, phần ký ban hành');
  // The signed copy replaces the draft attached before: added, then the old file deleted, here.
  await answer
    .locator('input[type="file"]')
    .setInputFiles({ name: 'ke-hoach-da-ky.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(answer.getByRole('link', { name: 'ke-hoach-da-ky.pdf' })).toBeVisible();
  await answer.getByRole('button', { name: 'Xóa tài liệu ke-hoach-cchc-2026.pdf' }).click();
  await department.getByTestId('evidence-delete-confirm').click();
  await expect(answer.getByRole('link', { name: 'ke-hoach-cchc-2026.pdf' })).toBeHidden();
  await expect(answer.getByRole('link', { name: 'ke-hoach-da-ky.pdf' })).toBeVisible();
  await answer.getByRole('button', { name: 'Gửi giải trình' }).click();
  await expect(department.getByTestId('leaf-1.1.1').getByTestId('returned')).toContainText(
    'Đơn vị đã giải trình lúc',
  );
  await expect(department.getByTestId('returned-count')).toBeHidden();

  // The council's ranking shows the department with its rank and band, nothing awaiting.
  await council.getByRole('link', { name: 'Bảng xếp hạng' }).click();
  await expect(justiceRow.getByTestId('rank')).toHaveText(/^\d+$/);
  await expect(justiceRow.getByTestId('band')).toHaveText(BANDS);
  await expect(justiceRow).toContainText('Thẩm định 1/37');
  await expect(justiceRow).not.toContainText('Chờ giải trình');

  // The leader reads last year's published ranking with its bands.
  await leader.goto('/cchc/scoring');
  const lastRound = `Chỉ số CCHC năm ${year - 1} — sở, ban, ngành`;
  await leader.getByRole('link', { name: lastRound }).click();
  await expect(leader.getByRole('heading', { level: 1, name: lastRound })).toBeVisible();
  await expect(leader.getByTestId('round-stage')).toHaveText('Đã công bố');
  await expect(leader.getByTestId('provisional')).toBeHidden();
  const rows = leader.getByTestId('ranking-row');
  await expect(rows.first().getByTestId('rank')).toHaveText('1');
  await expect(rows.first().getByTestId('band')).toHaveText('Xuất sắc');
  expect(await rows.count()).toBeGreaterThan(10);
  for (const band of await rows.getByTestId('band').allInnerTexts()) expect(band).toMatch(BANDS);

  // In English, the round and the sheet pass the same checks.
  await council.getByRole('button', { name: 'English' }).click();
  await expect(council.getByRole('heading', { level: 2, name: 'Ranking' })).toBeVisible();
  await expectNoSeriousViolations(council, 'round ranking (en)');
  await justiceRow.getByRole('link', { name: 'Sở Tư pháp' }).click();
  await expect(council.getByRole('heading', { level: 1, name: 'Score sheet — Sở Tư pháp' })).toBeVisible();
  await expectNoSeriousViolations(council, 'score sheet of the council (en)');
});
