import { describe, expect, it } from 'vitest';
import { CalendarError } from '../calendar/errors';
import {
  DOSSIER_FORM_KINDS,
  DOSSIER_FORM_SETS,
  DossierFormError,
  type DossierFormKind,
  formSetOn,
} from './form-sets';

/** domain.md §0, written out by hand: kind → [Circular 01/2018 number, Circular 03/2025 number]. */
const NUMBERS: Record<DossierFormKind, [string | null, string]> = {
  receipt: ['Mẫu 01', 'Mẫu 01'],
  supplement_request: ['Mẫu 02', 'Mẫu 02'],
  refusal: ['Mẫu 03', 'Mẫu 03'],
  apology: ['Mẫu 04', 'Mẫu 04'],
  stop_notice: [null, 'Mẫu 05'],
  control_slip: ['Mẫu 05', 'Mẫu 06'],
  log_book: ['Mẫu 06', 'Mẫu 07'],
};

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('dossier form sets', () => {
  it('uses Circular 01/2018 on 30/6/2025 and Circular 03/2025 from 1/7/2025', () => {
    expect(formSetOn('2025-06-30').legalBasis).toBe('Thông tư số 01/2018/TT-VPCP');
    expect(formSetOn('2025-07-01').legalBasis).toBe('Thông tư số 03/2025/TT-VPCP');
    expect(formSetOn('2025-06-30').id).toBe('circular-01-2018-tt-vpcp');
    expect(formSetOn('2025-07-01').id).toBe('circular-03-2025-tt-vpcp');
  });

  it.each(DOSSIER_FORM_KINDS)(
    'numbers the %s as domain.md §0 says, on both sides of the boundary',
    (kind) => {
      const [old, current] = NUMBERS[kind];
      if (old) expect(formSetOn('2025-06-30').formNumber(kind)).toBe(old);
      expect(formSetOn('2025-07-01').formNumber(kind)).toBe(current);
      expect(formSetOn('2026-11-23').formNumber(kind)).toBe(current);
    },
  );

  it('prints Mẫu 05 as the control slip in 2024 and as the stop notice in 2026', () => {
    expect(formSetOn('2024-03-15').title('control_slip')).toBe('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(formSetOn('2024-03-15').formNumber('control_slip')).toBe('Mẫu 05');
    expect(formSetOn('2026-03-15').formNumber('stop_notice')).toBe('Mẫu 05');
    expect(formSetOn('2026-03-15').title('stop_notice')).toBe('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
  });

  it('refuses a stop notice on a day the 2018 set was in force, with a stable code', () => {
    const set = formSetOn('2025-06-30');
    expect(set.has('stop_notice')).toBe(false);
    const error = errorOf(() => set.formNumber('stop_notice'));
    expect(error).toBeInstanceOf(DossierFormError);
    expect(error).toMatchObject({ code: 'form_not_in_set' });
    expect(errorOf(() => set.title('stop_notice'))).toMatchObject({ code: 'form_not_in_set' });
    expect(formSetOn('2025-07-01').has('stop_notice')).toBe(true);
  });

  it('says no set is in force before Circular 01/2018 took effect', () => {
    expect(formSetOn('2019-01-08').id).toBe('circular-01-2018-tt-vpcp');
    expect(errorOf(() => formSetOn('2019-01-07'))).toMatchObject({ code: 'no_form_set_in_force' });
  });

  it('rejects a date that does not exist rather than guessing a set', () => {
    expect(errorOf(() => formSetOn('2025-02-30'))).toBeInstanceOf(CalendarError);
    expect(errorOf(() => formSetOn('1/7/2025'))).toBeInstanceOf(CalendarError);
  });

  it('gives every form of every set a title, and sets that neither overlap nor leave a gap', () => {
    const titles = {
      receipt: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      supplement_request: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      refusal: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
      apology: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
      stop_notice: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
      control_slip: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      log_book: 'SỔ THEO DÕI HỒ SƠ',
    };
    for (const set of DOSSIER_FORM_SETS) {
      for (const form of set.forms) expect(form.title).toBe(titles[form.kind]);
    }
    const [first, second] = DOSSIER_FORM_SETS;
    expect(first?.effectiveTo).toBe('2025-06-30');
    expect(second?.effectiveFrom).toBe('2025-07-01');
    expect(second?.effectiveTo).toBeNull();
  });
});
