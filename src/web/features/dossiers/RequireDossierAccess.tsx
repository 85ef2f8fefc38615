import { Outlet } from 'react-router';
import { NotAllowed } from '../../routes/NotAllowed';
import { useSession } from '../auth/session';
import { type DossierCapability, dossierCapabilities } from './access';

/** Route guard: the pages under it need a dossier capability (the API checks every request again). */
export function RequireDossierAccess({ need }: { need: DossierCapability }) {
  const session = useSession();
  if (!session.data || !dossierCapabilities(session.data)[need]) return <NotAllowed />;
  return <Outlet />;
}
