import { expect, test } from '@playwright/test';

// A browser whose own locale writes dates month first and times with AM/PM: what the app shows
// and reads must not depend on it.
test.use({ locale: 'en-US' });

test('a Vietnamese date is typed as dd/mm/yyyy and the due-time tool uses that day, on a 24-hour clock', async ({
  page,
}) => {
  await page.goto('/due-time');
  await expect(page.getByRole('heading', { level: 1, name: 'Khi nào có kết quả?' })).toBeVisible();
  const day = page.getByRole('textbox', { name: 'Ngày nộp hồ sơ' });
  const time = page.getByRole('textbox', { name: 'Giờ nộp hồ sơ' });
  await expect(day).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  await expect(day).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
  await expect(time).toHaveAttribute('placeholder', 'hh:mm');
  await expect(time).toHaveValue(/^([01]\d|2[0-3]):[0-5]\d$/);

  // 02/12/2026 is 2 December here; read month first it would be 12 February (Tết).
  await day.fill('');
  await day.pressSequentially('02/12/2026');
  await time.fill('');
  await time.pressSequentially('16:05');
  await page.getByLabel('Thời hạn giải quyết').fill('5');
  await page.getByRole('button', { name: 'Tính hạn trả kết quả' }).click();
  // Online after the 15:00 cut-off on Wednesday 2/12: the clock starts Thursday 07:00, five
  // working days end on Wednesday 9/12.
  await expect(page.getByTestId('clock-start')).toHaveText('Thứ Năm, 03/12/2026 lúc 07:00');
  await expect(page.getByTestId('due-at')).toHaveText('Thứ Tư, 09/12/2026 lúc 17:00');

  // Another day typed gives another answer: the input is what the tool used.
  await day.fill('12/02/2026');
  await page.getByRole('button', { name: 'Tính hạn trả kết quả' }).click();
  await expect(page.getByTestId('due-at')).toHaveText('Thứ Năm, 26/02/2026 lúc 17:00');

  // A day that does not exist is named, not guessed.
  await day.fill('31/02/2026');
  await day.blur();
  await expect(page.getByText('Nhập ngày dạng dd/mm/yyyy, ví dụ 07/12/2026')).toBeVisible();
  await time.fill('4:05 PM');
  await time.blur();
  await expect(page.getByText('Nhập giờ dạng hh:mm (24 giờ), ví dụ 16:05')).toBeVisible();

  // In English the same day reads as ISO, still on the 24-hour clock.
  await day.fill('02/12/2026');
  await time.fill('16:05');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('textbox', { name: 'Date submitted' })).toHaveValue('2026-12-02');
  await expect(page.getByRole('textbox', { name: 'Time submitted' })).toHaveValue('16:05');
});
