import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { PasswordField } from '../../components/PasswordField';
import { ProblemAlert, SuccessAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { useRememberSession, useSession } from './session';

export function AccountPage() {
  const { t } = useTranslation();
  const session = useSession().data;
  const fmt = useFormat();
  if (!session) return null;
  const { user } = session;
  return (
    <>
      <PageTitle>{t('account.title')}</PageTitle>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder component="section" aria-labelledby="profile-heading">
          <Title order={2} size="h4" id="profile-heading" mb="sm">
            {t('account.profile')}
          </Title>
          <Stack gap={4}>
            <Text fw={600}>{user.fullName}</Text>
            <Text size="sm">
              {t('users.fields.username')}: {user.username}
            </Text>
            <Text size="sm">
              {t('home.yourUnit')}: {user.homeUnitName}
            </Text>
            <Group gap={6} mt="xs">
              {user.assignments.map((a) => (
                <Badge key={`${a.role}:${a.unitId}`} variant="outline" color="blue.9" tt="none">
                  {t(`roles.${a.role}`)} · {a.unitCode}
                </Badge>
              ))}
            </Group>
          </Stack>
        </Card>
        <ChangePasswordCard />
        <Card withBorder component="section" aria-labelledby="sessions-heading">
          <Title order={2} size="h4" id="sessions-heading" mb="sm">
            {t('account.sessions')}
          </Title>
          <Text size="sm" mb="sm">
            {t('account.sessionExpires', { at: fmt.dateTime(session.expiresAt) })}
          </Text>
          <SignOutEverywhere />
        </Card>
      </SimpleGrid>
    </>
  );
}

function ChangePasswordCard() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const mismatch = confirm.length > 0 && next !== confirm;
  const change = useMutation({
    mutationFn: () =>
      api('/api/auth/password', { method: 'POST', json: { currentPassword: current, newPassword: next } }),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setConfirm('');
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!mismatch) change.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="password-heading">
      <Title order={2} size="h4" id="password-heading" mb="sm">
        {t('account.changePassword')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {change.isError && <ProblemAlert error={change.error} />}
          {change.isSuccess && <SuccessAlert>{t('account.changed')}</SuccessAlert>}
          <PasswordField
            label={t('account.currentPassword')}
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
          />
          <PasswordField
            label={t('account.newPassword')}
            description={t('users.passwordHelp')}
            autoComplete="new-password"
            required
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
          />
          <PasswordField
            label={t('account.confirmPassword')}
            autoComplete="new-password"
            required
            value={confirm}
            error={mismatch ? t('account.mismatch') : undefined}
            onChange={(e) => setConfirm(e.currentTarget.value)}
          />
          <Group>
            <Button
              type="submit"
              loading={change.isPending}
              disabled={!current || !next || !confirm || mismatch}
            >
              {t('account.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function SignOutEverywhere() {
  const { t } = useTranslation();
  const remember = useRememberSession();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => api('/api/auth/sign-out-everywhere', { method: 'POST' }),
    onSuccess: () => {
      remember(null);
      void navigate(paths.signIn, { replace: true });
    },
  });
  return (
    <Stack gap="xs">
      {signOut.isError && <ProblemAlert error={signOut.error} />}
      <Text size="sm" c="dimmed">
        {t('account.signOutEverywhereHelp')}
      </Text>
      <Group>
        <Button color="red.8" variant="outline" loading={signOut.isPending} onClick={() => signOut.mutate()}>
          {t('account.signOutEverywhere')}
        </Button>
      </Group>
    </Stack>
  );
}
