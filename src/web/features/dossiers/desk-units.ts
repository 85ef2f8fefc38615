/** Which one-stop desks a clerk receives dossiers for. */
import type { Unit } from '../../api/types';

export interface DeskOption {
  readonly id: string;
  readonly name: string;
}

/**
 * The desks (units of kind `desk`) at or under the units where the user is a clerk; when there is
 * none, the clerk's own units (a unit without a separate desk receives itself).
 */
export function deskOptions(
  units: readonly Pick<Unit, 'id' | 'name' | 'kind' | 'parentId'>[],
  clerkUnits: readonly DeskOption[],
): DeskOption[] {
  const clerkIds = new Set(clerkUnits.map((u) => u.id));
  const byId = new Map(units.map((u) => [u.id, u]));
  const underClerk = (id: string): boolean => {
    const seen = new Set<string>();
    let current: string | null | undefined = id;
    while (current && !seen.has(current)) {
      if (clerkIds.has(current)) return true;
      seen.add(current);
      current = byId.get(current)?.parentId;
    }
    return false;
  };
  const desks = units
    .filter((u) => u.kind === 'desk' && underClerk(u.id))
    .map(({ id, name }) => ({ id, name }));
  if (desks.length > 0) return desks;
  const seen = new Set<string>();
  return clerkUnits.filter((u) => !seen.has(u.id) && seen.add(u.id));
}
