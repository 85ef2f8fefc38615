import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZLookupQuery } from '../../../contracts/dossiers';
import { lookupFactorMatches, maskedName } from '../../../domain/dossier/rules';
import type { DbOrTx } from '../../db/client';
import { dossierForms } from '../../db/schema';
import { AppError, notFound } from '../../platform/errors';
import { procedureVersionOfDossier } from '../catalog/procedure-for-dossiers';
import { type DossierRecord, recordOfRow } from './record';
import { findDossier, findDossierByCode, stepsOf, unitsByIds } from './repo';

/**
 * A dossier's status for its applicant: the code and a second factor (phone, or the last 4 digits
 * of the id) must both match; any miss gives the same answer, so codes cannot be probed. Only
 * what the applicant gave and the progress are shown.
 */
export async function publicStatus(db: DbOrTx, provinceCode: string, query: z.infer<typeof ZLookupQuery>) {
  // Codes are printed in capitals; a visitor may type them in lower case.
  const row =
    (await findDossierByCode(db, provinceCode, query.code)) ??
    (await findDossierByCode(db, provinceCode, query.code.toUpperCase()));
  if (!row || !lookupFactorMatches(query.factor, { phone: row.lookupPhone, idTail: row.lookupIdTail })) {
    throw new AppError('dossier_lookup_failed', 404);
  }
  const record: DossierRecord = recordOfRow(row);
  const [procedure, steps] = await Promise.all([
    procedureVersionOfDossier(db, row.procedureVersionId),
    stepsOf(db, row.id),
  ]);
  const unitNames = await unitsByIds(
    db,
    steps.map((s) => s.unitId),
  );
  return {
    code: row.code,
    procedureName: procedure.content.name,
    state: record.state,
    receivedAt: record.receivedAt,
    appointmentAt: record.appointmentAt,
    returnedAt: record.returnedAt,
    // A person's name is personal data; an organisation's is public.
    applicantName:
      record.applicant.kind === 'person' ? maskedName(record.applicant.name) : record.applicant.name,
    steps: steps.map((s) => ({
      name: s.name,
      unit: unitNames.get(s.unitId)?.name ?? '',
      state: s.state,
      finishedAt: s.finishedAt ? s.finishedAt.toISOString() : null,
    })),
    apology: record.apology
      ? {
          reason: record.apology.reason,
          newAppointmentAt: record.apology.newAppointmentAt,
          at: record.apology.at,
        }
      : null,
  };
}

/** What the QR code of an issued document proves: that this form was issued, when and by whom. */
export async function verifyIssuedForm(db: DbOrTx, provinceCode: string, formId: string) {
  const [form] = await db.select().from(dossierForms).where(eq(dossierForms.id, formId));
  if (!form) throw notFound();
  const dossier = await findDossier(db, provinceCode, form.dossierId);
  if (!dossier) throw notFound();
  const unit = (await unitsByIds(db, [form.issuingUnitId])).get(form.issuingUnitId);
  return {
    kind: form.kind,
    formNumber: form.formNumber,
    dossierCode: dossier.code,
    issuedAt: form.issuedAt.toISOString(),
    issuingUnit: unit?.name ?? '',
  };
}
