import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  it('defaults to the dossier code layout of domain.md §4 and takes another valid one', () => {
    expect(loadConfig({}).DOSSIER_CODE_PATTERN).toBe('{agency}-{yymmdd}-{seq4}');
    expect(loadConfig({ DOSSIER_CODE_PATTERN: '{agency}.{yyyymmdd}.{seq5}' }).DOSSIER_CODE_PATTERN).toBe(
      '{agency}.{yyyymmdd}.{seq5}',
    );
  });

  it('refuses at start a code layout that could repeat codes, naming the setting', () => {
    expect(() => loadConfig({ DOSSIER_CODE_PATTERN: '{yymmdd}-{seq4}' })).toThrow(
      /DOSSIER_CODE_PATTERN: needs \{agency\} once/,
    );
  });

  it('refuses gateway addresses that are not URLs', () => {
    expect(() => loadConfig({ SMTP_URL: 'mail.example' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMS_GATEWAY_URL: 'sms' })).toThrow(/SMS_GATEWAY_URL/);
    expect(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' }).SMTP_URL).toBe('smtp://127.0.0.1:2525');
  });

  it('keeps prepared statements on unless told off, and refuses anything but true or false', () => {
    expect(loadConfig({}).DB_PREPARED_STATEMENTS).toBe(true);
    expect(loadConfig({ DB_PREPARED_STATEMENTS: 'false' }).DB_PREPARED_STATEMENTS).toBe(false);
    expect(() => loadConfig({ DB_PREPARED_STATEMENTS: 'no' })).toThrow(/DB_PREPARED_STATEMENTS/);
  });
});
