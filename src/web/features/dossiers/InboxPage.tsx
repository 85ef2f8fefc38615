import { Button, Group, Loader, Paper, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconBook, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Pager } from '../../components/Pager';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { useSession } from '../auth/session';
import { dossierCapabilities, inboxViewsFor } from './access';
import { useInbox } from './api';
import { InboxFilters } from './InboxFilters';
import { InboxList } from './InboxList';
import {
  INBOX_SEARCH_DEBOUNCE_MS,
  type InboxSearch,
  inboxPageCount,
  inboxSearchParams,
  parseInboxSearch,
} from './inbox-search';
import { LogBookDialog } from './LogBookDialog';
import type { InboxView } from './types';
import { useDesks } from './useDesks';

/** The work lists (Việc của tôi, Chờ tiếp nhận, Chờ trả kết quả, Quá hạn, Tất cả), paged on the server. */
export function InboxPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession().data;
  const views = useMemo<InboxView[]>(() => (session ? inboxViewsFor(session) : ['mine']), [session]);
  const can = session ? dossierCapabilities(session) : null;
  const [params, setParams] = useSearchParams();
  const search = parseInboxSearch(params, views);
  const list = useInbox(search);
  const [logBook, setLogBook] = useState(false);

  /** A new tab or search starts on its first page; typing replaces the history entry. */
  const update = (patch: Partial<InboxSearch>, replace = false) =>
    setParams((prev) => inboxSearchParams({ ...parseInboxSearch(prev, views), page: 1, ...patch }), {
      replace,
    });
  const [text, setText] = useState(search.q);
  const input = useRef<HTMLInputElement>(null);
  const searchFor = useDebouncedCallback((q: string) => update({ q }, true), INBOX_SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (document.activeElement !== input.current) setText(search.q);
  }, [search.q]);

  const viewName = t(`dossiers.inbox.views.${search.view}`);
  const data = list.data;
  return (
    <>
      <PageTitle
        actions={
          can?.desk && (
            <>
              <Button
                size="xs"
                component={Link}
                to={paths.deskIntake}
                leftSection={<IconPlus size={16} aria-hidden />}
              >
                {t('dossiers.inbox.newIntake')}
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconBook size={16} aria-hidden />}
                onClick={() => setLogBook(true)}
              >
                {t('dossiers.logBook.open')}
              </Button>
            </>
          )
        }
      >
        {t('dossiers.inbox.title')}
      </PageTitle>
      <Stack gap="md">
        <Tabs
          value={search.view}
          onChange={(view) => update({ view: views.find((v) => v === view) ?? 'mine' })}
          keepMounted={false}
        >
          <Tabs.List aria-label={t('dossiers.inbox.tabs')}>
            {views.map((view) => (
              <Tabs.Tab value={view} key={view}>
                {t(`dossiers.inbox.views.${view}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {views.map((view) => (
            <Tabs.Panel value={view} key={view} pt="md">
              <Stack gap="sm">
                <Paper withBorder p="sm" role="search" aria-label={t('dossiers.inbox.search')}>
                  <TextInput
                    ref={input}
                    type="search"
                    label={t('dossiers.inbox.search')}
                    placeholder={t('dossiers.inbox.searchPlaceholder')}
                    leftSection={<IconSearch size={18} aria-hidden />}
                    value={text}
                    maxLength={100}
                    autoComplete="off"
                    onChange={(e) => {
                      setText(e.currentTarget.value);
                      searchFor(e.currentTarget.value);
                    }}
                  />
                  <Stack mt="xs">
                    <InboxFilters filters={search.filters} onChange={(filters) => update({ filters })} />
                  </Stack>
                </Paper>
                {list.isError && <ProblemAlert error={list.error} />}
                <Group gap="xs" aria-live="polite" mih={28}>
                  {data && (
                    <Text fw={600} data-testid="inbox-count">
                      {t('dossiers.inbox.count', {
                        count: data.total,
                        // A count that stops (one's own steps, at 1,000) reads "1.000+".
                        formatted: `${fmt.number(data.total)}${data.totalCapped ? '+' : ''}`,
                      })}
                    </Text>
                  )}
                  {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
                </Group>
                {data && data.items.length === 0 && (
                  <Paper withBorder p="lg" ta="center">
                    <Text>{t('dossiers.inbox.empty')}</Text>
                  </Paper>
                )}
                {data && data.items.length > 0 && (
                  <InboxList items={data.items} label={t('dossiers.inbox.table', { view: viewName })} />
                )}
                {data && inboxPageCount(data.total) > 1 && (
                  <Pager
                    total={inboxPageCount(data.total)}
                    value={search.page}
                    onChange={(page) => {
                      update({ page });
                      window.scrollTo({ top: 0 });
                    }}
                  />
                )}
              </Stack>
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
      {can?.desk && <DeskLogBook opened={logBook} onClose={() => setLogBook(false)} />}
    </>
  );
}

function DeskLogBook({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { desks } = useDesks();
  if (desks.length === 0) return null;
  return <LogBookDialog opened={opened} onClose={onClose} desks={desks} />;
}
