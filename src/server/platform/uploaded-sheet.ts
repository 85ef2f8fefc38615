import { parseCsv, parseCsvRows } from '../../domain/organisation/csv';
import { AppError } from './errors';
import { readFirstSheet } from './spreadsheet';

/**
 * An uploaded sheet — CSV text (decoded by the text/csv parser) or .xlsx bytes — read the way every
 * import reads it: anything else is 415, an unreadable workbook a clear 422.
 */
async function firstSheetOf(body: unknown): Promise<string[][]> {
  if (!Buffer.isBuffer(body)) throw new AppError('unsupported_media_type', 415);
  try {
    return await readFirstSheet(body);
  } catch {
    throw new AppError('import_unreadable', 422);
  }
}

/** The sheet as rows of cell text (blank CSV lines left out). */
export async function uploadedTable(body: unknown): Promise<string[][]> {
  return typeof body === 'string' ? parseCsv(body) : firstSheetOf(body);
}

/** The sheet's non-blank rows, each with the row number the spreadsheet shows, for row reports. */
export async function uploadedRows(body: unknown): Promise<{ row: number; fields: string[] }[]> {
  if (typeof body === 'string') return parseCsvRows(body);
  return (await firstSheetOf(body))
    .map((fields, i) => ({ row: i + 1, fields }))
    .filter((r) => r.fields.some((f) => f.trim() !== ''));
}
