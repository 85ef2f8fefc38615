import { AppShell, Burger, Group, Menu, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAward,
  IconBuildingCommunity,
  IconCalendar,
  IconChartBar,
  IconChecklist,
  IconChevronDown,
  IconClipboardCheck,
  IconClockHour4,
  IconFileCheck,
  IconFileDescription,
  IconFileImport,
  IconFileSettings,
  IconHome,
  IconLayoutKanban,
  IconListDetails,
  IconListSearch,
  IconLogout,
  IconMailForward,
  IconReport,
  IconScale,
  IconTargetArrow,
  IconTrophy,
  IconUserCircle,
  IconUsers,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client';
import type { Session } from '../api/types';
import { capabilities, useRememberSession } from '../features/auth/session';
import { dossierCapabilities } from '../features/dossiers/access';
import { paths } from '../routes/paths';
import { LanguageSwitch } from './LanguageSwitch';

/** The signed-in frame: header with language and account menu, navigation by role, main content. */
export function AppLayout({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  const remember = useRememberSession();
  const can = capabilities(session);
  const dossiers = dossierCapabilities(session);
  const isActive = (to: string) => {
    // The managed list lives under /procedures: only one of the two links is the current page.
    if (to === paths.procedures && location.pathname.startsWith(paths.managedProcedures)) return false;
    // The lists behind a report's numbers and an index's indicators belong to those pages.
    if (to === paths.statsReport && location.pathname.startsWith(paths.statsDossiers)) return true;
    if (to === paths.statsIndex && location.pathname.startsWith(paths.statsProcedures)) return true;
    // The board is the programme's first page; its plans and tasks have their own links.
    if (to === paths.parBoard) return location.pathname === paths.parBoard;
    return location.pathname.startsWith(to);
  };

  const signOut = useMutation({
    mutationFn: () => api('/api/auth/logout', { method: 'POST' }),
    onSettled: () => {
      remember(null);
      void navigate(paths.signIn, { replace: true });
    },
  });

  const links = [
    { to: paths.home, label: t('nav.home'), icon: IconHome, show: true },
    { to: paths.deskIntake, label: t('dossiers.nav.intake'), icon: IconFileImport, show: dossiers.intake },
    { to: paths.dossiers, label: t('dossiers.nav.inbox'), icon: IconFileCheck, show: dossiers.workDossiers },
    { to: paths.statsReport, label: t('stats.nav.report'), icon: IconChartBar, show: can.readStats },
    { to: paths.statsIndex, label: t('stats.nav.index'), icon: IconTrophy, show: can.readStats },
    { to: paths.parBoard, label: t('par.nav.board'), icon: IconLayoutKanban, show: can.readPar },
    { to: paths.parTasks, label: t('par.nav.tasks'), icon: IconChecklist, show: can.readPar },
    { to: paths.parPlans, label: t('par.nav.plans'), icon: IconTargetArrow, show: can.readPar },
    { to: paths.parScoring, label: t('parScoring.nav'), icon: IconAward, show: can.readPar },
    {
      to: paths.parInspections,
      label: t('parInspections.nav'),
      icon: IconClipboardCheck,
      show: can.readPar,
    },
    { to: paths.parReports, label: t('parReports.nav'), icon: IconReport, show: can.readPar },
    { to: paths.organisation, label: t('nav.organisation'), icon: IconBuildingCommunity, show: true },
    { to: paths.users, label: t('nav.users'), icon: IconUsers, show: can.manageUsers },
    { to: paths.audit, label: t('nav.audit'), icon: IconListDetails, show: can.readAudit },
    {
      to: paths.notifications,
      label: t('notifications.nav'),
      icon: IconMailForward,
      show: can.readNotifications,
    },
    { to: paths.procedures, label: t('catalog.nav'), icon: IconFileDescription, show: true },
    {
      to: paths.managedProcedures,
      label: t('catalog.managed.nav'),
      icon: IconFileSettings,
      show: can.manageCatalog,
    },
    { to: paths.calendar, label: t('nav.calendar'), icon: IconCalendar, show: true },
    { to: paths.dueTime, label: t('nav.dueTime'), icon: IconClockHour4, show: true },
    { to: paths.publicLookup, label: t('dossiers.nav.lookup'), icon: IconListSearch, show: true },
    { to: paths.transparency, label: t('stats.nav.transparency'), icon: IconScale, show: true },
    { to: paths.account, label: t('nav.account'), icon: IconUserCircle, show: true },
  ].filter((l) => l.show);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Text component={Link} to={paths.home} fw={700} size="lg" c="blue.9" td="none">
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton aria-label={t('nav.userMenu', { name: session.user.fullName })}>
                  <Group gap={4} wrap="nowrap">
                    <IconUserCircle size={22} aria-hidden />
                    <Text size="sm" visibleFrom="sm" truncate maw={180}>
                      {session.user.fullName}
                    </Text>
                    <IconChevronDown size={14} aria-hidden />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{session.user.username}</Menu.Label>
                <Menu.Item
                  component={Link}
                  to={paths.account}
                  leftSection={<IconUserCircle size={16} aria-hidden />}
                >
                  {t('nav.account')}
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconLogout size={16} aria-hidden />}
                  onClick={() => signOut.mutate()}
                >
                  {t('nav.signOut')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>

      {/* The menu scrolls on its own when it is taller than the window (a system admin's is). */}
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')} style={{ overflowY: 'auto' }}>
        {links.map((link) => (
          <NavLink
            key={link.to}
            component={Link}
            to={link.to}
            label={link.label}
            leftSection={<link.icon size={18} aria-hidden />}
            active={isActive(link.to)}
            aria-current={isActive(link.to) ? 'page' : undefined}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>

      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
