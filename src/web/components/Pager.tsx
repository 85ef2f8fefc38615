import { Box, Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Server-side pagination control, labelled for screen readers in the UI language. */
export function Pager({
  total,
  value,
  onChange,
}: {
  total: number;
  value: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Box component="nav" aria-label={t('common.pager.label')}>
      <Pagination
        total={total}
        value={value}
        onChange={onChange}
        size="sm"
        siblings={1}
        boundaries={1}
        withEdges
        getControlProps={(control) => ({ 'aria-label': t(`common.pager.${control}`) })}
        getItemProps={(page) => ({
          'aria-label': t('common.pager.page', { page }),
          'aria-current': page === value ? 'page' : undefined,
        })}
      />
    </Box>
  );
}

/** Under a paged list: how many there are in all (read out when it changes), and the pager. */
export function TotalAndPager({
  total,
  pageSize,
  page,
  onChange,
}: {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Text size="sm" aria-live="polite">
        {t('common.total', { count: total })}
      </Text>
      <Pager total={Math.max(1, Math.ceil(total / pageSize))} value={page} onChange={onChange} />
    </Group>
  );
}
