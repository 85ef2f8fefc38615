import { type Browser, expect, type Page, test } from '@playwright/test';
import {
  expectNoSeriousViolations,
  PERSONAL_ID,
  PHONE,
  receiveBirthRegistration,
  reloadUntil,
  signIn,
  signInByApi,
} from './helpers';

/** A page signed in as `username` in a context of its own (each civil servant has their own browser). */
async function pageAs(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByApi(page, username);
  return page;
}

/** Opens a dossier from a work list by its code. */
async function openFromList(page: Page, tab: string, code: string) {
  await page.goto('/dossiers');
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('link', { name: code }).click();
  await expect(page.getByRole('heading', { level: 1, name: code })).toBeVisible();
}

const actions = (page: Page) => page.getByTestId('dossier-actions');

/** Opens an overdue demo dossier that may still be apologised for (the apology is given once). */
async function openApologisable(page: Page) {
  for (let i = 0; i < 6; i++) {
    await page.goto('/dossiers');
    await page.getByRole('tab', { name: 'Quá hạn' }).click();
    const links = page.getByRole('link', { name: /^T60\.X001-\d{6}-\d{4}$/ });
    await expect(links.first()).toBeVisible();
    if (i >= (await links.count())) break;
    await links.nth(i).click();
    await expect(actions(page)).toBeVisible();
    if ((await actions(page).getByRole('button', { name: 'Xin lỗi, hẹn lại' }).count()) > 0) return;
  }
  throw new Error('no overdue dossier left to apologise for');
}

