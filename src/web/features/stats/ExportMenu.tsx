import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { periodParts, type ReportSearch, reportQuery, scopeQuery, toParams } from './stats-search';

/**
 * The report's downloads (plain links: the browser saves the file): the table as shown, the
 * official Biểu số 06/VPCP/KSTT (and II.06a of the service centre) and, for a quarter, the
 * quarterly report.
 */
export function ExportMenu({ search }: { search: ReportSearch }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const scope = toParams(scopeQuery(search)).toString();
  const quarter = search.period && periodParts(search.period)?.kind === 'quarter' ? search.period : null;
  const items = [
    {
      key: 'xlsx',
      href: `/api/stats/report.xlsx?${toParams({ ...reportQuery(search), lang }).toString()}`,
      icon: IconFileSpreadsheet,
    },
    { key: 'form06xlsx', href: `/api/stats/form-06.xlsx?${scope}`, icon: IconFileSpreadsheet },
    { key: 'form06pdf', href: `/api/stats/form-06.pdf?${scope}`, icon: IconFileTypePdf },
    {
      key: 'form06a',
      href: `/api/stats/form-06.pdf?${toParams({ ...scopeQuery(search), variant: 'ii06a' }).toString()}`,
      icon: IconFileTypePdf,
    },
    ...(quarter
      ? [
          {
            key: 'quarterly',
            href: `/api/stats/quarterly-report.pdf?${toParams({ period: quarter, ...(search.unit ? { unit: search.unit } : {}) }).toString()}`,
            icon: IconFileTypePdf,
          },
        ]
      : []),
  ];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {t('stats.export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map((item) => (
          <Menu.Item
            key={item.key}
            component="a"
            href={item.href}
            download
            leftSection={<item.icon size={16} aria-hidden />}
            data-testid={`export-${item.key}`}
          >
            {t(`stats.export.${item.key}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
