import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZLogBookQuery } from '../../../contracts/dossiers';
import { isoToJdn, jdnToIso } from '../../../domain/calendar/civil-date';
import { localDateOf, parseLocalDateTime } from '../../../domain/calendar/local-time';
import { formSigner, RECEIVING_OFFICER_TITLE, signedByHead } from '../../../domain/dossier/form-signers';
import { sequenceOfDossierCode } from '../../../domain/dossier/identifiers';
import type { SigningBlock } from '../../../domain/organisation/signers';
import type { DbOrTx } from '../../db/client';
import { dossierForms, dossiers, units } from '../../db/schema';
import { type AuthContext, resolveScope, scopeContains } from '../../platform/access';
import { AppError, notFound } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { clocksOf } from '../calendar/deadline-clocks';
import { procedureVersionOfDossier } from '../catalog/procedure-for-dossiers';
import { signersInForceAt } from '../organisation/signers';
import { findVisibleDossier } from './detail';
import type { DossierFormInput, HandoverLine } from './forms/form-data';
import { renderLogBook } from './forms/log-book';
import { renderDossierForm } from './forms/render-pdf';
import type { IssuedFormContent } from './issued-forms';
import { STATE_LABELS } from './labels';
import { STEP_CLOCK } from './processing-steps';
import { type DossierRecord, type DossierRow, recordOfRow } from './record';
import { findDossier, unitsByIds } from './repo';

/** Words that name the kind of a unit, not its place (for the '…, ngày … tháng … năm …' line). */
const UNIT_WORDS =
  /^(ubnd|ủy ban nhân dân|bộ phận một cửa|trung tâm phục vụ hành chính công|sở|xã|phường|thị trấn|tỉnh|huyện|thành phố|thị xã)\s+/i;

/** The place name of a unit: 'UBND xã Tân An' → 'Tân An'. */
export function placeNameOf(unitName: string): string {
  let name = unitName.replace(/\s*\(.*\)\s*$/, '').trim();
  for (let i = 0; i < 4 && UNIT_WORDS.test(name); i++) name = name.replace(UNIT_WORDS, '');
  return name.replace(/^-\s*/, '') || unitName;
}

/** The root of a unit's tree (the province): the authority printed above the issuing unit. */
async function authorityOf(db: DbOrTx, unitId: string): Promise<string> {
  let current = (await unitsByIds(db, [unitId])).get(unitId);
  for (let i = 0; i < 8 && current?.parentId; i++) {
    const parent = (await unitsByIds(db, [current.parentId])).get(current.parentId);
    if (!parent) break;
    current = parent;
  }
  return current?.name ?? '';
}

const DELIVERY_TEXT = {
  counter: 'Tại Bộ phận Một cửa',
  postal: 'Qua dịch vụ bưu chính công ích',
  electronic: 'Trực tuyến, trên Cổng Dịch vụ công',
} as const;

function processingTimeText(amount: number, unit: string): string {
  const words = {
    working_days: 'ngày làm việc',
    working_hours: 'giờ làm việc',
    calendar_days: 'ngày',
  } as const;
  return `${String(amount).padStart(2, '0')} ${words[unit as keyof typeof words] ?? unit}`;
}

async function baseInput(deps: AppDeps, db: DbOrTx, record: DossierRecord, issuingUnitId: string) {
  const procedure = await procedureVersionOfDossier(db, record.procedureVersionId);
  const unit = (await unitsByIds(db, [issuingUnitId])).get(issuingUnitId);
  const unitName = unit?.name ?? '';
  const authority = await authorityOf(db, issuingUnitId);
  // A department writes the province's name on its date line; a commune or its desk, its own.
  const placeFrom =
    unit && ['department', 'service_centre', 'province'].includes(unit.kind) ? authority : unitName;
  return {
    dossierCode: record.code,
    procedureName: procedure.content.name,
    procedureCode: procedure.code,
    authorityName: authority.toLocaleUpperCase('vi'),
    issuingUnitName: unitName.toLocaleUpperCase('vi'),
    issuingUnitNameInText: unitName,
    placeName: placeNameOf(placeFrom),
    applicant: record.applicant,
    receivedAt: record.receivedAt ? new Date(record.receivedAt) : null,
    resultDelivery: DELIVERY_TEXT[record.delivery ?? 'counter'],
    processingTimeText: processingTimeText(
      procedure.content.processing.amount,
      procedure.content.processing.unit,
    ),
    publicBase: deps.config.PUBLIC_BASE_URL.replace(/\/$/, ''),
  };
}

