import { Button, Stack } from '@mantine/core';
import { IconListSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../routes/paths';
import { LookupFields } from '../dossiers/LookupFields';
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
  return (
    <form aria-label={t('dossiers.lookup.form')} onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <LookupFields code={code} factor={factor} problems={problems} onCode={setCode} onFactor={setFactor} />
        <Button type="submit" leftSection={<IconListSearch size={18} aria-hidden />}>
          {t('portal.lookup.submit')}
        </Button>
      </Stack>
    </form>
  );
}
