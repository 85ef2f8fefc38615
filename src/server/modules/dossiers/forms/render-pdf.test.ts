import { describe, expect, it } from 'vitest';
import { DossierFormError } from '../../../../domain/dossier/form-sets';
import type { DossierDocumentKind } from './form-data';
import { includesIgnoringWraps, qrCodesOnPage, readPdf } from './pdf-reading.test-support';
import { renderDossierForm } from './render-pdf';
import { sampleFormInput, sampleHandovers, vietnamTime } from './sample-form-data';

const IN_2026 = vietnamTime('2026-11-23 14:05');
const IN_2024 = vietnamTime('2024-05-14 09:30');

/** Title and number of each form under Circular 03/2025 (2026) and Circular 01/2018 (2024). */
const FORMS: readonly [DossierDocumentKind, string, string, string | null][] = [
  ['receipt', 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', 'Mẫu số 01', 'Mẫu số 01'],
  ['supplement_request', 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', 'Mẫu số 02', 'Mẫu số 02'],
  ['refusal', 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ', 'Mẫu số 03', 'Mẫu số 03'],
  ['apology', 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', 'Mẫu số 04', 'Mẫu số 04'],
  ['stop_notice', 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ', 'Mẫu số 05', null],
  ['control_slip', 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', 'Mẫu số 06', 'Mẫu số 05'],
];

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('official dossier documents as PDF', () => {
  describe.each(FORMS)('the %s', (kind, title, numberIn2026, numberIn2024) => {
    it('prints the heading, title, dossier code, names with their diacritics and the place and date', async () => {
      const { text, pageCount } = await readPdf(
        await renderDossierForm(sampleFormInput(kind, { issuedAt: IN_2026 })),
      );
      expect(pageCount).toBe(1);
      for (const expected of [
        'UBND TỈNH LÂM ĐỒNG',
        'BỘ PHẬN MỘT CỬA XÃ TÂN AN',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        title,
        'Mã hồ sơ: 000.00.17.H29-261123-0007',
        'Nguyễn Thị Hằng',
        'Đăng ký khai sinh',
        'Tân An, ngày 23 tháng 11 năm 2026',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).toContain(sampleFormInput(kind).signerName);
      expect(text).toContain(sampleFormInput(kind).signerTitle);
    });

    it(`is ${numberIn2026} in 2026 and ${numberIn2024 ?? 'not issued'} in 2024`, async () => {
      const in2026 = await readPdf(await renderDossierForm(sampleFormInput(kind, { issuedAt: IN_2026 })));
      expect(in2026.text.startsWith(numberIn2026)).toBe(true);
      if (numberIn2024) {
        const in2024 = await readPdf(await renderDossierForm(sampleFormInput(kind, { issuedAt: IN_2024 })));
        expect(in2024.text.startsWith(numberIn2024)).toBe(true);
        expect(in2024.text).toContain('Tân An, ngày 14 tháng 5 năm 2024');
      } else {
        const error = await rejectionOf(renderDossierForm(sampleFormInput(kind, { issuedAt: IN_2024 })));
        expect(error).toBeInstanceOf(DossierFormError);
        expect(error).toMatchObject({ code: 'form_not_in_set' });
      }
    });

    it('carries a QR code image that decodes to the verification address, with its caption', async () => {
      const input = sampleFormInput(kind);
      const bytes = await renderDossierForm(input);
      expect(bytes.includes('/Subtype /Image')).toBe(true);
      expect(await qrCodesOnPage(bytes, 1)).toEqual([input.verifyUrl]);
      const { text } = await readPdf(bytes);
      expect(includesIgnoringWraps(text, `Tra cứu, xác thực: ${input.verifyUrl}`)).toBe(true);
    });
  });

  it('switches numbering at midnight Vietnam time between 30/6/2025 and 1/7/2025', async () => {
    const lastOld = vietnamTime('2025-06-30 23:59');
    const firstNew = vietnamTime('2025-07-01 00:00');
    expect(firstNew.toISOString()).toBe('2025-06-30T17:00:00.000Z');
    const before = await readPdf(
      await renderDossierForm(sampleFormInput('control_slip', { issuedAt: lastOld })),
    );
    const after = await readPdf(
      await renderDossierForm(sampleFormInput('control_slip', { issuedAt: firstNew })),
    );
    expect(before.text).toMatch(/^Mẫu số 05 .*ngày 30 tháng 6 năm 2025/);
    expect(after.text).toMatch(/^Mẫu số 06 .*ngày 01 tháng 7 năm 2025/);
  });

  it('fills the receipt: papers with originals and copies, times of receipt and return, the log book', async () => {
    const { text } = await readPdf(await renderDossierForm(sampleFormInput('receipt')));
    expect(text).toContain('STT Tên giấy tờ Bản chính Bản sao');
    expect(text).toContain('1 Tờ khai đăng ký khai sinh 01');
    expect(text).toContain('3 Giấy chứng nhận kết hôn của cha, mẹ 01');
    expect(text).toContain('Số điện thoại: 0912 345 678');
    expect(text).toContain('Thư điện tử: hang.nguyen@example.vn');
    expect(text).toContain('Địa chỉ: Thôn Phú Hội, xã Tân An, tỉnh Lâm Đồng');
    expect(text).toContain('4. Thời gian nhận hồ sơ: 14 giờ 05 phút, ngày 23 tháng 11 năm 2026');
    expect(text).toContain(
      '5. Thời gian trả kết quả giải quyết hồ sơ: 14 giờ 05 phút, ngày 26 tháng 11 năm 2026',
    );
    expect(text).toContain('Đăng ký nhận kết quả: Tại Bộ phận Một cửa xã Tân An');
    expect(text).toContain('Vào Sổ theo dõi hồ sơ, Quyển số: 05/2026, Số thứ tự: 1207');
    expect(text).toContain('NGƯỜI NỘP HỒ SƠ');
  });

  it('lists what to add in a supplement request, with the reason', async () => {
    const { text } = await readPdf(await renderDossierForm(sampleFormInput('supplement_request')));
    expect(text).toContain('Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:');
    expect(text).toContain('1 Giấy chứng sinh 01');
    expect(text).toContain('Lý do: Tờ khai chưa ghi đủ nơi sinh; thiếu giấy chứng sinh bản chính.');
    expect(text).toContain('một lần đầy đủ');
  });

  it('gives the reason of a refusal and of a stop notice', async () => {
    const refusal = await readPdf(await renderDossierForm(sampleFormInput('refusal')));
    expect(refusal.text).toContain('thẩm quyền của Ủy ban nhân dân xã nơi cư trú của cha hoặc mẹ');
    const stop = await readPdf(await renderDossierForm(sampleFormInput('stop_notice')));
    expect(stop.text).toContain('Kính gửi: Nguyễn Thị Hằng');
    expect(stop.text).toContain('thông báo dừng giải quyết hồ sơ nêu trên vì lý do sau:');
    expect(stop.text).toContain('đề nghị dừng giải quyết ngày 20/11/2026');
  });

  it('apologises with the reason, the missed appointment and the new one', async () => {
    const { text } = await readPdf(await renderDossierForm(sampleFormInput('apology')));
    expect(text).toContain('Ngày 20 tháng 11 năm 2026, Bộ phận Một cửa xã Tân An tiếp nhận');
    expect(text).toContain(
      'Thời hẹn trả kết quả giải quyết hồ sơ: 14 giờ 05 phút, ngày 24 tháng 11 năm 2026',
    );
    expect(text).toContain('Phải xác minh thông tin nơi cư trú');
    expect(text).toContain('xin lỗi ông/bà');
    expect(text).toContain('vào 14 giờ 05 phút, ngày 29 tháng 11 năm 2026');
  });

  it('writes each hand-over of the control slip with its time, due time and outcome', async () => {
    const { text } = await readPdf(await renderDossierForm(sampleFormInput('control_slip')));
    const header =
      'TÊN CƠ QUAN THỜI GIAN GIAO, NHẬN HỒ SƠ KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/Đúng hạn/Quá hạn) GHI CHÚ';
    expect(includesIgnoringWraps(text, header)).toBe(true);
    expect(text).toContain('1. Giao: Bộ phận Một cửa xã Tân An Người nhận: Công chức Tư pháp - Hộ tịch');
    expect(text).toContain('14 giờ 05 phút, ngày 20/11/2026 Hạn xử lý: 20/11/2026 22:05 Trước hạn');
    expect(text).toContain('Đúng hạn');
    expect(text).toContain('Quá hạn');
    expect(text).toContain('Tiếp nhận: 20/11/2026 14:05');
  });

  it('breaks a control slip of 60 hand-overs across pages, repeating the table header', async () => {
    const input = sampleFormInput('control_slip', { handovers: sampleHandovers(60) });
    const bytes = await renderDossierForm(input);
    const { pages, pageCount, text } = await readPdf(bytes);
    expect(pageCount).toBeGreaterThan(1);
    // Pages after the first carry their number (drawn last, so read last); a page that continues
    // the table starts with its header.
    pages.slice(1).forEach((page, index) => {
      expect(page.endsWith(` ${index + 2}`)).toBe(true);
      if (page.includes('. Giao: ')) expect(page.startsWith('TÊN CƠ QUAN THỜI GIAN GIAO')).toBe(true);
    });
    expect(pages.filter((page) => page.includes('TÊN CƠ QUAN THỜI GIAN GIAO')).length).toBeGreaterThan(2);
    for (let n = 1; n <= 60; n++) expect(text).toContain(`${n}. Giao: `);
    expect(await qrCodesOnPage(bytes, pageCount)).toEqual([input.verifyUrl]);
  });

  it('continues a long list of papers on the next page under the repeated column titles', async () => {
    const documents = Array.from({ length: 45 }, (_, i) => ({
      name: `Giấy tờ số ${i + 1} của Trần Văn Đức`,
      originals: 1,
      copies: 2,
    }));
    const { pages } = await readPdf(await renderDossierForm(sampleFormInput('receipt', { documents })));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]?.startsWith('STT Tên giấy tờ Bản chính Bản sao')).toBe(true);
    expect(pages.join(' ')).toContain('45 Giấy tờ số 45 của Trần Văn Đức 01 02');
  });

  it('prints the day in Vietnam, not in UTC, for an instant late in the UTC evening', async () => {
    const issuedAt = new Date('2026-02-04T17:30:00Z'); // 00:30 on 5/2 in Vietnam
    const { text } = await readPdf(await renderDossierForm(sampleFormInput('refusal', { issuedAt })));
    expect(text).toContain('Tân An, ngày 05 tháng 02 năm 2026');
  });

  it('draws decomposed (NFD) input as composed text', async () => {
    const applicant = { ...sampleFormInput('receipt').applicant, name: 'Nguyễn Thị Hằng'.normalize('NFD') };
    const { text } = await readPdf(await renderDossierForm(sampleFormInput('receipt', { applicant })));
    expect(text).toContain('Nguyễn Thị Hằng'.normalize('NFC'));
    expect(text).not.toMatch(/[\u0300-\u036f]/);
  });

  it('gives the same bytes for the same input, dated at the time of issue', async () => {
    const input = sampleFormInput('apology');
    const first = await renderDossierForm(input);
    const second = await renderDossierForm(input);
    expect(first.equals(second)).toBe(true);
    const { info } = await readPdf(first);
    expect(info.CreationDate).toBe('D:20261123070500Z');
    expect(info.Title).toBe('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ — 000.00.17.H29-261123-0007');
  });
});
