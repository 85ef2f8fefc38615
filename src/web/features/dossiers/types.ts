/** Types of the dossier API, inferred from the Zod contracts (the single source of truth). */
import type { z } from 'zod';
import type {
  ZApplicant,
  ZChecklistLine,
  ZCounterIntakeRequest,
  ZDelivery,
  ZDossier,
  ZDossierEvent,
  ZDossierState,
  ZFormVerification,
  ZInbox,
  ZInboxItem,
  ZInboxQuery,
  ZIntakeOutcome,
  ZIssuedForm,
  ZPublicStatus,
  ZStep,
} from '../../../contracts/dossiers';

export type Dossier = z.infer<typeof ZDossier>;
export type DossierState = z.infer<typeof ZDossierState>;
export type DossierStep = z.infer<typeof ZStep>;
export type DossierEvent = z.infer<typeof ZDossierEvent>;
export type IssuedForm = z.infer<typeof ZIssuedForm>;
export type Applicant = z.infer<typeof ZApplicant>;
export type ChecklistLine = z.infer<typeof ZChecklistLine>;
export type CounterIntakeRequest = z.infer<typeof ZCounterIntakeRequest>;
export type IntakeOutcome = z.infer<typeof ZIntakeOutcome>;
export type Delivery = z.infer<typeof ZDelivery>;
export type Inbox = z.infer<typeof ZInbox>;
export type InboxItem = z.infer<typeof ZInboxItem>;
export type InboxView = z.infer<typeof ZInboxQuery>['view'];
export type Urgency = InboxItem['legalUrgency'];
export type InboxFilterKey =
  | 'receivedFrom'
  | 'receivedTo'
  | 'procedureId'
  | 'field'
  | 'state'
  | 'channel'
  | 'due'
  | 'assignee';
export type InboxFilters = Partial<Record<InboxFilterKey, string>>;
export type Completion = NonNullable<DossierStep['outcome']>;
export type PublicStatus = z.infer<typeof ZPublicStatus>;
export type FormVerification = z.infer<typeof ZFormVerification>;
