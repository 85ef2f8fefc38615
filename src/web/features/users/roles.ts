import type { Role } from '../../api/types';

// A record, so the compiler fails here when the contract gains a role. Citizens do not get
// staff accounts; agency admins may hand out every staff role except system admin.
const assignableBy: Record<Role, { systemAdmin: boolean; agencyAdmin: boolean }> = {
  citizen: { systemAdmin: false, agencyAdmin: false },
  clerk: { systemAdmin: true, agencyAdmin: true },
  officer: { systemAdmin: true, agencyAdmin: true },
  approver: { systemAdmin: true, agencyAdmin: true },
  agency_admin: { systemAdmin: true, agencyAdmin: true },
  par_officer: { systemAdmin: true, agencyAdmin: true },
  leader: { systemAdmin: true, agencyAdmin: true },
  system_admin: { systemAdmin: true, agencyAdmin: false },
};

export function assignableRoles(isSystemAdmin: boolean): Role[] {
  return (Object.keys(assignableBy) as Role[]).filter((r) =>
    isSystemAdmin ? assignableBy[r].systemAdmin : assignableBy[r].agencyAdmin,
  );
}
