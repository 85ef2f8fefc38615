import { Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBan, IconCircleCheck, IconEdit, IconLock, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { TotalAndPager } from '../../components/Pager';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert, SuccessAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { useUsers } from './api';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { isLocked } from './user-status';

const PAGE_SIZE = 20;

export function UsersPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const users = useUsers({ q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const total = users.data?.total ?? 0;

  const status = (u: User) => {
    const [Icon, color, text] = !u.active
      ? [IconBan, 'gray.7', t('users.status.disabled')]
      : isLocked(u)
        ? [IconLock, 'red.8', t('users.status.locked', { until: fmt.dateTime(u.lockedUntil) })]
        : [IconCircleCheck, 'green.8', t('users.status.active')];
    return (
      <Group gap={4} wrap="nowrap">
        <Icon size={16} aria-hidden color={`var(--mantine-color-${color.replace('.', '-')})`} />
        <Text size="sm">{text}</Text>
      </Group>
    );
  };

  return (
    <>
      <PageTitle
        actions={
          <Button
            size="xs"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            {t('users.create')}
          </Button>
        }
      >
        {t('users.title')}
      </PageTitle>
      <Stack>
        {notice && <SuccessAlert>{notice}</SuccessAlert>}
        <TextInput
          type="search"
          label={t('users.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          maw={420}
        />
        {users.isError && <ProblemAlert error={users.error} />}
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760} scrollAreaProps={keyboardScrollArea(t('users.table'))}>
            <Table striped highlightOnHover aria-label={t('users.table')} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('users.fields.username')}</Table.Th>
                  <Table.Th scope="col">{t('users.fields.fullName')}</Table.Th>
                  <Table.Th scope="col">{t('users.fields.homeUnit')}</Table.Th>
                  <Table.Th scope="col">{t('users.fields.roles')}</Table.Th>
                  <Table.Th scope="col">{t('users.fields.status')}</Table.Th>
                  <Table.Th scope="col">{t('users.fields.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data?.users.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>
                      <code>{u.username}</code>
                    </Table.Td>
                    <Table.Td>{u.fullName}</Table.Td>
                    <Table.Td>{u.homeUnitName}</Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {u.assignments.map((a) => (
                          <Text size="xs" key={`${a.role}:${a.unitId}`}>
                            {t(`roles.${a.role}`)} · {a.unitName}
                          </Text>
                        ))}
                      </Stack>
                    </Table.Td>
                    <Table.Td>{status(u)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="default"
                        leftSection={<IconEdit size={14} aria-hidden />}
                        onClick={() => setEditing(u)}
                        aria-label={`${t('common.edit')} ${u.username}`}
                      >
                        {t('common.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
                {users.data?.users.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>{t('users.empty')}</Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
        <TotalAndPager total={total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
      </Stack>
      <CreateUserModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(u) => {
          setCreating(false);
          setNotice(t('users.created', { username: u.username }));
        }}
      />
      <EditUserModal user={editing} onClose={() => setEditing(null)} />
    </>
  );
}
