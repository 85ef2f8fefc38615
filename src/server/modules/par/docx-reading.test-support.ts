/**
 * Reading a .docx back in tests, with nothing but node:zlib: a .docx is a ZIP archive, its text is
 * in word/document.xml, each paragraph a <w:p> and each run of text a <w:t>.
 */
import { inflateRawSync } from 'node:zlib';

const ZIP_END = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_LOCAL = 0x04034b50;

/** The entries of a ZIP archive by name, inflated (stored and deflated entries only). */
export function unzip(bytes: Buffer): Map<string, Buffer> {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== ZIP_END) end--;
  if (end < 0) throw new Error('not a ZIP archive: no end record');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== ZIP_CENTRAL) throw new Error('broken central directory');
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localAt = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (bytes.readUInt32LE(localAt) !== ZIP_LOCAL) throw new Error(`broken local header of ${name}`);
    const dataAt = localAt + 30 + bytes.readUInt16LE(localAt + 26) + bytes.readUInt16LE(localAt + 28);
    const data = bytes.subarray(dataAt, dataAt + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`${name}: compression method ${method}`);
    entries.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name] ?? '');

export interface DocxReading {
  readonly entries: readonly string[];
  readonly documentXml: string;
  /** Each paragraph's text (runs joined), in order, empty paragraphs dropped. */
  readonly paragraphs: readonly string[];
  /** The paragraphs joined with line breaks. */
  readonly text: string;
}

export function readDocx(bytes: Buffer): DocxReading {
  const entries = unzip(bytes);
  const xml = entries.get('word/document.xml')?.toString('utf8');
  if (!xml) throw new Error('no word/document.xml');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map(([p]) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, t]) => unescapeXml(t ?? '')).join(''),
    )
    .filter((p) => p !== '');
  return { entries: [...entries.keys()], documentXml: xml, paragraphs, text: paragraphs.join('\n') };
}
