import { useMemo } from 'react';
import { useSession } from '../auth/session';
import { useUnitsInScope } from './api';
import { type DeskOption, deskOptions } from './desk-units';

/** The one-stop desks the signed-in clerk works at (empty for anyone else). */
export function useDesks(): { desks: DeskOption[]; isPending: boolean } {
  const session = useSession().data;
  const units = useUnitsInScope();
  const desks = useMemo(() => {
    const clerkUnits = (session?.user.assignments ?? [])
      .filter((a) => a.role === 'clerk')
      .map((a) => ({ id: a.unitId, name: a.unitName }));
    return deskOptions(units.data?.units ?? [], clerkUnits);
  }, [session, units.data]);
  return { desks, isPending: units.isPending };
}
