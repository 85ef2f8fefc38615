import { eq, sql } from 'drizzle-orm';
import type { ProcedureContent } from '../../domain/catalog/procedure';
import type { Role } from '../../domain/identity/roles';
import type { AppConfig } from '../config';
import type { Db } from '../db/client';
import { roleAssignments, units, users } from '../db/schema';
import { storeFormTemplate } from '../modules/catalog/form-templates';
import { insertPublishedCatalog } from '../modules/catalog/service';
import { appendAudit } from '../platform/audit';
import type { Clock } from '../platform/clock';
import { uuidv7 } from '../platform/ids';
import { hashPassword } from '../platform/passwords';
import { DEMO_FIELDS, demoCatalog } from './catalog';
import { DEMO_FORMS, demoFormBytes } from './forms';
import { personName, SeededRandom } from './names';
import { DEMO_PROVINCE_CODE, demoProvince, REORGANISATION_DAY } from './province';
import { insertDemoSigners } from './unit-signers';

/** The one password of every demo account; printed at start, never used outside the demo. */
export const DEMO_PASSWORD = 'MotCua@2026';

export interface DemoAccount {
  readonly username: string;
  readonly role: Role;
  readonly unitCode: string;
  readonly description: string;
}

const C = DEMO_PROVINCE_CODE;
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', role: 'system_admin', unitCode: C, description: 'Quản trị hệ thống / System admin' },
  { username: 'lanhdao', role: 'leader', unitCode: C, description: 'Lãnh đạo UBND tỉnh / Provincial leader' },
  {
    username: 'cchc',
    role: 'par_officer',
    unitCode: `${C}.S02`,
    description: 'Chuyên viên CCHC, Sở Nội vụ / PAR officer',
  },
  {
    username: 'motcua.tinh',
    role: 'clerk',
    unitCode: `${C}.TTPVHCC`,
    description: 'Một cửa, TT Phục vụ HCC tỉnh / Provincial desk clerk',
  },
  {
    username: 'quantri.tuphap',
    role: 'agency_admin',
    unitCode: `${C}.S03`,
    description: 'Quản trị Sở Tư pháp / Agency admin',
  },
  {
    username: 'chuyenvien.tuphap',
    role: 'officer',
    unitCode: `${C}.S03`,
    description: 'Chuyên viên Sở Tư pháp / Officer',
  },
  {
    username: 'lanhdao.tuphap',
    role: 'approver',
    unitCode: `${C}.S03`,
    description: 'Lãnh đạo Sở Tư pháp / Approver',
  },
  {
    username: 'motcua.x001',
    role: 'clerk',
    unitCode: `${C}.X001`,
    description: 'Một cửa xã X001 / Commune clerk',
  },
  {
    username: 'chuyenvien.x001',
    role: 'officer',
    unitCode: `${C}.X001`,
    description: 'Chuyên viên xã X001 / Commune officer',
  },
  {
    username: 'lanhdao.x001',
    role: 'approver',
    unitCode: `${C}.X001`,
    description: 'Lãnh đạo UBND xã X001 / Commune approver',
  },
  {
    username: 'quantri.x001',
    role: 'agency_admin',
    unitCode: `${C}.X001`,
    description: 'Quản trị xã X001 / Commune admin',
  },
  {
    username: 'congdan',
    role: 'citizen',
    unitCode: C,
    description: 'Công dân (dữ liệu mẫu) / Citizen',
  },
  {
    username: 'motcua.x002',
    role: 'clerk',
    unitCode: `${C}.X002`,
    description: 'Một cửa xã X002 / Commune clerk',
  },
];

/** True when the database holds no unit yet (a fresh install). */
export async function databaseIsEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(units);
  return Number(row?.n ?? 0) === 0;
}

/**
 * Loads the demo province (units of 2024 and of the 1/7/2025 reorganisation) and the demo accounts
 * in one transaction. Reports progress for the CLI.
 */
