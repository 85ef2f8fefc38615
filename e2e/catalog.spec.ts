import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn, signInByApi, todayInProvince } from './helpers';

interface Detail {
  readonly documents: readonly { name: string; originals: number; copies: number }[];
  readonly fees: readonly { name: string; amount: number }[];
}

const vnd = (amount: number, locale: string) => new Intl.NumberFormat(locale).format(amount);
const startingWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

test('a visitor finds “Đăng ký khai sinh” typed without diacritics and reads its documents and that it is free, in Vietnamese and English', async ({
  page,
}) => {
  await page.goto('/procedures');
  await expect(page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' })).toBeVisible();
  // The public frame: no sign-in needed, a way to sign in offered, the catalog in the navigation.
  await expect(page.getByRole('link', { name: 'Đăng nhập' })).toBeVisible();
  await expect(
    page
      .getByRole('navigation', { name: 'Tra cứu công khai' })
      .getByRole('link', { name: 'Thủ tục hành chính' }),
  ).toHaveAttribute('aria-current', 'page');

  // Search as you type; the query is kept in the address.
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('dang ky khai sinh');
  await expect(page).toHaveURL(/\/procedures\?q=dang\+ky\+khai\+sinh$/);
  const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
  const first = results.getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveText('Đăng ký khai sinh');
  await expect(first).toContainText('Hộ tịch');
  await expect(first).toContainText('Cấp xã');
  await expect(page.getByTestId('result-count')).toHaveText(/^Tìm thấy \d+ thủ tục$/);

  const id = new URL((await first.getByRole('link').getAttribute('href')) ?? '', page.url()).pathname.split(
    '/',
  )[2];
  const detail = (await (await page.request.get(`/api/catalog/procedures/${id}`)).json()) as Detail;
  expect(detail.documents.length).toBeGreaterThan(0);
  // Birth registration is free (demo catalog by procedure family).
  expect(detail.fees).toEqual([]);

  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' })).toBeVisible();
  const documents = page.getByRole('table', { name: 'Giấy tờ phải nộp' });
  await expect(documents.getByRole('columnheader', { name: 'Số bản chính' })).toBeVisible();
  const firstDocument = documents.getByRole('row').nth(1);
  await expect(firstDocument).toContainText(detail.documents[0]?.name ?? '');
  await expect(page.getByText('Thủ tục này không thu phí, lệ phí.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'In' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Căn cứ pháp lý' })).toContainText('Dữ liệu minh họa');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('region', { name: 'Required documents' })).toBeVisible();
  const documentsEn = page.getByRole('table', { name: 'Documents to submit' });
  await expect(documentsEn.getByRole('columnheader', { name: 'Originals' })).toBeVisible();
  await expect(documentsEn.getByRole('columnheader', { name: 'Copies' })).toBeVisible();
  await expect(page.getByText('This procedure has no fees or charges.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'General information' })).toContainText('Civil status');
  await expect(page.getByRole('region', { name: 'Where to apply' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();

  // Back to the very same search.
  await page.getByRole('link', { name: 'Back to the procedures' }).click();
  await expect(page).toHaveURL(/\/procedures\?q=dang\+ky\+khai\+sinh$/);
  await expect(page.getByRole('searchbox', { name: 'Find a procedure' })).toHaveValue('dang ky khai sinh');
  await expect(page.getByTestId('result-count')).toHaveText(/^\d+ procedures found$/);
});

test('a procedure with a fee shows each fee and charge with its amount, in Vietnamese and English', async ({
  page,
}) => {
  const found = (await (
    await page.request.get('/api/catalog/procedures?q=chung+thuc+chu+ky&limit=1')
  ).json()) as { items: { id: string }[] };
  const id = found.items[0]?.id ?? '';
  const detail = (await (await page.request.get(`/api/catalog/procedures/${id}`)).json()) as Detail;
  expect(detail.fees.length).toBeGreaterThan(0);
  await page.goto(`/procedures/${id}`);
  const fees = page.getByRole('table', { name: 'Phí, lệ phí phải nộp' });
  for (const fee of detail.fees) {
    await expect(fees.getByRole('row', { name: startingWith(fee.name) })).toContainText(
      `${vnd(fee.amount, 'vi-VN')} đồng`,
    );
  }
  await page.getByRole('button', { name: 'English' }).click();
  const firstFee = detail.fees[0];
  await expect(page.getByRole('table', { name: 'Fees and charges to pay' })).toContainText(
    `${vnd(firstFee?.amount ?? 0, 'en-US')} VND`,
  );
});

test('the Department of Justice admin publishes a renamed version 2 and visitors see it at once', async ({
  page,
  browser,
}) => {
  await signInByApi(page, 'quantri.tuphap');
  await page.goto('/procedures?q=ly+lich+tu+phap&level=province');
  const first = page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('listitem').first();
  await expect(first).toContainText('Lý lịch tư pháp');
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('lý lịch tư pháp');
  const procedureUrl = page.url();

  await page.getByRole('link', { name: 'Quản lý phiên bản' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quản lý phiên bản' })).toBeVisible();
  await page.getByRole('button', { name: 'Tạo phiên bản mới' }).click();

  const editor = page.getByRole('dialog', { name: 'Sửa bản nháp — phiên bản 2' });
  const newName = 'Cấp Phiếu lý lịch tư pháp (sửa đổi theo quy định mới)';
  await editor.getByRole('textbox', { name: 'Tên thủ tục', exact: true }).fill(newName);
  // The workflow's shares are summed as the admin types.
  const workflow = editor.getByRole('group', { name: 'Quy trình xử lý nội bộ' });
  await expect(editor.getByTestId('shares-total')).toContainText('100 % — hợp lệ');
  const firstShare = workflow.getByRole('textbox', { name: 'Tỷ lệ thời gian (%)' }).first();
  const share = await firstShare.inputValue();
  await firstShare.fill(String(Number(share) + 5));
  await expect(editor.getByTestId('shares-total')).toContainText('105 %, phải bằng 100 %');
  await firstShare.fill(share);
  await expect(editor.getByTestId('shares-total')).toContainText('100 % — hợp lệ');

  await editor.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Đã lưu bản nháp.' })).toBeVisible();
  await editor.getByRole('button', { name: 'Công bố', exact: true }).click();

  const publish = page.getByRole('dialog', { name: 'Công bố phiên bản 2' });
  const [year, month, day] = todayInProvince().split('-');
  await expect(publish.getByLabel('Ngày có hiệu lực')).toHaveValue(`${day}/${month}/${year}`);
  await publish.getByRole('button', { name: 'Công bố', exact: true }).click();
  await expect(publish).toBeHidden();
  await expect(
    page.getByText(/^Đã công bố phiên bản 2, áp dụng từ ngày \d{2}\/\d{2}\/\d{4}\.$/),
  ).toBeVisible();
  const versions = page.getByRole('table', { name: 'Các phiên bản của thủ tục' });
  await expect(versions.getByRole('row').nth(1)).toContainText('Đang áp dụng');
  await expect(versions.getByRole('row').nth(1)).toContainText(newName);
  await expect(versions.getByRole('row').nth(2)).toContainText('Hết hiệu lực');

  // A visitor who is not signed in sees the new name and version at once.
  const visitor = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(procedureUrl);
  await expect(visitorPage.getByRole('heading', { level: 1, name: newName })).toBeVisible();
  await expect(visitorPage.getByRole('link', { name: 'Đăng nhập' })).toBeVisible();
  const [y, m, d] = todayInProvince().split('-');
  await expect(visitorPage.getByRole('region', { name: 'Thông tin chung' })).toContainText(
    `Phiên bản 2, áp dụng từ ngày ${d}/${m}/${y}`,
  );
  await expect(visitorPage.getByRole('link', { name: 'Quản lý phiên bản' })).toHaveCount(0);
  await visitor.close();
});

const IMPORT_HEADER =
  'code,name,field,levels,processing_unit,processing_amount,online,online_payment,result,fees,documents,steps,workflow,legal_basis,competent_units,receiving_units';
const importRow = (code: string, name: string, amount: string) =>
  `${code},${name},HT,province,working_days,${amount},full,no,Giấy phép,Lệ phí|charge|50000,Tờ khai|1|0||no,Nộp hồ sơ; Nhận kết quả,Tiếp nhận|clerk|desk|10; Thẩm định|officer|department|90,Luật mẫu,T60.S03,T60.TTPVHCC.MC`;
const csvFile = (name: string, rows: readonly string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`${[IMPORT_HEADER, ...rows].join('\r\n')}\r\n`, 'utf8'),
});

test('the system admin imports procedures from a CSV file, sees the rejected rows of a bad file, and visitors find the imported one', async ({
  page,
}) => {
  await signIn(page, 'admin', DEMO_PASSWORD);
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Thủ tục do tôi quản lý' })
    .click();
  await expect(page).toHaveURL(/\/procedures\/managed$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thủ tục do tôi quản lý' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Xuất Excel' })).toHaveAttribute(
    'href',
    '/api/catalog/export.xlsx',
  );
  await expect(page.getByRole('link', { name: 'Tải mẫu nhập' })).toHaveAttribute(
    'href',
    '/api/catalog/import-template.xlsx',
  );

  await page.getByRole('button', { name: 'Nhập từ tệp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập thủ tục từ tệp' });
  await dialog
    .locator('input[type="file"]')
    .setInputFiles(csvFile('thu-tuc.csv', [importRow('1.999101', 'Thủ tục nhập thử', '5')]));
  await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Đã nhập 1 thủ tục.');

  // A file with one bad row: nothing is imported, each error names its row and column.
  await dialog
    .locator('input[type="file"]')
    .setInputFiles(
      csvFile('thu-tuc-loi.csv', [
        importRow('1.999102', 'Thủ tục nhập hợp lệ', '5'),
        importRow('1.999103', 'Thủ tục nhập lỗi', '-5'),
      ]),
    );
  await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('không dòng nào được nhập');
  const errors = dialog.getByRole('table', { name: 'Lỗi theo dòng và cột' });
  await expect(errors.getByRole('columnheader', { name: 'Dòng' })).toBeVisible();
  await expect(errors.getByRole('columnheader', { name: 'Cột' })).toBeVisible();
  await expect(errors.getByRole('columnheader', { name: 'Lý do' })).toBeVisible();
  await expect(errors.getByRole('row', { name: /^3 processing_amount/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Đóng' }).last().click();

  // The managed list shows the imported procedure, published.
  await page.getByRole('searchbox', { name: 'Tìm theo mã hoặc tên' }).fill('1.999101');
  const row = page.getByRole('table', { name: 'Thủ tục do tôi quản lý' }).getByRole('row').nth(1);
  await expect(row).toContainText('Thủ tục nhập thử');
  await expect(row).toContainText('Đang áp dụng');

  await page.goto('/procedures?q=thu+tuc+nhap+thu');
  const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
  await expect(results.getByRole('link', { name: 'Thủ tục nhập thử' })).toBeVisible();
  await expect(results.getByRole('link', { name: 'Thủ tục nhập lỗi' })).toHaveCount(0);
});

test('a procedure whose form is stored offers it for download', async ({ page }) => {
  await page.goto('/procedures?q=to+khai+theo+mau');
  await page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link').first().click();
  const documents = page.getByRole('table', { name: 'Giấy tờ phải nộp' });
  const link = documents.getByRole('link', { name: 'Tải mẫu: Tờ khai theo mẫu' });
  await expect(link).toHaveAttribute('href', /^\/api\/catalog\/form-templates\//);
  const download = await page.request.get((await link.getAttribute('href')) ?? '');
  expect(download.status()).toBe(200);
  expect(download.headers()['content-disposition']).toContain('.xlsx');
});

interface ManagedItem {
  readonly id: string;
  readonly name: string;
}

/**
 * A procedure the signed-in admin manages, in force since before today (so a new version can
 * start today), other than those the tests above change.
 */
async function managedProcedure(page: Page, avoid: RegExp): Promise<ManagedItem> {
  const response = await page.request.get('/api/catalog/managed?status=published&limit=50');
  const { items } = (await response.json()) as { items: ManagedItem[] };
  for (const item of items.filter((i) => !avoid.test(i.name))) {
    const detail = await page.request.get(`/api/catalog/procedures/${item.id}`);
    const { effectiveFrom } = (await detail.json()) as { effectiveFrom: string | null };
    if (effectiveFrom !== null && effectiveFrom < todayInProvince()) return item;
  }
  throw new Error('no managed procedure to change');
}

const pdfFile = (name: string, text: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, 'latin1'),
});

test('an agency admin uploads a form for a document, sees a renamed file refused, picks a stored form, and citizens download it', async ({
  page,
}) => {
  await signInByApi(page, 'quantri.tuphap');
  const procedure = await managedProcedure(page, /lý lịch/i);
  await page.goto(`/procedures/${procedure.id}/manage`);
  await page.getByRole('button', { name: 'Tạo phiên bản mới' }).click();
  const editor = page.getByRole('dialog', { name: /^Sửa bản nháp — phiên bản \d+$/ });
  const documents = editor.getByRole('group', { name: 'Thành phần hồ sơ' });
  await documents.getByRole('button', { name: 'Thêm giấy tờ' }).click();
  const names = documents.getByRole('textbox', { name: 'Tên giấy tờ' });
  const n = await names.count();
  await names.nth(n - 1).fill('Đơn đề nghị (mẫu mới)');
  const form = editor.getByRole('group', { name: `Mẫu đơn, tờ khai của giấy tờ thứ ${n}` });

  // A text file named .pdf: the server reads its content and refuses it, in Vietnamese.
  await form.locator('input[type="file"]').setInputFiles({
    name: 'don-gia-mao.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('Đây không phải tệp PDF', 'utf8'),
  });
  await expect(form.getByRole('alert')).toContainText(
    'Nội dung tệp không phải là tệp .pdf như tên và loại tệp khai báo',
  );

  await form.locator('input[type="file"]').setInputFiles(pdfFile('Đơn đề nghị mẫu 2026.pdf', 'mau 2026'));
  const link = form.getByRole('link', { name: 'Tải mẫu: Đơn đề nghị mẫu 2026.pdf' });
  await expect(link).toHaveAttribute('href', /^\/api\/catalog\/form-templates\/[0-9a-f-]{36}$/);
  await expect(form.getByRole('alert')).toHaveCount(0);
  const href = (await link.getAttribute('href')) ?? '';

  // Remove it, then pick the same file among the stored forms.
  await form.getByRole('button', { name: `Bỏ mẫu đơn của giấy tờ thứ ${n}` }).click();
  await expect(link).toHaveCount(0);
  await form.getByRole('button', { name: `Chọn mẫu đã có cho giấy tờ thứ ${n}` }).click();
  const picker = page.getByRole('dialog', { name: 'Chọn mẫu đơn, tờ khai đã lưu' });
  await picker.getByRole('searchbox', { name: 'Tìm theo tên tệp' }).fill('don de nghi mau 2026');
  await picker.getByRole('button', { name: 'Chọn mẫu Đơn đề nghị mẫu 2026.pdf' }).click();
  await expect(picker).toBeHidden();
  await expect(link).toHaveAttribute('href', href);

  await editor.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Đã lưu bản nháp.' })).toBeVisible();
  await editor.getByRole('button', { name: 'Công bố', exact: true }).click();
  const publish = page.getByRole('dialog', { name: /^Công bố phiên bản \d+$/ });
  await publish.getByRole('button', { name: 'Công bố', exact: true }).click();
  await expect(publish).toBeHidden();

  // Citizens download the form from the procedure's page.
  await page.goto(`/procedures/${procedure.id}`);
  const publicLink = page
    .getByRole('table', { name: 'Giấy tờ phải nộp' })
    .getByRole('link', { name: 'Tải mẫu: Đơn đề nghị (mẫu mới)' });
  await expect(publicLink).toHaveAttribute('href', href);
  const download = await page.request.get(href);
  expect(download.status()).toBe(200);
  expect((await download.body()).toString('latin1')).toContain('mau 2026');
});

test('the procedures I manage keep their search, filter and page in the address across a reload and the back button', async ({
  page,
}) => {
  await signIn(page, 'admin', DEMO_PASSWORD);
  await page.goto('/procedures/managed');
  const count = page.getByTestId('managed-count');
  await expect(count).toHaveText(/thủ tục$/);
  await page.getByRole('searchbox', { name: 'Tìm theo mã hoặc tên' }).fill('cap');
  await expect(page).toHaveURL(/\/procedures\/managed\?q=cap$/);
  await page.getByRole('combobox', { name: 'Trạng thái phiên bản mới nhất' }).click();
  await page.getByRole('option', { name: 'Đang áp dụng' }).click();
  await expect(page).toHaveURL(/\?q=cap&status=published$/);
  const firstRow = page.getByRole('table', { name: 'Thủ tục do tôi quản lý' }).getByRole('row').nth(1);
  await expect(firstRow).toContainText('Đang áp dụng');
  const firstOnPage1 = (await firstRow.textContent()) ?? '';
  await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('button', { name: 'Trang 2' }).click();
  await expect(page).toHaveURL(/\?q=cap&status=published&page=2$/);
  // The first page stays shown while the second loads.
  await expect(firstRow).not.toHaveText(firstOnPage1);
  const firstOnPage2 = (await firstRow.textContent()) ?? '';

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Tìm theo mã hoặc tên' })).toHaveValue('cap');
  await expect(page.getByRole('combobox', { name: 'Trạng thái phiên bản mới nhất' })).toHaveValue(
    'Đang áp dụng',
  );
  await expect(firstRow).toHaveText(firstOnPage2);

  await page.goBack();
  await expect(page).toHaveURL(/\?q=cap&status=published$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=cap$/);
  await expect(page.getByRole('combobox', { name: 'Trạng thái phiên bản mới nhất' })).toHaveValue('');
});

test('a version published for a later day waits: the version list shows it scheduled and citizens still see the version in force', async ({
  page,
}) => {
  await signInByApi(page, 'quantri.tuphap');
  const procedure = await managedProcedure(page, /lý lịch|đơn đề nghị/i);
  const before = (await (await page.request.get(`/api/catalog/procedures/${procedure.id}`)).json()) as {
    version: number;
  };
  await page.goto(`/procedures/${procedure.id}/manage`);
  await page.getByRole('button', { name: 'Tạo phiên bản mới' }).click();
  const editor = page.getByRole('dialog', { name: /^Sửa bản nháp — phiên bản \d+$/ });
  await editor.getByRole('button', { name: 'Công bố', exact: true }).click();

  const [y, m, d] = todayInProvince().split('-').map(Number);
  const tomorrow = new Date(Date.UTC(y ?? 2026, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
  const [ty, tm, td] = tomorrow.split('-');
  const publish = page.getByRole('dialog', { name: /^Công bố phiên bản \d+$/ });
  await publish.getByLabel('Ngày có hiệu lực').fill(tomorrow);
  await expect(publish.getByTestId('schedule-note')).toContainText(`từ ngày ${td}/${tm}/${ty}`);
  await publish.getByRole('button', { name: 'Công bố', exact: true }).click();
  await expect(publish).toBeHidden();
  await expect(page.getByText(`chờ hiệu lực từ ngày ${td}/${tm}/${ty}.`)).toBeVisible();
  const versions = page.getByRole('table', { name: 'Các phiên bản của thủ tục' });
  await expect(versions.getByRole('row').nth(1)).toContainText('Chờ hiệu lực');
  await expect(versions.getByRole('row').nth(1)).toContainText(`Từ ${td}/${tm}/${ty}`);
  await expect(versions.getByRole('row').nth(2)).toContainText('Đang áp dụng');
  await expect(page.getByTestId('scheduled-note')).toContainText(
    `người dân vẫn thấy phiên bản ${before.version}`,
  );

  const now = (await (await page.request.get(`/api/catalog/procedures/${procedure.id}`)).json()) as {
    version: number;
  };
  expect(now.version).toBe(before.version);
});
