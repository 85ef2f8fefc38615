import { expect, type Page, test } from '@playwright/test';
import { signInByApi } from './helpers';

/** The Tết example of issue 4: online, Thursday 12/2/2026 16:00 (after the 15:00 cut-off), 5 working days. */
async function askTetDueTime(page: Page) {
  await page.getByLabel('Ngày nộp hồ sơ').fill('2026-02-12');
  await page.getByLabel('Giờ nộp hồ sơ').fill('16:00');
  await expect(page.getByRole('radio', { name: 'Nộp trực tuyến' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /từ 15:00/ })).toBeChecked();
  await page.getByLabel('Thời hạn giải quyết').fill('5');
  await expect(page.getByRole('combobox', { name: 'Đơn vị thời hạn' })).toHaveValue('ngày làm việc');
  await page.getByRole('button', { name: 'Tính hạn trả kết quả' }).click();
}

test('a visitor sees Tết 2026 with its lunar dates on the public calendar, in Vietnamese and English', async ({
  page,
}) => {
  await page.goto('/calendar?year=2026');
  await expect(page.getByRole('heading', { level: 1, name: 'Lịch làm việc năm 2026' })).toBeVisible();
  // The public frame: no sign-in needed, a way to sign in offered.
  await expect(page.getByRole('link', { name: 'Đăng nhập' })).toBeVisible();
  await expect(page).toHaveURL(/\/calendar\?year=2026$/);

  const tetMonday = page.getByRole('cell', {
    name: 'Thứ Hai 16/02/2026 — Nghỉ Tết Nguyên đán (âm lịch 29/12)',
    exact: true,
  });
  await expect(tetMonday).toBeVisible();
  await expect(tetMonday).toHaveAttribute('data-kind', 'holiday');
  // The solar day, and under it the lunar day.
  await expect(tetMonday).toHaveText('1629');
  // Lunar New Year's Day shows its lunar month; an ordinary day does not.
  await expect(
    page.getByRole('cell', { name: 'Thứ Ba 17/02/2026 — Nghỉ Tết Nguyên đán (âm lịch 1/1)', exact: true }),
  ).toContainText('1/1');
  await expect(
    page.getByRole('cell', { name: 'Thứ Hai 23/02/2026 — Ngày làm việc (âm lịch 7/1)', exact: true }),
  ).toHaveAttribute('data-kind', 'working');

  // Below the months: the days off grouped by holiday, and the count of working days.
  await expect(page.getByRole('region', { name: 'Tết Nguyên đán' })).toContainText(
    'Thứ Bảy 14/02/2026 – Chủ nhật 22/02/2026 (9 ngày) — Nghỉ Tết Nguyên đán',
  );
  await expect(page.getByRole('region', { name: 'Giỗ Tổ Hùng Vương' })).toContainText(
    'Thứ Hai 27/04/2026 — Nghỉ bù Giỗ Tổ Hùng Vương',
  );
  const year = (await (await page.request.get('/api/calendar/years/2026')).json()) as { workingDays: number };
  await expect(page.getByTestId('working-days')).toHaveText(String(year.workingDays));

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Working calendar 2026' })).toBeVisible();
  await expect(
    page.getByRole('cell', {
      name: 'Monday 2026-02-16 — Tết (Lunar New Year) holiday (lunar date 29/12)',
      exact: true,
    }),
  ).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Mon' }).first()).toBeVisible();

  // The year selector moves between years.
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Working calendar 2027' })).toBeVisible();
  await expect(
    page.getByRole('cell', { name: /^Saturday 2027-02-06 — Tết \(Lunar New Year\) holiday/ }),
  ).toBeVisible();
});