test('a dossier received at the counter is forwarded, approved and returned, and its applicant sees “Đã trả kết quả”', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'motcua.x001');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Tiếp nhận hồ sơ' })
    .click();
  const code = await receiveBirthRegistration(page, 'Trần Thị Bình');
  expect(code).toMatch(/^T60\.X001-\d{6}-\d{4}$/);

  // The officer has it in "Việc của tôi" with its step and due time.
  const officer = await pageAs(browser, 'chuyenvien.x001');
  await officer.goto('/dossiers');
  const row = officer
    .getByRole('table', { name: 'Hồ sơ: Việc của tôi' })
    .getByRole('row', { name: new RegExp(code) });
  await expect(row).toContainText('Thẩm định, xử lý');
  // Birth registration is decided the same day (4 working hours): due soon from the start.
  await expect(row).toContainText('Sắp đến hạn');
  await row.getByRole('link', { name: code }).click();
  await expect(officer.getByTestId('state-badge').first()).toHaveText('Đang giải quyết');

  // A second tab of the officer still shows the old version: acting there is refused and reloads.
  const stale = await officer.context().newPage();
  await stale.goto(officer.url());
  await expect(actions(stale).getByRole('button', { name: 'Nhận xử lý' })).toBeVisible();
  await actions(officer).getByRole('button', { name: 'Nhận xử lý' }).click();
  await expect(officer.getByRole('status').filter({ hasText: 'Đã thực hiện “Nhận xử lý”' })).toBeVisible();
  await actions(stale).getByRole('button', { name: 'Nhận xử lý' }).click();
  await expect(stale.getByRole('alert').filter({ hasText: 'Hồ sơ vừa được cập nhật' })).toBeVisible();
  await expect(actions(stale).getByRole('button', { name: 'Nhận xử lý' })).toHaveCount(0);

  await actions(officer).getByRole('button', { name: 'Chuyển bước tiếp theo' }).click();
  const forward = officer.getByRole('dialog', { name: `Chuyển bước tiếp theo — hồ sơ ${code}` });
  await forward.getByRole('textbox', { name: 'Ghi chú' }).fill('Hồ sơ hợp lệ, trình lãnh đạo ký.');
  await forward.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(officer.getByRole('status').filter({ hasText: 'Chuyển bước tiếp theo' })).toBeVisible();
  const slip = officer.getByRole('table', { name: 'Các bước giải quyết hồ sơ' });
  await expect(slip.getByRole('row')).toHaveCount(3);
  await expect(slip.getByRole('row').nth(1)).toContainText('Thẩm định, xử lý');
  await expect(slip.getByRole('row').nth(2)).toContainText('Phê duyệt, ký kết quả');

  // The commune's leader approves the result.
  const approver = await pageAs(browser, 'lanhdao.x001');
  await openFromList(approver, 'Việc của tôi', code);
  // The signed decision is attached; a file that only claims to be a PDF is refused.
  const results = approver.getByRole('region', { name: 'Văn bản kết quả' });
  const chooser = approver.waitForEvent('filechooser');
  await results.getByRole('button', { name: 'Đính kèm kết quả' }).click();
  await (await chooser).setFiles({
    name: 'gia-mao.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('not a pdf'),
  });
  await expect(results.getByRole('alert')).toContainText('PDF, PNG, JPEG');
  const chooserAgain = approver.waitForEvent('filechooser');
  await results.getByRole('button', { name: 'Đính kèm kết quả' }).click();
  await (await chooserAgain).setFiles({
    name: 'Quyết định.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
  });
  await expect(results.getByRole('link', { name: 'Quyết định.pdf' })).toBeVisible();
  await actions(approver).getByRole('button', { name: 'Phê duyệt kết quả' }).click();
  await approver.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(approver.getByTestId('state-badge').first()).toHaveText('Đã có kết quả');

  // Back at the desk: the result waits in "Chờ trả kết quả" and is handed over at the counter.
  await openFromList(page, 'Chờ trả kết quả', code);
  await actions(page).getByRole('button', { name: 'Trả kết quả' }).click();
  const give = page.getByRole('dialog');
  await expect(give.getByRole('radio', { name: 'Tại Bộ phận Một cửa' })).toBeChecked();
  await give.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByTestId('state-badge').first()).toHaveText('Đã trả kết quả');
  await expect(page.getByTestId('timeline')).toContainText('Trả kết quả');

  // The applicant, not signed in, looks it up with the code and the last 4 digits of the id.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/procedures');
  await visitor
    .getByRole('navigation', { name: 'Tra cứu công khai' })
    .getByRole('link', { name: 'Tra cứu hồ sơ' })
    .click();
  await visitor.getByRole('textbox', { name: 'Mã hồ sơ' }).fill(code);
  await visitor.getByRole('textbox', { name: 'Số điện thoại hoặc 4 số cuối giấy tờ' }).fill('9999');
  await visitor.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(visitor.getByRole('alert').filter({ hasText: 'Không tìm thấy hồ sơ' })).toBeVisible();
  await visitor
    .getByRole('textbox', { name: 'Số điện thoại hoặc 4 số cuối giấy tờ' })
    .fill(PERSONAL_ID.slice(-4));
  await visitor.getByRole('button', { name: 'Tra cứu' }).click();
  const result = visitor.getByTestId('lookup-result');
  await expect(result.getByTestId('state-badge')).toHaveText('Đã trả kết quả');
  await expect(result).toContainText('Trần T. B.');
  await expect(result.getByRole('table', { name: 'Các bước giải quyết' }).getByRole('row')).toHaveCount(3);
  await visitor.getByRole('button', { name: 'English' }).click();
  await expect(result.getByTestId('state-badge')).toHaveText('Result returned');
});

