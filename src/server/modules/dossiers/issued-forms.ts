import { localDateOf } from '../../../domain/calendar/local-time';
import type { DossierFormKind } from '../../../domain/dossier/form-sets';
import { formSetOn } from '../../../domain/dossier/form-sets';
import type { Tx } from '../../db/client';
import { dossierForms } from '../../db/schema';
import type { AppDeps } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import type { DossierCaller } from './command';
import type { ChecklistRecord } from './record';

/** What an issued form states beyond the dossier itself, frozen at issue. */
export interface IssuedFormContent {
  readonly reason: string | null;
  readonly documents: readonly Omit<ChecklistRecord, 'provided'>[];
  readonly appointmentAt: string | null;
  readonly newAppointmentAt?: string | null;
}

export type IssuedFormKind = Exclude<DossierFormKind, 'control_slip' | 'log_book'>;

/** The row of an issued form, numbered by the form set in force on the local date of `now`. */
export function issuedFormRow(
  deps: AppDeps,
  caller: DossierCaller,
  input: { dossierId: string; kind: IssuedFormKind; unitId: string; content: IssuedFormContent },
) {
  const now = deps.clock.now();
  return {
    id: uuidv7(deps.clock),
    dossierId: input.dossierId,
    kind: input.kind,
    formNumber: formSetOn(localDateOf(now.getTime())).formNumber(input.kind),
    issuedAt: now,
    issuingUnitId: input.unitId,
    issuedBy: caller.auth.fullName,
    content: {
      ...input.content,
      documents: input.content.documents.map((d) => ({
        name: d.name,
        originals: d.originals,
        copies: d.copies,
      })),
    },
  };
}

/** A form a command issues: for which dossier, which form, by which unit, with what it says. */
export interface IssuedFormInput {
  readonly dossierId: string;
  readonly kind: IssuedFormKind;
  readonly unitId: string;
  readonly content: IssuedFormContent;
}

/**
 * Records an official document issued for a dossier, numbered by the form set in force on its
 * local date (Circular 01/2018 until 30/6/2025, Circular 03/2025 since); its PDF is printed from
 * this row, identically every time, and its QR code verifies it.
 */
export async function issueForm(
  deps: AppDeps,
  tx: Tx,
  caller: DossierCaller,
  input: IssuedFormInput,
): Promise<string> {
  const row = issuedFormRow(deps, caller, input);
  await tx.insert(dossierForms).values(row);
  return row.id;
}
