/**
 * What an uploaded file is, by its content rather than by the name or content type the client
 * claims (architecture.md: uploads are checked by magic bytes). Covers the office and PDF kinds we
 * accept; anything else is `null`.
 */
export type FileKind = 'pdf' | 'doc' | 'docx' | 'xlsx' | 'odt';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Compound File Binary (.doc, .xls …)
const ZIP_LOCAL = 0x04034b50;
const ZIP_END = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';
// A Word 97–2003 file holds a stream named "WordDocument"; directory names are UTF-16LE.
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** The entry names of a ZIP archive from its central directory; null when it is not a readable ZIP. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 22 || u32(bytes, 0) !== ZIP_LOCAL) return null;
  // The end record is the last 22 bytes plus a comment of at most 65,535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (u32(bytes, at) === ZIP_END) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== ZIP_CENTRAL) return null;
    const nameLength = u16(bytes, at + 28);
    const rest = nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'));
    at += 46 + rest;
  }
  return names;
}

/** An OpenDocument file starts with an uncompressed `mimetype` entry naming its kind. */
function odfMimetype(bytes: Uint8Array): string | null {
  const nameLength = u16(bytes, 26);
  const extraLength = u16(bytes, 28);
  const name = Buffer.from(bytes.subarray(30, 30 + nameLength)).toString('latin1');
  if (name !== 'mimetype' || u16(bytes, 8) !== 0) return null;
  const start = 30 + nameLength + extraLength;
  return Buffer.from(bytes.subarray(start, start + u32(bytes, 18))).toString('latin1');
}

function containsBytes(haystack: Uint8Array, needle: Buffer): boolean {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).includes(needle);
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/** A photo's type by its content (a scanned or photographed paper), or null. */
export function sniffImageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  return null;
}

/** The kind of a file by its content, or null when it is none of the kinds we accept. */
export function sniffFileKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, OLE2)) return containsBytes(bytes, WORD_STREAM) ? 'doc' : null;
  const names = zipEntryNames(bytes);
  if (!names) return null;
  if (names.includes('mimetype')) return odfMimetype(bytes) === ODT_MIMETYPE ? 'odt' : null;
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  return null;
}
