import { Button, Stack, TextInput } from '@mantine/core';
import { IconListSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../routes/paths';
import { type LookupProblems, lookupProblems } from '../dossiers/public-lookup';

/**
 * Tra cứu hồ sơ from the home: checked as the lookup page checks it, then the lookup page answers.
 * The second factor travels in the navigation's state, never in the address (it would be logged).
 */
export function LookupForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [factor, setFactor] = useState('');
  const [problems, setProblems] = useState<LookupProblems>({});
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = lookupProblems({ code, factor });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    void navigate(`${paths.publicLookup}?${new URLSearchParams({ code: code.trim() })}`, {
      state: { factor: factor.trim() },
    });
  };
  const problem = (key: keyof LookupProblems) => {
    const p = problems[key];
    return p ? t(`dossiers.lookup.problems.${p}`) : undefined;
  };
  return (
    <form aria-label={t('dossiers.lookup.form')} onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <TextInput
          required
          label={t('dossiers.lookup.code')}
          placeholder={t('dossiers.lookup.codePlaceholder')}
          value={code}
          maxLength={60}
          autoComplete="off"
          spellCheck={false}
          error={problem('code')}
          onChange={(e) => setCode(e.currentTarget.value)}
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
          onChange={(e) => setFactor(e.currentTarget.value)}
        />
        <Button type="submit" leftSection={<IconListSearch size={18} aria-hidden />}>
          {t('portal.lookup.submit')}
        </Button>
      </Stack>
    </form>
  );
}