test('a late dossier cannot be returned until the commune apologises with a new appointment, once', async ({
  browser,
}) => {
  // Three people act in turn and the outbox worker sends the SMS: on a busy runner this takes long.
  test.slow();
  // The demo province holds dossiers of commune X001 received days ago that are now past due.
  const clerk = await pageAs(browser, 'motcua.x001');
  await clerk.goto('/dossiers');
  await clerk.getByRole('tab', { name: 'Quá hạn' }).click();
  await clerk
    .getByRole('link', { name: /^T60\.X001-\d{6}-\d{4}$/ })
    .first()
    .click();
  await expect(clerk.getByRole('heading', { level: 1 })).toBeVisible();
  const url = clerk.url();

  // The officer (if the step is theirs) hands it on, and the leader approves it: resolved late.
  const officer = await pageAs(browser, 'chuyenvien.x001');
  await officer.goto(url);
  await expect(officer.getByRole('heading', { name: 'Thao tác' })).toBeVisible();
  await expect(officer.getByTestId('state-badge').first()).toHaveText('Đang giải quyết');
  const forward = actions(officer).getByRole('button', { name: 'Chuyển bước tiếp theo' });
  if ((await forward.count()) > 0) {
    await forward.click();
    await officer.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
    await expect(officer.getByText(/Đã thực hiện “Chuyển bước tiếp theo”/)).toBeVisible();
  }
  const approver = await pageAs(browser, 'lanhdao.x001');
  await approver.goto(url);
  await actions(approver).getByRole('button', { name: 'Phê duyệt kết quả' }).click();
  // No result document is attached: approving without declaring the signed paper result is refused.
  await approver.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(approver.getByRole('dialog')).toContainText('Chưa có kết quả để phê duyệt');
  await approver.getByRole('dialog').getByRole('checkbox', { name: 'Kết quả là văn bản giấy đã ký' }).check();
  await approver.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(approver.getByTestId('state-badge').first()).toHaveText('Đã có kết quả');

  // Returning it waits for the apology (Mẫu 04), which comes first.
  await clerk.goto(url);
  await expect(clerk.getByRole('alert').filter({ hasText: 'Hồ sơ đã quá hạn giải quyết' })).toBeVisible();
  // The table does not offer the return before the apology (the server would refuse it, 409).
  await expect(actions(clerk).getByRole('button', { name: 'Xin lỗi, hẹn lại' })).toBeVisible();
  await expect(actions(clerk).getByRole('button', { name: 'Trả kết quả' })).toHaveCount(0);

  await actions(clerk).getByRole('button', { name: 'Xin lỗi, hẹn lại' }).click();
  const apology = clerk.getByRole('dialog');
  const inAWeek = new Date(Date.now() + 7 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
  await apology.getByLabel('Ngày giờ hẹn trả mới').fill(inAWeek);
  await apology.getByRole('textbox', { name: 'Giờ', exact: true }).fill('09:00');
  await apology.getByRole('textbox', { name: 'Lý do' }).fill('Hồ sơ phải xác minh thêm tại nơi cư trú cũ');
  await apology.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(clerk.getByText('Hồ sơ phải xác minh thêm tại nơi cư trú cũ').first()).toBeVisible();
  await expect(clerk.getByRole('link', { name: /In Mẫu 04/ })).toBeVisible();
  // The appointment moves only once: the apology is no longer offered.
  await expect(actions(clerk).getByRole('button', { name: 'Xin lỗi, hẹn lại' })).toHaveCount(0);
  // The apology reaches the applicant by SMS (the demo applicant left a mobile number).
  const notices = clerk.getByRole('region', { name: 'Thông báo đã gửi' });
  await reloadUntil(clerk, notices, async () => {
    const apologySms = notices.getByRole('listitem').filter({ hasText: 'Xin lỗi, hẹn lại' });
    await expect(apologySms).toContainText('Đã gửi', { timeout: 1000 });
  });

  await actions(clerk).getByRole('button', { name: 'Trả kết quả' }).click();
  await clerk.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(clerk.getByTestId('state-badge').first()).toHaveText('Đã trả kết quả');
});

test('a supplement request at the counter asks for the reason and lists the missing documents', async ({
  page,
}) => {
  await signInByApi(page, 'motcua.x001');
  await page.goto('/desk/intake');
  await page.getByRole('combobox', { name: 'Tìm thủ tục' }).pressSequentially('dang ky khai sinh');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Lê Văn Cường');
  await page.getByRole('textbox', { name: 'Số định danh cá nhân' }).fill('003090001234');
  await page.getByRole('textbox', { name: 'Thư điện tử' }).fill('cuong@example.vn');
  await page.getByRole('textbox', { name: 'Thư điện tử' }).blur();
  await expect(page.getByText('Ba chữ số đầu không phải mã tỉnh hợp lệ')).toBeVisible();
  await page.getByRole('textbox', { name: 'Số định danh cá nhân' }).fill(PERSONAL_ID);
  await page.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
  const dialog = page.getByRole('dialog', { name: 'Yêu cầu bổ sung, hoàn thiện hồ sơ' });
  await expect(dialog.getByTestId('missing-documents').getByRole('listitem').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(dialog.getByText('Cần nêu lý do (ít nhất 3 ký tự)')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Lý do' }).fill('Thiếu bản chính giấy chứng sinh');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã yêu cầu bổ sung hồ sơ' })).toBeVisible();
  await expect(page.getByTestId('state-badge')).toHaveText('Yêu cầu bổ sung');
  await expect(
    page.getByRole('link', { name: /^In Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ/ }),
  ).toBeVisible();

  // "Tiếp nhận hồ sơ mới" starts a fresh form with the search box focused again.
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ mới' }).click();
  await expect(page.getByRole('combobox', { name: 'Tìm thủ tục' })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Tìm thủ tục' })).toHaveValue('');

  // The desk's log book of this month downloads as a spreadsheet.
  await page.goto('/dossiers');
  await page.getByRole('button', { name: 'Sổ theo dõi hồ sơ' }).click();
  const book = page
    .getByRole('dialog', { name: 'Sổ theo dõi hồ sơ' })
    .getByRole('link', { name: 'Tải sổ (Excel)' });
  const xlsx = await page.request.get((await book.getAttribute('href')) ?? '');
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
});

test('the dossier screens have no serious accessibility violations, in Vietnamese and English', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInByApi(page, 'motcua.x001');
  const code = await receiveBirthRegistration(page, 'Phạm Minh Đức');
  await expectNoSeriousViolations(page, 'intake result (vi)');
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ mới' }).click();
  await expectNoSeriousViolations(page, 'intake form (vi)');
  await openFromList(page, 'Tất cả', code);
  await expectNoSeriousViolations(page, 'dossier page (vi)');
  // A birth registration is due the same day, so the apology (from one working day before the due
  // time on) is already offered to the desk that just received it.
  await expect(actions(page).getByRole('button', { name: 'Xin lỗi, hẹn lại' })).toHaveCount(1);
  await openApologisable(page);
  await page.getByRole('button', { name: 'Xin lỗi, hẹn lại' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousViolations(page, 'apology dialog (vi)');
  await page.keyboard.press('Escape');
  await page.goto('/dossiers?view=all');
  await expect(page.getByTestId('inbox-count')).toBeVisible();
  await expectNoSeriousViolations(page, 'inbox (vi)');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expectNoSeriousViolations(page, 'inbox (en)');

  // On a phone the lists and the dossier stack, and nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('link', { name: code }).click();
  await expect(page.getByRole('heading', { level: 1, name: code })).toBeVisible();
  expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoSeriousViolations(page, 'dossier page on a phone (en)');

  await page.context().clearCookies();
  await page.goto(`/tra-cuu?code=${encodeURIComponent(code)}`);
  await page.getByRole('textbox', { name: 'Phone, or last 4 digits of the id' }).fill(PHONE);
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByTestId('lookup-result')).toContainText('Processing');
  expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoSeriousViolations(page, 'public lookup on a phone (en)');
});

test('a printed form’s QR code page confirms it was issued, and an unknown one is not confirmed', async ({
  page,
}) => {
  await signInByApi(page, 'motcua.x001');
  const code = await receiveBirthRegistration(page, 'Võ Thị Em');
  const href = (await page.getByRole('link', { name: /^In Mẫu 01/ }).getAttribute('href')) ?? '';
  const formId = /forms\/([0-9a-f-]+)\.pdf$/.exec(href)?.[1] ?? '';
  const pdf = await page.request.get(href);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  await page.context().clearCookies();
  await page.goto(`/xac-thuc/${formId}`);
  await expect(page.getByRole('status')).toHaveText('Văn bản này do hệ thống MộtCửa phát hành.');
  await expect(page.getByText(code)).toBeVisible();
  await expect(page.getByText('Giấy tiếp nhận hồ sơ và hẹn trả kết quả')).toBeVisible();
  await page.goto('/xac-thuc/00000000-0000-7000-8000-000000000000');
  await expect(page.getByRole('alert')).toContainText('Không xác thực được văn bản');
});

// Last: it spends the lookup allowance of this address for the minute.
test('too many lookups in a minute are told apart from a wrong code', async ({ page }) => {
  await page.goto('/tra-cuu');
  const code = page.getByRole('textbox', { name: 'Mã hồ sơ' });
  const factor = page.getByRole('textbox', { name: 'Số điện thoại hoặc 4 số cuối giấy tờ' });
  await code.fill('T60.X001-000000-9999');
  await factor.fill('0000');
  for (let i = 0; i < 12; i++) {
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await expect(page.getByRole('button', { name: 'Tra cứu' })).toBeEnabled();
    if (await page.getByRole('alert').filter({ hasText: 'Tra cứu quá nhiều lần' }).isVisible()) break;
  }
  await expect(page.getByRole('alert').filter({ hasText: 'Tra cứu quá nhiều lần' })).toBeVisible();
});