test('the public due-time tool explains a deadline across Tết, in Vietnamese and English', async ({
  page,
}) => {
  await page.goto('/due-time');
  await expect(page.getByRole('heading', { level: 1, name: 'Khi nào có kết quả?' })).toBeVisible();
  await askTetDueTime(page);

  // 5 working days from Friday 13/2 07:00: 13/2, then 23–26/2 once Tết is over.
  await expect(page.getByTestId('due-at')).toHaveText('Thứ Năm, 26/02/2026 lúc 17:00');
  const result = page.getByRole('region', { name: 'Hạn trả kết quả' });
  await expect(page.getByTestId('clock-start')).toHaveText('Thứ Sáu, 13/02/2026 lúc 07:00');
  await expect(result).toContainText('Hồ sơ nộp trực tuyến từ 15:00 trở đi');
  await expect(result).toContainText('07:00–11:30, 13:30–17:00');
  await expect(result).toContainText('40 giờ (tương đương 5 ngày làm việc)');
  await expect(page.getByTestId('skipped-days')).toContainText(
    'Thứ Bảy 14/02/2026 – Chủ nhật 22/02/2026 (9 ngày) — Nghỉ Tết Nguyên đán',
  );

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'When is my result due?' })).toBeVisible();
  await expect(page.getByTestId('due-at')).toHaveText('Thursday 2026-02-26 at 17:00');
  await expect(page.getByTestId('clock-start')).toHaveText('Friday 2026-02-13 at 07:00');
  await expect(page.getByRole('region', { name: 'Result due' })).toContainText(
    'Submitted online at or after 15:00',
  );
  await expect(page.getByTestId('skipped-days')).toContainText(
    'Saturday 2026-02-14 – Sunday 2026-02-22 (9 days) — Tết (Lunar New Year) holiday',
  );

  // At the counter the clock starts at receipt, cut-off or not.
  await page.getByRole('radio', { name: 'In person at the one-stop desk' }).check();
  await expect(page.getByRole('checkbox', { name: /15:00/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Work out the due time' }).click();
  await expect(page.getByTestId('clock-start')).toHaveText('Thursday 2026-02-12 at 16:00');
});

test('the system admin adds a day off to 2027 and sees the calendar and its history change', async ({
  page,
}) => {
  await signInByApi(page, 'admin');
  await page.goto('/calendar?year=2027');
  await expect(page.getByRole('heading', { level: 1, name: 'Lịch làm việc năm 2027' })).toBeVisible();
  // Signed in: the app's own navigation, which links to the calendar.
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(nav.getByRole('link', { name: 'Lịch làm việc' })).toHaveAttribute('aria-current', 'page');
  const newYearsEve = page.getByRole('cell', { name: /^Thứ Sáu 31\/12\/2027 — / });
  await expect(newYearsEve).toHaveAttribute('data-kind', 'working');
  await expect(page.getByRole('table', { name: 'Lịch sử thay đổi lịch nghỉ năm 2027' })).toContainText(
    'Chưa có thay đổi nào.',
  );

  await page.getByRole('button', { name: 'Sửa lịch nghỉ năm 2027' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lịch nghỉ lễ, tết năm 2027' });
  await dialog
    .getByLabel('Căn cứ (số, ngày của văn bản thông báo)')
    .fill('Thông báo số 99/TB-BNV (thử nghiệm)');
  const daysOff = dialog.getByRole('group', { name: 'Ngày nghỉ thêm (hoán đổi ngày làm việc)' });
  await daysOff.getByRole('button', { name: 'Thêm ngày' }).click();
  await daysOff.getByLabel(/^Ngày/).fill('2027-12-31');
  await daysOff.getByLabel('Ghi chú').fill('Nghỉ thêm trước Tết Dương lịch 2028');
  await dialog.getByLabel('Lý do thay đổi').fill('Kiểm thử tự động');
  await dialog.getByRole('button', { name: 'Lưu' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Đã lưu lịch nghỉ năm 2027');
  await expect(newYearsEve).toHaveAttribute('data-kind', 'announced_off');
  await expect(newYearsEve).toHaveAccessibleName(/^Thứ Sáu 31\/12\/2027 — Nghỉ theo thông báo \(âm lịch/);
  await expect(page.getByRole('region', { name: 'Ngày nghỉ khác theo thông báo' })).toContainText(
    'Nghỉ thêm trước Tết Dương lịch 2028',
  );
  const history = page.getByRole('table', { name: 'Lịch sử thay đổi lịch nghỉ năm 2027' });
  await expect(history).toContainText('Kiểm thử tự động');
  await expect(history).toContainText('31/12/2027 (Nghỉ thêm trước Tết Dương lịch 2028)');
});

test('a commune admin opens its own office on Saturday mornings and the unit shows its own hours', async ({
  page,
}) => {
  await signInByApi(page, 'quantri.x001');
  await page.goto('/organisation');
  await page
    .getByRole('tree', { name: 'Cây đơn vị' })
    .getByText(/^UBND phường Bắc Phong/)
    .first()
    .click();
  const card = page.getByRole('region', { name: 'Giờ làm việc', exact: true });
  await expect(card.getByTestId('office-hours-source')).toHaveText(
    'Theo giờ làm việc chung của cơ quan hành chính nhà nước.',
  );
  const table = card.getByRole('table', { name: 'Giờ làm việc trong tuần' });
  await expect(table.getByRole('row', { name: /Thứ Hai – Thứ Sáu/ })).toContainText(
    '07:00–11:30, 13:30–17:00',
  );
  await expect(table.getByRole('row', { name: /Hồ sơ trực tuyến/ })).toContainText('nhận từ 15:00 trở đi');

  await card.getByRole('button', { name: 'Sửa giờ làm việc' }).click();
  const dialog = page.getByRole('dialog', { name: 'Giờ làm việc: UBND phường Bắc Phong' });
  await dialog.getByRole('group', { name: 'Thứ Bảy' }).getByRole('checkbox', { name: 'Làm việc' }).check();
  await dialog.getByRole('button', { name: 'Lưu' }).click();

  await expect(dialog).toBeHidden();
  await expect(card.getByRole('status')).toContainText('Đã lưu giờ làm việc.');
  await expect(card.getByTestId('office-hours-source')).toHaveText('Giờ làm việc riêng của đơn vị.');
  await expect(table.getByRole('row', { name: /^Thứ Bảy/ })).toContainText('07:00–11:30');
  await expect(table.getByRole('row', { name: /^Chủ nhật/ })).toContainText('Nghỉ');
});
