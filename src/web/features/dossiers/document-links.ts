/** Where the printable documents of a dossier are served (PDF forms, the desk's log book). */

/** One issued form (Mẫu 01, 02, …) as PDF. */
export const formPdfUrl = (dossierId: string, formId: string) =>
  `/api/dossiers/${encodeURIComponent(dossierId)}/forms/${encodeURIComponent(formId)}.pdf`;

/** The process-control slip (phiếu kiểm soát quá trình giải quyết hồ sơ) as PDF. */
export const controlSlipUrl = (dossierId: string) =>
  `/api/dossiers/${encodeURIComponent(dossierId)}/control-slip.pdf`;

/** A desk's log book (sổ theo dõi hồ sơ) for a period of days (YYYY-MM-DD, both included). */
export function logBookUrl(unitId: string, from: string, to: string): string {
  const params = new URLSearchParams({ unitId, from, to });
  return `/api/dossiers/log-book.xlsx?${params.toString()}`;
}

/** The first and last day of the month of a day (YYYY-MM-DD), for the log book's default period. */
export function monthOf(day: string): { from: string; to: string } {
  const [y = 1970, m = 1] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}

/** A result document attached to a dossier. */
export const resultFileUrl = (dossierId: string, fileId: string) =>
  `/api/dossiers/${encodeURIComponent(dossierId)}/files/${encodeURIComponent(fileId)}`;

/** Where a result document is uploaded, with the dossier version the page shows. */
export function resultUploadUrl(dossierId: string, fileName: string, version: number): string {
  const params = new URLSearchParams({ fileName, version: String(version) });
  return `/api/dossiers/${encodeURIComponent(dossierId)}/results?${params.toString()}`;
}

/** What the result upload offers to pick (the server checks the content anyway). */
export const RESULT_FILE_ACCEPT = 'application/pdf,image/png,image/jpeg';
