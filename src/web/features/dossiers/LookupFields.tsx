import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LookupProblems } from './public-lookup';

/**
 * The two fields of a dossier lookup (tra cứu hồ sơ): its code, and the phone or the last 4 digits
 * of the id; the lookup page and the public home lay them out their own way.
 */
export function LookupFields({
  code,
  factor,
  problems,
  onCode,
  onFactor,
}: {
  code: string;
  factor: string;
  problems: LookupProblems;
  onCode: (code: string) => void;
  onFactor: (factor: string) => void;
}) {
  const { t } = useTranslation();
  const problem = (key: keyof LookupProblems) => {
    const p = problems[key];
    return p ? t(`dossiers.lookup.problems.${p}`) : undefined;
  };
  return (
    <>
      <TextInput
        required
        label={t('dossiers.lookup.code')}
        placeholder={t('dossiers.lookup.codePlaceholder')}
        value={code}
        maxLength={60}
        autoComplete="off"
        spellCheck={false}
        error={problem('code')}
        onChange={(e) => onCode(e.currentTarget.value)}
      />
      <TextInput
        required
        label={t('dossiers.lookup.factor')}
        description={t('dossiers.lookup.factorHint')}
        value={factor}
        maxLength={20}
        inputMode="tel"
        autoComplete="off"
        error={problem('factor')}
        onChange={(e) => onFactor(e.currentTarget.value)}
      />
    </>
  );
}
