import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Route, Routes } from 'react-router';
import { AppLayout } from '../components/AppLayout';
import { ProblemAlert } from '../components/ProblemAlert';
import { PublicLayout } from '../components/PublicLayout';
import { AuditPage } from '../features/audit/AuditPage';
import { AccountPage } from '../features/auth/AccountPage';
import { SignInPage } from '../features/auth/SignInPage';
import { capabilities, useSession } from '../features/auth/session';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { DueTimePage } from '../features/calendar/DueTimePage';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { ManagedProceduresPage } from '../features/catalog/ManagedProceduresPage';
import { ManageVersionsPage } from '../features/catalog/ManageVersionsPage';
import { ProcedurePage } from '../features/catalog/ProcedurePage';
import { HomePage } from '../features/home/HomePage';
import { OrganisationPage } from '../features/organisation/OrganisationPage';
import { UsersPage } from '../features/users/UsersPage';
import { NotAllowed, NotFound } from './NotAllowed';
import { paths } from './paths';

function Loading() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

/** Pages behind sign-in: the session query decides, a signed-out visitor goes to the sign-in page. */
function RequireSession() {
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (session.isError) return <ProblemAlert error={session.error} />;
  if (!session.data) return <Navigate to={paths.signIn} replace />;
  return <AppLayout session={session.data} />;
}

/** Public pages: inside the app's frame when signed in, inside the public frame otherwise. */
function PublicOrSignedIn() {
  const session = useSession();
  if (session.isPending) return <Loading />;
  // A failed session check must not lock visitors out of public pages.
  if (!session.data) return <PublicLayout />;
  return <AppLayout session={session.data} />;
}

function RequireCapability({ need }: { need: keyof ReturnType<typeof capabilities> }) {
  const session = useSession();
  if (!session.data || !capabilities(session.data)[need]) return <NotAllowed />;
  return <Outlet />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path={paths.signIn} element={<SignInPage />} />
      {/* Before `/procedures/:id`, so "managed" is never read as a procedure id. */}
      <Route element={<RequireSession />}>
        <Route element={<RequireCapability need="manageCatalog" />}>
          <Route path={paths.managedProcedures} element={<ManagedProceduresPage />} />
        </Route>
      </Route>
      <Route element={<PublicOrSignedIn />}>
        <Route path={paths.calendar} element={<CalendarPage />} />
        <Route path={paths.dueTime} element={<DueTimePage />} />
        <Route path={paths.procedures} element={<CatalogPage />} />
        <Route path={paths.procedure} element={<ProcedurePage />} />
      </Route>
      <Route element={<RequireSession />}>
        <Route index element={<HomePage />} />
        <Route path={paths.organisation} element={<OrganisationPage />} />
        <Route element={<RequireCapability need="manageUsers" />}>
          <Route path={paths.users} element={<UsersPage />} />
        </Route>
        <Route element={<RequireCapability need="manageCatalog" />}>
          <Route path={paths.procedureVersions} element={<ManageVersionsPage />} />
        </Route>
        <Route element={<RequireCapability need="readAudit" />}>
          <Route path={paths.audit} element={<AuditPage />} />
        </Route>
        <Route path={paths.account} element={<AccountPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
