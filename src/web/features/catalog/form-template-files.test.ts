import { describe, expect, it } from 'vitest';
import { FORM_TEMPLATE_ACCEPT, formTemplateContentType, isStoredTemplate } from './form-template-files';

describe('form template files in the editor', () => {
  it.each([
    ['Tờ khai.PDF', 'application/pdf'],
    ['don.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['don.doc', 'application/msword'],
    ['mau.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['mau.odt', 'application/vnd.oasis.opendocument.text'],
    ['mau.exe', null],
    ['pdf', null],
  ])('uploads %s as %s', (name, type) => {
    expect(formTemplateContentType(name)).toBe(type);
  });

  it('offers every accepted extension in the file chooser', () => {
    expect(FORM_TEMPLATE_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.pdf', '.docx', '.odt']));
  });

  it('tells a stored template id from a plain file name', () => {
    expect(isStoredTemplate('0190a3c4-0000-7000-8000-000000000000')).toBe(true);
    expect(isStoredTemplate('to-khai.docx')).toBe(false);
    expect(isStoredTemplate(null)).toBe(false);
  });
});
