import { sql } from 'drizzle-orm';
import {
  applicantNotice,
  applicantNoticeTopic,
  emailRecipient,
  type StaffAlertFacts,
  type StaffAlertTopic,
  smsRecipient,
  staffAlert,
} from '../../../domain/dossier/notices';
import type { Role } from '../../../domain/identity/roles';
import { type DbOrTx, queryRows } from '../../db/client';
import type { AppDeps } from '../../platform/http';
import { enqueueMessages, type OutgoingMessage } from '../../platform/outbox';
import type { DossierRecord } from './record';

const baseUrl = (deps: Pick<AppDeps, 'config'>) => deps.config.PUBLIC_BASE_URL.replace(/\/$/, '');

/** The public status page of a dossier, its code filled in. */
const lookupUrlOf = (deps: Pick<AppDeps, 'config'>, code: string) =>
  `${baseUrl(deps)}/tra-cuu?code=${encodeURIComponent(code)}`;

/** The dossier's page for civil servants. */
const dossierPageUrlOf = (deps: Pick<AppDeps, 'config'>, id: string) => `${baseUrl(deps)}/dossiers/${id}`;

/** True when the applicant gave a phone or an e-mail we can write to. */
function applicantReachable(record: Pick<DossierRecord, 'applicant'>): boolean {
  return smsRecipient(record.applicant.phone) !== null || emailRecipient(record.applicant.email) !== null;
}

/**
 * The SMS and e-mail that tell the applicant of a command's outcome — the e-mail with the forms
 * the command issued — or none when the command calls for none or they gave no way to reach them.
 */
export function applicantMessages(
  deps: Pick<AppDeps, 'config'>,
  input: {
    readonly dossierId: string;
    readonly record: DossierRecord;
    readonly eventTypes: readonly string[];
    readonly formIds: readonly string[];
    readonly procedureName: string;
    readonly unitName: string;
    readonly reason: string | null;
  },
): OutgoingMessage[] {
  const topic = applicantNoticeTopic(input.eventTypes);
  if (!topic) return [];
  const { record } = input;
  const apology = topic === 'apology' ? record.apology : null;
  const text = applicantNotice(topic, {
    code: record.code,
    applicantName: record.applicant.name,
    procedureName: input.procedureName,
    unitName: apology?.unit ?? input.unitName,
    appointmentAt: record.appointmentAt ? Date.parse(record.appointmentAt) : null,
    newAppointmentAt: apology ? Date.parse(apology.newAppointmentAt) : null,
    reason: apology?.reason ?? input.reason,
    lookupUrl: lookupUrlOf(deps, record.code),
  });
  const messages: OutgoingMessage[] = [];
  const email = emailRecipient(record.applicant.email);
  if (email)
    messages.push({
      channel: 'email',
      topic,
      recipient: email,
      subject: text.subject,
      body: text.body,
      formIds: input.formIds,
      dossierId: input.dossierId,
    });
  const phone = smsRecipient(record.applicant.phone);
  if (phone)
    messages.push({
      channel: 'sms',
      topic,
      recipient: phone,
      subject: null,
      body: text.sms,
      dossierId: input.dossierId,
    });
  return messages;
}

/**
 * What the applicant must be told after a command on a dossier (`applicantMessages`), with the
 * forms the command issued attached; none when the command calls for none or they gave no way
 * to reach them. The caller writes them with the command's rows (the outbox).
 */
export async function commandNotices(
  deps: Pick<AppDeps, 'config'>,
  input: {
    readonly dossierId: string;
    readonly record: DossierRecord;
    readonly eventType: string;
    readonly reason: string | null;
    readonly formIds: readonly string[];
    readonly procedureName: () => Promise<string>;
    readonly unitName: (unitId: string) => Promise<string>;
  },
): Promise<OutgoingMessage[]> {
  if (!applicantNoticeTopic([input.eventType]) || !applicantReachable(input.record)) return [];
  return applicantMessages(deps, {
    dossierId: input.dossierId,
    record: input.record,
    eventTypes: [input.eventType],
    formIds: input.formIds,
    procedureName: await input.procedureName(),
    unitName: await input.unitName(input.record.competentUnitId),
    reason: input.reason,
  });
}

/**
 * The e-mail addresses of the active civil servants who hold one of `roles` over `unitId`: those
 * assigned at the nearest unit up its tree where anyone holds such a role (a desk's clerks, not
 * every clerk of the province).
 */
async function staffEmailsFor(db: DbOrTx, unitId: string, roles: readonly Role[]): Promise<string[]> {
  const rows = await queryRows<{ email: string; depth: number }>(
    db,
    sql`with recursive up(id, parent_id, depth) as (
        select id, parent_id, 0 from units where id = ${unitId}
        union all
        select u.id, u.parent_id, up.depth + 1 from units u join up on u.id = up.parent_id where up.depth < 12
      )
      select distinct us.email, up.depth from up
      join role_assignments ra on ra.unit_id = up.id and ra.role in (${sql.join(
        roles.map((r) => sql`${r}`),
        sql`, `,
      )})
      join users us on us.id = ra.user_id and us.active and us.email is not null
      order by up.depth`,
  );
  const nearest = rows[0]?.depth;
  return [
    ...new Set(
      rows
        .filter((r) => r.depth === nearest)
        .map((r) => emailRecipient(r.email))
        .filter((e): e is string => e !== null),
    ),
  ];
}

/**
 * Enqueues an alert e-mail about a dossier to the civil servants holding the roles of each
 * audience over its unit (each person once); answers how many were written to.
 */
export async function enqueueStaffAlert(
  deps: AppDeps,
  tx: DbOrTx,
  input: {
    readonly topic: StaffAlertTopic;
    readonly dossierId: string;
    readonly audiences: readonly { readonly unitId: string; readonly roles: readonly Role[] }[];
    readonly facts: Omit<StaffAlertFacts, 'pageUrl'>;
  },
): Promise<number> {
  const recipients = new Set<string>();
  for (const audience of input.audiences)
    for (const email of await staffEmailsFor(tx, audience.unitId, audience.roles)) recipients.add(email);
  await enqueueStaffAlertTo(deps, tx, { ...input, recipients: [...recipients] });
  return recipients.size;
}

/** Enqueues an alert e-mail about a dossier to the given civil servants' addresses. */
export async function enqueueStaffAlertTo(
  deps: AppDeps,
  tx: DbOrTx,
  input: {
    readonly topic: StaffAlertTopic;
    readonly dossierId: string;
    readonly recipients: readonly string[];
    readonly facts: Omit<StaffAlertFacts, 'pageUrl'>;
  },
): Promise<void> {
  const text = staffAlert(input.topic, { ...input.facts, pageUrl: dossierPageUrlOf(deps, input.dossierId) });
  await enqueueMessages(
    tx,
    deps,
    input.recipients.map((recipient) => ({
      channel: 'email' as const,
      topic: input.topic,
      recipient,
      subject: text.subject,
      body: text.body,
      dossierId: input.dossierId,
    })),
  );
}
