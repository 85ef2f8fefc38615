import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBriefcase, IconCalendar, IconLogin, IconScale } from '@tabler/icons-react';
import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle';
import { WhenVisible } from '../../components/WhenVisible';
import { paths } from '../../routes/paths';
import { useSession } from '../auth/session';
import { usePublicProvince } from './api';
import { CalendarGlance } from './CalendarGlance';
import { LookupForm } from './LookupForm';
import { ProcedureSearchForm } from './ProcedureSearchForm';

// Below the fold, with its form controls: loaded when the visitor scrolls to it.
const DueTimeTool = lazy(() => import('../calendar/DueTimeTool').then((m) => ({ default: m.DueTimeTool })));

/** One titled part of the home (a landmark named by its heading). */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/**
 * Cổng dịch vụ công: the province's public home for citizens and businesses — find a procedure,
 * follow a dossier, the working calendar, when a result is due; staff sign in from a link.
 */
export function PublicHomePage() {
  const { t } = useTranslation();
  const province = usePublicProvince();
  const session = useSession();
  usePageTitle(t('portal.title'));

  return (
    <Stack gap="md">
      <Paper p={{ base: 'md', sm: 'xl' }} bg="blue.0" radius="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" gap="xs">
            <div>
              <Text size="sm" fw={600} c="blue.9" data-testid="portal-province" mih="1.4em">
                {province.data?.name ?? ''}
              </Text>
              <Title order={1} size="h2">
                {t('portal.title')}
              </Title>
            </div>
            {session.data && (
              <Button component={Link} to={paths.home} leftSection={<IconBriefcase size={18} aria-hidden />}>
                {t('portal.workplace')}
              </Button>
            )}
          </Group>
          <Text size="sm">{t('portal.intro')}</Text>
          <ProcedureSearchForm />
          <Group gap="md">
            <Anchor component={Link} to={paths.transparency} size="sm">
              <IconScale size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
              {t('portal.transparency')}
            </Anchor>
            <Anchor component={Link} to={paths.calendar} size="sm">
              <IconCalendar size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
              {t('nav.calendar')}
            </Anchor>
          </Group>
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section id="portal-lookup" title={t('portal.lookup.title')}>
          <LookupForm />
        </Section>
        <Section id="portal-calendar" title={t('portal.calendar.title')}>
          <CalendarGlance />
        </Section>
      </SimpleGrid>
      <Section id="portal-due-time" title={t('dueTime.title')}>
        <WhenVisible minHeight={320}>
          <DueTimeTool />
        </WhenVisible>
      </Section>
      {!session.data && (
        <Group component="footer" justify="center" py="sm">
          <Anchor component={Link} to={paths.signIn} size="sm">
            <IconLogin size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
            {t('portal.staffSignIn')}
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}