export async function loadDemo(
  deps: { db: Db; clock: Clock; config: AppConfig },
  onProgress: (done: number, total: number, what: string) => void = () => {},
): Promise<{ units: number; users: number; procedures: number }> {
  const demo = demoProvince();
  const catalog = demoCatalog();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const random = new SeededRandom(2026);
  const total = demo.length + DEMO_ACCOUNTS.length + catalog.length;
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const idByCode = new Map<string, string>();
    let done = 0;
    for (const unit of demo) {
      const id = uuidv7(deps.clock);
      idByCode.set(unit.code, id);
      await tx.insert(units).values({
        id,
        provinceCode: deps.config.PROVINCE_CODE,
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        levelCode: unit.levelCode,
        parentId: unit.parent ? (idByCode.get(unit.parent) ?? null) : null,
        validFrom: unit.validFrom,
        validTo: unit.validTo,
        closedReason: unit.closedReason,
        createdAt: now,
        updatedAt: now,
      });
      done += 1;
      if (done % 50 === 0) onProgress(done, total, 'units');
    }
    for (const unit of demo) {
      if (!unit.successor) continue;
      const successorId = idByCode.get(unit.successor);
      const id = idByCode.get(unit.code);
      if (successorId && id) await tx.update(units).set({ successorId }).where(eq(units.id, id));
    }
    // A random of its own: the accounts keep the names they had before heads were generated.
    await insertDemoSigners(tx, deps.clock, demo, idByCode, new SeededRandom(3020));
    for (const account of DEMO_ACCOUNTS) {
      const unitId = idByCode.get(account.unitCode);
      if (!unitId) throw new Error(`demo account ${account.username}: unknown unit ${account.unitCode}`);
      const id = uuidv7(deps.clock);
      await tx.insert(users).values({
        id,
        username: account.username,
        fullName: personName(random),
        // Generated, never a real mailbox (.invalid is reserved): alerts go nowhere outside a test.
        email: `${account.username}@demo.motcua.invalid`,
        passwordHash,
        homeUnitId: unitId,
        passwordChangedAt: now,
        createdAt: now,
      });
      await tx.insert(roleAssignments).values({ userId: id, role: account.role, unitId });
      done += 1;
      onProgress(done, total, 'users');
    }
    // The catalog as the two-level province publishes it: province procedures decided by a
    // department and received at the provincial centre, commune procedures by every commune.
    const idOf = (code: string) => {
      const id = idByCode.get(code);
      if (!id) throw new Error(`demo catalog: unknown unit ${code}`);
      return id;
    };
    const communes = demo.filter((u) => u.kind === 'commune' && u.validTo === null);
    const communeIds = communes.map((u) => idOf(u.code));
    const communeDeskIds = communes.map((u) => idOf(`${u.code}.MC`));
    const provinceDesk = idOf(`${DEMO_PROVINCE_CODE}.TTPVHCC.MC`);
    const formIds = new Map<string, string>();
    for (const form of DEMO_FORMS) {
      const stored = await storeFormTemplate(
        tx,
        deps.clock,
        deps.config.PROVINCE_CODE,
        { fileName: form.fileName, contentType: form.contentType, bytes: await demoFormBytes(form) },
        null,
      );
      formIds.set(`demo-form:${form.key}`, stored.id);
    }
    const withForms = (content: ProcedureContent): ProcedureContent => ({
      ...content,
      documents: content.documents.map((d) => ({
        ...d,
        template: d.template ? (formIds.get(d.template) ?? null) : null,
      })),
    });
    const unitsDone = done;
    await insertPublishedCatalog(
      tx,
      deps.clock,
      deps.config.PROVINCE_CODE,
      DEMO_FIELDS,
      catalog.map((p) => ({
        code: p.code,
        fieldCode: p.fieldCode,
        content: withForms(p.content),
        effectiveFrom: REORGANISATION_DAY,
        competentUnitIds:
          p.level === 'province'
            ? [idOf(`${DEMO_PROVINCE_CODE}.S${String(p.department).padStart(2, '0')}`)]
            : communeIds,
        receivingUnitIds: p.level === 'province' ? [provinceDesk] : communeDeskIds,
      })),
      (n) => onProgress(unitsDone + n, total, 'procedures'),
    );
    await appendAudit(tx, deps.clock, {
      actorUserId: null,
      unitId: null,
      action: 'demo.load',
      details: { units: demo.length, users: DEMO_ACCOUNTS.length, procedures: catalog.length },
    });
    return { units: demo.length, users: DEMO_ACCOUNTS.length, procedures: catalog.length };
  });
}

export function demoAccountsTable(): string {
  const lines = DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(20)} ${a.role.padEnd(13)} ${a.description}`);
  return [`Demo accounts (password for all: ${DEMO_PASSWORD}):`, ...lines].join('\n');
}