const signerLines = (signer: SigningBlock) => ({
  signerAuthority: signer.authorityLines,
  signerTitle: signer.title,
  signerName: signer.name,
});

/** An issued form (receipt, supplement request, refusal, apology, stop notice) as its PDF. */
export async function issuedFormPdf(deps: AppDeps, auth: AuthContext, dossierId: string, formId: string) {
  const { row, whole } = await findVisibleDossier(deps, deps.db, auth, dossierId);
  // A unit holding only an inter-agency part does not see the dossier's forms (nor in its list).
  if (!whole) throw notFound();
  const [form] = await formsOfDossier(deps.db, dossierId, [formId]);
  if (!form) throw notFound();
  return renderIssuedForm(deps, deps.db, row, form);
}

/** The issued forms of a dossier among `formIds`. */
export function formsOfDossier(db: DbOrTx, dossierId: string, formIds: readonly string[]) {
  if (formIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(dossierForms)
    .where(and(eq(dossierForms.dossierId, dossierId), inArray(dossierForms.id, [...formIds])));
}

/** Prints an issued form from its row (the same bytes every time): the PDF a desk or an e-mail gives. */
export async function renderIssuedForm(
  deps: AppDeps,
  db: DbOrTx,
  row: DossierRow,
  form: typeof dossierForms.$inferSelect,
) {
  const record = recordOfRow(row);
  const content = form.content as IssuedFormContent;
  const { publicBase, ...base } = await baseInput(deps, db, record, form.issuingUnitId);
  const input: DossierFormInput = {
    ...base,
    kind: form.kind as DossierFormInput['kind'],
    issuedAt: form.issuedAt,
    documents: content.documents,
    appointmentAt: content.appointmentAt ? new Date(content.appointmentAt) : null,
    newAppointmentAt: content.newAppointmentAt ? new Date(content.newAppointmentAt) : null,
    reason: content.reason,
    // Signed as the organisation recorded its signers when the form was issued: reprints never change.
    ...signerLines(
      formSigner(form.kind as DossierFormInput['kind'], {
        issuedBy: form.issuedBy,
        unitSigners: signedByHead(form.kind as DossierFormInput['kind'])
          ? await signersInForceAt(db, form.issuingUnitId, form.issuedAt)
          : null,
      }),
    ),
    handovers: [],
    verifyUrl: `${publicBase}/xac-thuc/${form.id}`,
    // The log book's volume is the year and its entry the day's number of the dossier code.
    logBookVolume: form.kind === 'receipt' ? localDateOf(form.issuedAt.getTime()).slice(0, 4) : null,
    logBookEntry:
      form.kind === 'receipt'
        ? String(sequenceOfDossierCode(record.code, deps.config.DOSSIER_CODE_PATTERN) ?? '')
        : null,
  };
  return { fileName: `${record.code}-${form.kind}.pdf`, bytes: await renderDossierForm(input) };
}

/** The process-control slip (phiếu kiểm soát) as it stands now: one row per hand-over. */
export async function controlSlipPdf(deps: AppDeps, auth: AuthContext, dossierId: string) {
  const { row, steps, whole } = await findVisibleDossier(deps, deps.db, auth, dossierId);
  if (!whole) throw notFound();
  const record = recordOfRow(row);
  const [names, clocks] = await Promise.all([
    unitsByIds(deps.db, [record.receivingUnitId, ...steps.map((s) => s.unitId)]),
    clocksOf(
      deps.db,
      STEP_CLOCK,
      steps.map((s) => s.id),
    ),
  ]);
  const name = (id: string) => names.get(id)?.name ?? '';
  const handovers: HandoverLine[] = steps.map((step, i) => ({
    from: i === 0 ? name(record.receivingUnitId) : name(steps[i - 1]?.unitId ?? record.receivingUnitId),
    to: `${name(step.unitId)} — ${step.name}`,
    at: step.startedAt,
    stepDueAt: clocks.get(step.id)?.dueAt ?? null,
    outcome: (step.outcome as HandoverLine['outcome']) ?? null,
    note: step.note,
  }));
  const { publicBase, ...base } = await baseInput(deps, deps.db, record, record.receivingUnitId);
  const input: DossierFormInput = {
    ...base,
    kind: 'control_slip',
    issuedAt: deps.clock.now(),
    documents: record.documents.filter((d) => d.provided),
    appointmentAt: record.appointmentAt ? new Date(record.appointmentAt) : null,
    newAppointmentAt: record.apology ? new Date(record.apology.newAppointmentAt) : null,
    reason: null,
    signerTitle: RECEIVING_OFFICER_TITLE,
    signerName: '',
    handovers,
    verifyUrl: `${publicBase}/tra-cuu?code=${encodeURIComponent(record.code)}`,
  };
  return { fileName: `${record.code}-phieu-kiem-soat.pdf`, bytes: await renderDossierForm(input) };
}

/** The desk's log book (sổ theo dõi hồ sơ) for a period, as a spreadsheet; clerks of the desk only. */
export async function logBook(deps: AppDeps, auth: AuthContext, query: z.infer<typeof ZLogBookQuery>) {
  const days = isoToJdn(query.to) - isoToJdn(query.from);
  if (days < 0 || days > 366) {
    throw new AppError('validation_failed', 422, {}, [
      { path: 'querystring.to', code: 'period', message: 'from ≤ to, at most one year' },
    ]);
  }
  const scope = await resolveScope(deps.db, auth, ['clerk', 'agency_admin', 'system_admin']);
  if (!scopeContains(scope, query.unitId)) throw notFound();
  const [unit] = await deps.db.select({ name: units.name }).from(units).where(eq(units.id, query.unitId));
  if (!unit) throw notFound();
  const from = new Date(parseLocalDateTime(`${query.from} 00:00`));
  const to = new Date(parseLocalDateTime(`${jdnToIso(isoToJdn(query.to) + 1)} 00:00`));
  const rows = await deps.db
    .select()
    .from(dossiers)
    .where(
      and(
        eq(dossiers.receivingUnitId, query.unitId),
        gte(dossiers.createdAt, from),
        lt(dossiers.createdAt, to),
      ),
    )
    .orderBy(asc(dossiers.createdAt), asc(dossiers.code));
  const competent = await unitsByIds(
    deps.db,
    rows.map((r) => r.competentUnitId),
  );
  const lines = await Promise.all(
    rows.map(async (row) => {
      const record = recordOfRow(row);
      const procedure = await procedureVersionOfDossier(deps.db, row.procedureVersionId);
      return {
        dossierCode: row.code,
        procedureName: procedure.content.name,
        applicantName: record.applicant.name,
        applicantAddress: record.applicant.address,
        phone: record.applicant.phone,
        receivedAt: row.receivedAt ?? row.createdAt,
        appointmentAt: row.appointmentAt,
        handedToUnit: competent.get(row.competentUnitId)?.name ?? null,
        returnedAt: row.returnedAt ?? row.resolvedAt,
        outcome: record.completion,
        note: record.state === 'returned' ? null : STATE_LABELS[record.state].vi,
      };
    }),
  );
  const bytes = await renderLogBook(lines, { unitName: unit.name, from: query.from, to: query.to });
  return { fileName: `so-theo-doi-ho-so-${query.from}-${query.to}.xlsx`, bytes };
}

/** The PDFs of issued forms of a dossier, as e-mail attachments (the outbox worker's source). */
export async function formAttachments(deps: AppDeps, dossierId: string | null, formIds: readonly string[]) {
  if (dossierId === null || formIds.length === 0) return [];
  const row = await findDossier(deps.db, deps.config.PROVINCE_CODE, dossierId);
  if (!row) return [];
  const forms = await formsOfDossier(deps.db, dossierId, formIds);
  return Promise.all(
    forms.map(async (form) => {
      const pdf = await renderIssuedForm(deps, deps.db, row, form);
      return { fileName: pdf.fileName, contentType: 'application/pdf', content: Buffer.from(pdf.bytes) };
    }),
  );
}
