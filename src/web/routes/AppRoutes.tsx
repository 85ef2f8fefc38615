import { Center, Loader } from '@mantine/core';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Route, Routes } from 'react-router';
import type { Session } from '../api/types';
import { ProblemAlert } from '../components/ProblemAlert';
import { PublicLayout } from '../components/PublicLayout';
import { capabilities, useSession } from '../features/auth/session';
import { RequireDossierAccess } from '../features/dossiers/RequireDossierAccess';
import { NotAllowed, NotFound } from './NotAllowed';
import { paths } from './paths';

// Feature pages load on demand, so a citizen opening the catalog does not download the admin screens;
// nor the staff frame: a visitor's first load is the public frame and the page (docs/BENCHMARKS.md).
const AppLayout = lazy(() => import('../components/AppLayout').then((m) => ({ default: m.AppLayout })));
const PublicHomePage = lazy(() =>
  import('../features/portal/PublicHomePage').then((m) => ({ default: m.PublicHomePage })),
);
const HomePage = lazy(() => import('../features/home/HomePage').then((m) => ({ default: m.HomePage })));
const SignInPage = lazy(() => import('../features/auth/SignInPage').then((m) => ({ default: m.SignInPage })));
const AccountPage = lazy(() =>
  import('../features/auth/AccountPage').then((m) => ({ default: m.AccountPage })),
);
const AuditPage = lazy(() => import('../features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const NotificationsPage = lazy(() =>
  import('../features/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })),
);
const CalendarPage = lazy(() =>
  import('../features/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })),
);
const DueTimePage = lazy(() =>
  import('../features/calendar/DueTimePage').then((m) => ({ default: m.DueTimePage })),
);
const CatalogPage = lazy(() =>
  import('../features/catalog/CatalogPage').then((m) => ({ default: m.CatalogPage })),
);
const ManagedProceduresPage = lazy(() =>
  import('../features/catalog/ManagedProceduresPage').then((m) => ({ default: m.ManagedProceduresPage })),
);
const ManageVersionsPage = lazy(() =>
  import('../features/catalog/ManageVersionsPage').then((m) => ({ default: m.ManageVersionsPage })),
);
const ProcedurePage = lazy(() =>
  import('../features/catalog/ProcedurePage').then((m) => ({ default: m.ProcedurePage })),
);
const OrganisationPage = lazy(() =>
  import('../features/organisation/OrganisationPage').then((m) => ({ default: m.OrganisationPage })),
);
const IntakePage = lazy(() =>
  import('../features/dossiers/IntakePage').then((m) => ({ default: m.IntakePage })),
);
const InboxPage = lazy(() =>
  import('../features/dossiers/InboxPage').then((m) => ({ default: m.InboxPage })),
);
const DossierPage = lazy(() =>
  import('../features/dossiers/DossierPage').then((m) => ({ default: m.DossierPage })),
);
const PublicLookupPage = lazy(() =>
  import('../features/dossiers/PublicLookupPage').then((m) => ({ default: m.PublicLookupPage })),
);
const FormVerificationPage = lazy(() =>
  import('../features/dossiers/FormVerificationPage').then((m) => ({ default: m.FormVerificationPage })),
);
const ReportPage = lazy(() =>
  import('../features/stats/ReportPage').then((m) => ({ default: m.ReportPage })),
);
const DrillDownPage = lazy(() =>
  import('../features/stats/DrillDownPage').then((m) => ({ default: m.DrillDownPage })),
);
const ProcedureDrillPage = lazy(() =>
  import('../features/stats/ProcedureDrillPage').then((m) => ({ default: m.ProcedureDrillPage })),
);
const IndexPage = lazy(() => import('../features/stats/IndexPage').then((m) => ({ default: m.IndexPage })));
const PublicStatsPage = lazy(() =>
  import('../features/stats/PublicStatsPage').then((m) => ({ default: m.PublicStatsPage })),
);
const ParBoardPage = lazy(() => import('../features/par/BoardPage').then((m) => ({ default: m.BoardPage })));
const ParPlansPage = lazy(() => import('../features/par/PlansPage').then((m) => ({ default: m.PlansPage })));
const ParPlanPage = lazy(() => import('../features/par/PlanPage').then((m) => ({ default: m.PlanPage })));
const ParTasksPage = lazy(() => import('../features/par/TasksPage').then((m) => ({ default: m.TasksPage })));
const ParTaskPage = lazy(() => import('../features/par/TaskPage').then((m) => ({ default: m.TaskPage })));
const ScoringRoundsPage = lazy(() =>
  import('../features/par-scoring/ScoringRoundsPage').then((m) => ({ default: m.ScoringRoundsPage })),
);
const CriteriaEditorPage = lazy(() =>
  import('../features/par-scoring/CriteriaEditorPage').then((m) => ({ default: m.CriteriaEditorPage })),
);
const ScoringRoundPage = lazy(() =>
  import('../features/par-scoring/ScoringRoundPage').then((m) => ({ default: m.ScoringRoundPage })),
);
const ScoreSheetPage = lazy(() =>
  import('../features/par-scoring/ScoreSheetPage').then((m) => ({ default: m.ScoreSheetPage })),
);
const InspectionPlansPage = lazy(() =>
  import('../features/par-inspections/InspectionPlansPage').then((m) => ({ default: m.InspectionPlansPage })),
);
const InspectionPlanPage = lazy(() =>
  import('../features/par-inspections/InspectionPlanPage').then((m) => ({ default: m.InspectionPlanPage })),
);
const OwnFindingsPage = lazy(() =>
  import('../features/par-inspections/OwnFindingsPage').then((m) => ({ default: m.OwnFindingsPage })),
);
const ReportRoundsPage = lazy(() =>
  import('../features/par-reports/ReportRoundsPage').then((m) => ({ default: m.ReportRoundsPage })),
);
const ReportRoundPage = lazy(() =>
  import('../features/par-reports/ReportRoundPage').then((m) => ({ default: m.ReportRoundPage })),
);
const UnitReportPage = lazy(() =>
  import('../features/par-reports/UnitReportPage').then((m) => ({ default: m.UnitReportPage })),
);
const UsersPage = lazy(() => import('../features/users/UsersPage').then((m) => ({ default: m.UsersPage })));

function Loading() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

function PageLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

const page = (element: ReactNode) => <Suspense fallback={<PageLoading />}>{element}</Suspense>;

/** The staff frame, loaded when a signed-in user first needs it. */
function StaffFrame({ session }: { session: Session }) {
  return (
    <Suspense fallback={<Loading />}>
      <AppLayout session={session} />
    </Suspense>
  );
}

/** Pages behind sign-in: the session query decides, a signed-out visitor goes to the sign-in page. */
function RequireSession() {
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (session.isError) return <ProblemAlert error={session.error} />;
  if (!session.data) return <Navigate to={paths.signIn} replace />;
  return <StaffFrame session={session.data} />;
}

/** Public pages: inside the app's frame when signed in, inside the public frame otherwise. */
function PublicOrSignedIn() {
  const session = useSession();
  if (session.isPending) return <Loading />;
  // A failed session check must not lock visitors out of public pages.
  if (!session.data) return <PublicLayout />;
  return <StaffFrame session={session.data} />;
}

function RequireCapability({ need }: { need: keyof ReturnType<typeof capabilities> }) {
  const session = useSession();
  if (!session.data || !capabilities(session.data)[need]) return <NotAllowed />;
  return <Outlet />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path={paths.signIn} element={page(<SignInPage />)} />
      {/* Before `/procedures/:id`, so "managed" is never read as a procedure id. */}
      <Route element={<RequireSession />}>
        <Route element={<RequireCapability need="manageCatalog" />}>
          <Route path={paths.managedProcedures} element={page(<ManagedProceduresPage />)} />
        </Route>
      </Route>
      <Route element={<PublicOrSignedIn />}>
        <Route index element={page(<PublicHomePage />)} />
        <Route path={paths.calendar} element={page(<CalendarPage />)} />
        <Route path={paths.dueTime} element={page(<DueTimePage />)} />
        <Route path={paths.procedures} element={page(<CatalogPage />)} />
        <Route path={paths.procedure} element={page(<ProcedurePage />)} />
        <Route path={paths.publicLookup} element={page(<PublicLookupPage />)} />
        <Route path={paths.verifyForm} element={page(<FormVerificationPage />)} />
        <Route path={paths.transparency} element={page(<PublicStatsPage />)} />
      </Route>
      <Route element={<RequireSession />}>
        <Route path={paths.home} element={page(<HomePage />)} />
        <Route path={paths.organisation} element={page(<OrganisationPage />)} />
        <Route element={<RequireCapability need="manageUsers" />}>
          <Route path={paths.users} element={page(<UsersPage />)} />
        </Route>
        <Route element={<RequireCapability need="manageCatalog" />}>
          <Route path={paths.procedureVersions} element={page(<ManageVersionsPage />)} />
        </Route>
        <Route element={<RequireDossierAccess need="intake" />}>
          <Route path={paths.deskIntake} element={page(<IntakePage />)} />
        </Route>
        <Route element={<RequireDossierAccess need="workDossiers" />}>
          <Route path={paths.dossiers} element={page(<InboxPage />)} />
          <Route path={paths.dossier} element={page(<DossierPage />)} />
        </Route>
        <Route element={<RequireCapability need="readAudit" />}>
          <Route path={paths.audit} element={page(<AuditPage />)} />
        </Route>
        <Route element={<RequireCapability need="readNotifications" />}>
          <Route path={paths.notifications} element={page(<NotificationsPage />)} />
        </Route>
        <Route element={<RequireCapability need="readStats" />}>
          <Route path={paths.statsReport} element={page(<ReportPage />)} />
          <Route path={paths.statsDossiers} element={page(<DrillDownPage />)} />
          <Route path={paths.statsProcedures} element={page(<ProcedureDrillPage />)} />
          <Route path={paths.statsIndex} element={page(<IndexPage />)} />
        </Route>
        <Route element={<RequireCapability need="readPar" />}>
          <Route path={paths.parBoard} element={page(<ParBoardPage />)} />
          <Route path={paths.parPlans} element={page(<ParPlansPage />)} />
          <Route path={paths.parPlan} element={page(<ParPlanPage />)} />
          <Route path={paths.parTasks} element={page(<ParTasksPage />)} />
          <Route path={paths.parTask} element={page(<ParTaskPage />)} />
          <Route path={paths.parScoring} element={page(<ScoringRoundsPage />)} />
          <Route path={paths.parScoringRound} element={page(<ScoringRoundPage />)} />
          <Route path={paths.parScoringCriteria} element={page(<CriteriaEditorPage />)} />
          <Route path={paths.parScoreSheet} element={page(<ScoreSheetPage />)} />
          <Route path={paths.parReports} element={page(<ReportRoundsPage />)} />
          <Route path={paths.parReportRound} element={page(<ReportRoundPage />)} />
          <Route path={paths.parUnitReport} element={page(<UnitReportPage />)} />
          <Route path={paths.parInspections} element={page(<InspectionPlansPage />)} />
          <Route path={paths.parInspectionFindings} element={page(<OwnFindingsPage />)} />
          <Route path={paths.parInspectionPlan} element={page(<InspectionPlanPage />)} />
        </Route>
        <Route path={paths.account} element={page(<AccountPage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
