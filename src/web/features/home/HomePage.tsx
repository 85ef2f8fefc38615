import { Anchor, Badge, Card, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  type Icon,
  IconBuildingCommunity,
  IconChartBar,
  IconChecklist,
  IconClipboardCheck,
  IconFileImport,
  IconLayoutKanban,
  IconListDetails,
  IconReceipt,
  IconReport,
  IconSearch,
  IconSignature,
  IconTargetArrow,
  IconTicket,
  IconTrophy,
  IconUsers,
} from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { paths } from '../../routes/paths';
import { capabilities, hasRole, useSession } from '../auth/session';

// The dashboard brings the charts library: loaded only for those who see it.
const Dashboard = lazy(() => import('../stats/Dashboard').then((m) => ({ default: m.Dashboard })));

type CardKey =
  | 'intake'
  | 'queue'
  | 'results'
  | 'lookup'
  | 'processing'
  | 'approval'
  | 'statistics'
  | 'par'
  | 'parTasks'
  | 'parPlans'
  | 'parInspections'
  | 'parReports'
  | 'organisation'
  | 'users'
  | 'audit';

const icons: Record<CardKey, Icon> = {
  intake: IconFileImport,
  queue: IconTicket,
  results: IconReceipt,
  lookup: IconSearch,
  processing: IconChecklist,
  approval: IconSignature,
  statistics: IconChartBar,
  par: IconTrophy,
  parTasks: IconLayoutKanban,
  parPlans: IconTargetArrow,
  parInspections: IconClipboardCheck,
  parReports: IconReport,
  organisation: IconBuildingCommunity,
  users: IconUsers,
  audit: IconListDetails,
};

/** The work each role does here, with where it is done. */
const workByRole: Partial<Record<Role, { key: CardKey; to: string }[]>> = {
  clerk: [
    { key: 'intake', to: paths.deskIntake },
    { key: 'results', to: `${paths.dossiers}?view=to_return` },
    { key: 'lookup', to: paths.publicLookup },
  ],
  officer: [
    { key: 'processing', to: paths.dossiers },
    { key: 'lookup', to: paths.publicLookup },
  ],
  approver: [
    { key: 'approval', to: paths.dossiers },
    { key: 'lookup', to: paths.publicLookup },
  ],
  par_officer: [
    { key: 'parTasks', to: paths.parBoard },
    { key: 'parPlans', to: paths.parPlans },
    { key: 'par', to: paths.parScoring },
    { key: 'parInspections', to: paths.parInspections },
    { key: 'parReports', to: paths.parReports },
    { key: 'statistics', to: paths.statsReport },
  ],
  leader: [
    { key: 'parTasks', to: paths.parBoard },
    { key: 'parPlans', to: paths.parPlans },
    { key: 'par', to: paths.parScoring },
    { key: 'parInspections', to: paths.parInspections },
    { key: 'parReports', to: paths.parReports },
  ],
  agency_admin: [
    { key: 'parTasks', to: paths.parTasks },
    { key: 'par', to: paths.parScoring },
    { key: 'parInspections', to: paths.parInspectionFindings },
    { key: 'parReports', to: paths.parReports },
  ],
  system_admin: [{ key: 'statistics', to: paths.statsReport }],
};

/** Capabilities still to be built, by the role that will use them (shown as "coming soon"). */
const comingByRole: Partial<Record<Role, CardKey[]>> = {
  clerk: ['queue'],
};

export function HomePage() {
  const { t } = useTranslation();
  const session = useSession().data;
  if (!session) return null;
  const { user } = session;
  const can = capabilities(session);
  const isClerk = hasRole(session, 'clerk');
  const coming = [...new Set(user.assignments.flatMap((a) => comingByRole[a.role] ?? []))];
  const work = [
    ...new Map(user.assignments.flatMap((a) => workByRole[a.role] ?? []).map((c) => [c.key, c])).values(),
  ];
  const adminCards: { key: CardKey; to: string }[] = [
    { key: 'organisation', to: paths.organisation },
    ...(can.manageUsers ? [{ key: 'users' as const, to: paths.users }] : []),
    ...(can.readAudit ? [{ key: 'audit' as const, to: paths.audit }] : []),
  ];

  return (
    <Stack gap="lg">
      <PageTitle>{isClerk ? t('home.deskTitle') : t('home.title')}</PageTitle>
      <Card withBorder component="section" aria-labelledby="me-heading">
        <Title order={2} size="h3" id="me-heading">
          {t('home.greeting', { name: user.fullName })}
        </Title>
        <Text mt="xs">
          <Text span fw={600}>
            {t('home.yourUnit')}:
          </Text>{' '}
          {user.homeUnitName}
        </Text>
        <Text fw={600} mt="xs">
          {t('home.yourRoles')}:
        </Text>
        <List size="sm" data-testid="my-roles">
          {user.assignments.map((a) => (
            <List.Item key={`${a.role}:${a.unitId}`}>
              {t(`roles.${a.role}`)} — {a.unitName}
            </List.Item>
          ))}
        </List>
        {isClerk && (
          <Text size="sm" c="dimmed" mt="sm">
            {t('home.deskIntro')}
          </Text>
        )}
      </Card>

      {work.length > 0 && (
        <section aria-labelledby="work-heading">
          <Title order={2} size="h3" id="work-heading" mb="sm">
            {t('home.workTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>
            {work.map((c) => (
              <HomeCard key={c.key} cardKey={c.key} to={c.to} />
            ))}
          </SimpleGrid>
        </section>
      )}

      {can.statsDashboard && (
        <Suspense fallback={<Loader aria-label={t('common.loading')} />}>
          <Dashboard />
        </Suspense>
      )}

      {coming.length > 0 && (
        <section aria-labelledby="coming-heading">
          <Title order={2} size="h3" id="coming-heading" mb="sm">
            {t('home.nextTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>
            {coming.map((key) => (
              <HomeCard key={key} cardKey={key} comingSoon />
            ))}
          </SimpleGrid>
        </section>
      )}

      <section aria-labelledby="admin-heading">
        <Title order={2} size="h3" id="admin-heading" mb="sm">
          {t('home.adminTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>
          {adminCards.map((c) => (
            <HomeCard key={c.key} cardKey={c.key} to={c.to} />
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}

function HomeCard({ cardKey, comingSoon, to }: { cardKey: CardKey; comingSoon?: boolean; to?: string }) {
  const { t } = useTranslation();
  const CardIcon = icons[cardKey];
  return (
    <Card withBorder padding="md" bg={comingSoon ? 'gray.0' : undefined} data-testid={`home-card-${cardKey}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Group gap="xs" wrap="nowrap">
          <CardIcon size={22} aria-hidden color={comingSoon ? 'var(--mantine-color-gray-7)' : undefined} />
          <Title order={3} size="h5">
            {to ? (
              <Anchor component={Link} to={to} c="blue.9">
                {t(`home.cards.${cardKey}.title`)}
              </Anchor>
            ) : (
              t(`home.cards.${cardKey}.title`)
            )}
          </Title>
        </Group>
        {comingSoon && (
          <Badge color="gray.8" variant="outline" tt="none">
            {t('common.comingSoon')}
          </Badge>
        )}
      </Group>
      <Text size="sm" c={comingSoon ? 'dimmed' : undefined}>
        {t(`home.cards.${cardKey}.text`)}
      </Text>
    </Card>
  );
}
