import { Button, Group, Input, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../routes/paths';

/** The home's main search: the words go to the catalog's search (with or without diacritics). */
export function ProcedureSearchForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const inputId = useId();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    void navigate(q ? `${paths.procedures}?${new URLSearchParams({ q })}` : paths.procedures);
  };
  return (
    <search aria-label={t('portal.search.form')}>
      <form onSubmit={onSubmit}>
        {/* The label spans the row, so it never wraps beside the button on a phone. */}
        <Input.Label htmlFor={inputId} size="md" mb={4}>
          {t('portal.search.label')}
        </Input.Label>
        <Group gap="xs" wrap="nowrap">
          <TextInput
            id={inputId}
            flex={1}
            size="md"
            placeholder={t('portal.search.placeholder')}
            leftSection={<IconSearch size={18} aria-hidden />}
            value={text}
            maxLength={200}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <Button type="submit" size="md">
            {t('portal.search.submit')}
          </Button>
        </Group>
      </form>
    </search>
  );
}
