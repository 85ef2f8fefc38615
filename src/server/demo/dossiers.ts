import { eq, sql } from 'drizzle-orm';
import { weekdayOfJdn } from '../../domain/calendar/civil-date';
import { localDateOf } from '../../domain/calendar/local-time';
import { localJdn, localMidnight } from '../../domain/calendar/working-calendar';
import type { ProcedureContent } from '../../domain/catalog/procedure';
import { queryRows } from '../db/client';
import { roleAssignments, units, users } from '../db/schema';
import { procedureInForceForIntake } from '../modules/catalog/procedure-for-dossiers';
import type { DossierCaller } from '../modules/dossiers/command';
import { issueApology, returnResult } from '../modules/dossiers/desk';
import { receiveAtDesk, submitOnline } from '../modules/dossiers/intake';
import { approveResult, forwardStep } from '../modules/dossiers/processing';
import { findDossier } from '../modules/dossiers/repo';
import type { AuthContext } from '../platform/access';
import type { Clock } from '../platform/clock';
import type { AppDeps } from '../platform/http';
import { personName, SeededRandom } from './names';
import { DEMO_PROVINCE_CODE } from './province';

/** A clock the demo moves by hand, so dossiers are received days ago and progress since. */
class DemoClock implements Clock {
  constructor(private at: number) {}
  now(): Date {
    return new Date(this.at);
  }
  set(at: number): void {
    this.at = at;
  }
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * A moment in office hours `workingDaysAgo` working days (Monday–Friday) before `now`, at
 * `hour` local time: demo dossiers are received at the counter, not at midnight.
 */
function officeTime(now: number, workingDaysAgo: number, hour: number): number {
  let jdn = localJdn(now);
  for (let left = workingDaysAgo; left > 0; ) {
    jdn--;
    if (weekdayOfJdn(jdn) !== 0 && weekdayOfJdn(jdn) !== 6) left--;
  }
  return Math.min(localMidnight(jdn) + hour * HOUR, now);
}

/** A civil servant as a command's caller, from their account (demo data and benchmarks act as them). */
export async function callerOf(deps: Pick<AppDeps, 'db'>, username: string): Promise<DossierCaller> {
  const [user] = await deps.db.select().from(users).where(eq(users.username, username));
  if (!user) throw new Error(`demo account ${username} is missing`);
  const assignments = await deps.db.select().from(roleAssignments).where(eq(roleAssignments.userId, user.id));
  const auth: AuthContext = {
    userId: user.id,
    username,
    fullName: user.fullName,
    homeUnitId: user.homeUnitId,
    sessionId: 'demo',
    csrfToken: 'demo',
    assignments: assignments.map((a) => ({
      role: a.role as AuthContext['assignments'][number]['role'],
      unitId: a.unitId,
    })),
  };
  return { auth, meta: { ip: '127.0.0.1', lang: 'vi' } };
}

async function unitId(deps: AppDeps, code: string): Promise<string> {
  const [unit] = await deps.db.select({ id: units.id }).from(units).where(eq(units.code, code));
  if (!unit) throw new Error(`demo unit ${code} is missing`);
  return unit.id;
}

/** A generated person: a name, a well-formed personal id, a mobile number. Never a real person. */
function applicant(random: SeededRandom, commune: string) {
  const year = 1950 + random.int(55);
  const centurySex = (year >= 2000 ? 2 : 0) + random.int(2);
  const personalId = `060${centurySex}${String(year % 100).padStart(2, '0')}${String(random.int(1_000_000)).padStart(6, '0')}`;
  return {
    kind: 'person' as const,
    name: personName(random),
    personalId,
    organisationCode: null,
    phone: `09${String(random.int(100_000_000)).padStart(8, '0')}`,
    email: null,
    address: `Thôn ${1 + random.int(9)}, ${commune}`,
  };
}

/** Procedures a commune decides, shortest legal time first (so the demo can show a late one). */
async function proceduresOf(deps: AppDeps, communeId: string, count: number) {
  const rows = await queryRows<{ id: string }>(
    deps.db,
    sql`select pu.procedure_id as id from procedure_units pu
          join procedure_versions v on v.procedure_id = pu.procedure_id and v.status = 'published'
         where pu.unit_id = ${communeId} and pu.role = 'competent'
         order by (v.content->'processing'->>'amount')::numeric, v.name limit ${count}`,
  );
  const today = localDateOf(deps.clock.now().getTime());
  const found = await Promise.all(
    rows.map((r) => procedureInForceForIntake(deps.db, deps.config.PROVINCE_CODE, r.id, today)),
  );
  return found.flatMap((p) => (p ? [{ id: p.procedureId, content: p.content }] : []));
}

const checklist = (content: ProcedureContent) =>
  content.documents.map((d) => ({ name: d.name, originals: d.originals, copies: d.copies, provided: true }));

/**
 * Dossiers for the demo accounts' inboxes, received over the last two weeks at commune X001's
 * desk and the province's service centre: some with the officer, some with the approver, some
 * returned, one late with its apology, two online dossiers waiting for the desk's review.
 */
export async function loadDemoDossiers(deps: AppDeps, now = deps.clock.now().getTime()): Promise<number> {
  const clock = new DemoClock(officeTime(now, 10, 8));
  const demo: AppDeps = { ...deps, clock };
  const random = new SeededRandom(118);
  const commune = await unitId(deps, `${DEMO_PROVINCE_CODE}.X001`);
  const communeDesk = await unitId(deps, `${DEMO_PROVINCE_CODE}.X001.MC`);
  const [communeName] = await queryRows<{ name: string }>(
    deps.db,
    sql`select name from units where id = ${commune}`,
  );
  const clerk = await callerOf(deps, 'motcua.x001');
  const officer = await callerOf(deps, 'chuyenvien.x001');
  const approver = await callerOf(deps, 'lanhdao.x001');
  const citizen = await callerOf(deps, 'congdan');
  const procedures = await proceduresOf(deps, commune, 12);
  const people = communeName?.name.replace('UBND ', '') ?? '';
  let made = 0;
  const receive = async (procedure: (typeof procedures)[number], at: number, key: string) => {
    clock.set(at);
    made++;
    const body = {
      procedureId: procedure.id,
      deskUnitId: communeDesk,
      channel: made % 7 === 3 ? ('postal' as const) : ('counter' as const),
      applicant: applicant(random, people),
      documents: checklist(procedure.content),
      notes: '',
      outcome: 'receive' as const,
      reason: '',
      otherLevelConfirmed: false,
    };
    return (await receiveAtDesk(demo, clerk, body, key)).answer.id;
  };
  const version = async (id: string) =>
    (await findDossier(deps.db, deps.config.PROVINCE_CODE, id))?.rowVersion ?? 0;
  // Never past the real now: the demo's history happened already.
  const later = (ms: number) => clock.set(Math.min(now, clock.now().getTime() + ms));
  for (let i = 0; i < 16; i++) {
    const procedure = procedures[(i % (procedures.length - 1)) + 1];
    if (!procedure) break;
    // Received 10 … 1 working days ago in office hours; then handled over the next hours and days.
    const id = await receive(
      procedure,
      officeTime(now, 10 - Math.floor((i * 9) / 16), 7.5 + random.int(6) + (random.int(2) ? 0 : 0.25)),
      `demo-${i}`,
    );
    if (i % 3 === 0) continue; // waits for the officer
    later(2 * HOUR);
    await forwardStep(demo, officer, id, { version: await version(id), note: 'Hồ sơ hợp lệ' });
    if (i % 3 === 1) continue; // waits for the approver
    later(DAY + HOUR);
    await approveResult(demo, approver, id, { version: await version(id), note: '', paperResult: true });
    if (i % 2 !== 0) continue; // waits at the desk
    const resolved = await findDossier(deps.db, deps.config.PROVINCE_CODE, id);
    if (resolved?.completion === 'late') {
      await issueApology(demo, approver, id, {
        version: await version(id),
        reason: 'Hồ sơ phải lấy ý kiến của cơ quan có liên quan',
        newAppointmentAt: new Date(now + DAY).toISOString(),
      });
    }
    await returnResult(demo, clerk, id, { version: await version(id), delivery: 'counter', note: '' });
  }
  const shortest = procedures[0];
  if (shortest) {
    // Late: approved after its legal time; the commune apologises with a new date, then returns it.
    const late = await receive(shortest, officeTime(now, 7, 8), 'demo-late');
    later(DAY + 2 * HOUR);
    await forwardStep(demo, officer, late, { version: await version(late), note: '' });
    clock.set(officeTime(now, 1, 15));
    await approveResult(demo, approver, late, { version: await version(late), note: '', paperResult: true });
    await issueApology(demo, approver, late, {
      version: await version(late),
      reason: 'Hồ sơ phải xác minh thêm thông tin tại địa phương nơi cư trú trước đây',
      newAppointmentAt: new Date(now + DAY).toISOString(),
    });
    // Overdue: still with the officer past its due time.
    await receive(shortest, officeTime(now, 4, 9.5), 'demo-overdue');
  }
  clock.set(officeTime(now, 0, 8));
  for (let i = 0; i < 2; i++) {
    const procedure = procedures.find((p) => p.content.online !== 'none');
    if (!procedure) break;
    await submitOnline(
      demo,
      citizen,
      {
        procedureId: procedure.id,
        competentUnitId: commune,
        applicant: applicant(random, people),
        documents: checklist(procedure.content),
        notes: 'Nộp trực tuyến qua Cổng Dịch vụ công',
      },
      `demo-online-${i}`,
    );
    made++;
  }
  return made;
}
