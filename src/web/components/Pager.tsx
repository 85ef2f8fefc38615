import { Box, Pagination } from '@mantine/core';
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
