import { Alert, Anchor, Box, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  IconAlertCircle,
  IconCalendar,
  IconClockHour4,
  IconFileDescription,
  IconLock,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { api, ProblemError } from '../../api/client';
import type { Session } from '../../api/types';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PasswordField } from '../../components/PasswordField';
import { usePageTitle } from '../../components/usePageTitle';
import { paths } from '../../routes/paths';
import { useRememberSession, useSession } from './session';

function errorTitleKey(error: unknown): 'signIn.locked' | 'signIn.tooMany' | 'signIn.failed' {
  if (error instanceof ProblemError && error.status === 423) return 'signIn.locked';
  if (error instanceof ProblemError && error.status === 429) return 'signIn.tooMany';
  return 'signIn.failed';
}

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const session = useSession();
  const remember = useRememberSession();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const signIn = useMutation({
    mutationFn: () => api<Session>('/api/auth/login', { method: 'POST', json: { username, password } }),
    onSuccess: (data) => {
      remember(data);
      // Always home: the page someone else left open may not be this user's to see.
      void navigate(paths.home, { replace: true });
    },
    onError: () => setPassword(''),
  });

  if (session.data) return <Navigate to={paths.home} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  const error = signIn.error;
  const detail =
    error instanceof ProblemError && error.status === 429 && !error.detail
      ? t('signIn.tooManyDetail')
      : error?.message;

  return (
    <Box bg="gray.1" mih="100vh">
      <Group component="header" justify="space-between" p="md">
        <Text fw={700} size="lg" c="blue.9">
          {t('app.name')}
        </Text>
        <LanguageSwitch />
      </Group>
      <Stack component="main" align="center" px="md" pb="xl" gap="lg">
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              <div>
                <Title order={1} size="h2">
                  {t('signIn.title')}
                </Title>
                <Text size="sm" c="dimmed" mt={4}>
                  {t('signIn.intro')}
                </Text>
              </div>
              {error && (
                <Alert
                  role="alert"
                  color="red"
                  variant="light"
                  title={t(errorTitleKey(error))}
                  icon={
                    error instanceof ProblemError && error.status === 423 ? (
                      <IconLock aria-hidden />
                    ) : (
                      <IconAlertCircle aria-hidden />
                    )
                  }
                >
                  {detail}
                </Alert>
              )}
              <TextInput
                label={t('signIn.username')}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
              />
              <PasswordField
                label={t('signIn.password')}
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              <Button type="submit" loading={signIn.isPending} disabled={!username || !password} fullWidth>
                {t('signIn.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Paper component="nav" aria-label={t('nav.public')} p="md" radius="md" w="100%" maw={420}>
          <Text size="sm" mb="xs">
            {t('signIn.publicTools')}
          </Text>
          <Stack gap={6}>
            <Anchor component={Link} to={paths.procedures} size="sm">
              <Group gap={6} wrap="nowrap" component="span">
                <IconFileDescription size={18} aria-hidden />
                {t('catalog.nav')}
              </Group>
            </Anchor>
            <Anchor component={Link} to={paths.calendar} size="sm">
              <Group gap={6} wrap="nowrap" component="span">
                <IconCalendar size={18} aria-hidden />
                {t('nav.calendar')}
              </Group>
            </Anchor>
            <Anchor component={Link} to={paths.dueTime} size="sm">
              <Group gap={6} wrap="nowrap" component="span">
                <IconClockHour4 size={18} aria-hidden />
                {t('nav.dueTime')}
              </Group>
            </Anchor>
          </Stack>
        </Paper>
      </Stack>
    </Box>
  );
}
