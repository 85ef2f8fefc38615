import { Box, Button, Container, Group, Text } from '@mantine/core';
import {
  IconCalendar,
  IconClockHour4,
  IconFileDescription,
  IconListSearch,
  IconLogin,
  IconScale,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { paths } from '../routes/paths';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the public pages for visitors who are not signed in: name, public links, language, sign-in. */
export function PublicLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const links = [
    { to: paths.procedures, label: t('catalog.nav'), icon: IconFileDescription },
    { to: paths.transparency, label: t('stats.nav.transparency'), icon: IconScale },
    { to: paths.calendar, label: t('nav.calendar'), icon: IconCalendar },
    { to: paths.dueTime, label: t('nav.dueTime'), icon: IconClockHour4 },
    { to: paths.publicLookup, label: t('dossiers.nav.lookup'), icon: IconListSearch },
  ];
  return (
    <Box bg="gray.0" mih="100vh">
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="xl" py="xs">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text component={Link} to={paths.publicHome} fw={700} size="lg" c="blue.9" td="none">
              {t('app.name')}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <LanguageSwitch />
              <Button
                component={Link}
                to={paths.signIn}
                variant="light"
                size="compact-sm"
                leftSection={<IconLogin size={16} aria-hidden />}
              >
                {t('nav.signIn')}
              </Button>
            </Group>
          </Group>
          <Group component="nav" aria-label={t('nav.public')} gap={4} mt={6} wrap="wrap">
            {links.map((link) => {
              const active = location.pathname.startsWith(link.to);
              return (
                <Button
                  key={link.to}
                  component={Link}
                  to={link.to}
                  variant={active ? 'light' : 'subtle'}
                  size="compact-sm"
                  leftSection={<link.icon size={16} aria-hidden />}
                  aria-current={active ? 'page' : undefined}
                >
                  {link.label}
                </Button>
              );
            })}
          </Group>
        </Container>
      </Box>
      <Container size="xl" component="main" py="md">
        <Outlet />
      </Container>
    </Box>
  );
}
