import { Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { IconTableExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { todayInProvince } from '../../i18n/format';
import type { DeskOption } from './desk-units';
import { logBookUrl, monthOf } from './document-links';

/** Sổ theo dõi hồ sơ: a desk's log book for a period, as a spreadsheet (this month by default). */
export function LogBookDialog({
  opened,
  onClose,
  desks,
}: {
  opened: boolean;
  onClose: () => void;
  desks: readonly DeskOption[];
}) {
  const { t } = useTranslation();
  const month = monthOf(todayInProvince());
  const [deskId, setDeskId] = useState<string | null>(desks[0]?.id ?? null);
  const [from, setFrom] = useState(month.from);
  const [to, setTo] = useState(month.to);
  const desk = deskId ?? desks[0]?.id ?? null;
  const ready = desk !== null && from !== '' && to !== '' && from <= to;
  return (
    <Dialog opened={opened} onClose={onClose} title={t('dossiers.logBook.title')}>
      <Stack gap="sm">
        <Select
          label={t('dossiers.logBook.desk')}
          data={desks.map((d) => ({ value: d.id, label: d.name }))}
          value={desk}
          allowDeselect={false}
          onChange={setDeskId}
        />
        <SimpleGrid cols={2} spacing="sm">
          <DateField label={t('dossiers.logBook.from')} value={from} onChange={(value) => setFrom(value)} />
          <DateField label={t('dossiers.logBook.to')} value={to} onChange={(value) => setTo(value)} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button
            component="a"
            href={ready && desk ? logBookUrl(desk, from, to) : undefined}
            download
            disabled={!ready}
            leftSection={<IconTableExport size={18} aria-hidden />}
          >
            {t('dossiers.logBook.download')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
