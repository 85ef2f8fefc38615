/**
 * A Content-Disposition header for a file with a Vietnamese name: the UTF-8 name (RFC 6266 /
 * 5987) and, for old clients, an ASCII fallback without diacritics. `inline` shows it in the
 * browser (print a PDF); `attachment` saves it.
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
