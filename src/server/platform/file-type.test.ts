import { describe, expect, it } from 'vitest';
import { sniffFileKind, sniffImageType, zipEntryNames } from './file-type';
import { writeWorkbook } from './spreadsheet';

/** A ZIP archive of stored (uncompressed) entries, enough for the sniffer (no CRCs checked). */
function zip(entries: readonly [name: string, content: string][], comment = ''): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'latin1');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const commentBytes = Buffer.from(comment, 'latin1');
  end.writeUInt16LE(commentBytes.length, 20);
  return Buffer.concat([...locals, directory, end, commentBytes]);
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('sniffing a file’s kind by its content', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n'), 'pdf'],
    [
      'a Word 97–2003 document',
      Buffer.concat([OLE2, Buffer.alloc(500), Buffer.from('WordDocument', 'utf16le')]),
      'doc',
    ],
    ['an Excel 97–2003 workbook', Buffer.concat([OLE2, Buffer.from('Workbook', 'utf16le')]), null],
    [
      'a Word document',
      zip([
        ['[Content_Types].xml', '<Types/>'],
        ['word/document.xml', '<w:document/>'],
      ]),
      'docx',
    ],
    [
      'an OpenDocument text',
      zip([
        ['mimetype', 'application/vnd.oasis.opendocument.text'],
        ['content.xml', '<office:document-content/>'],
      ]),
      'odt',
    ],
    [
      'an OpenDocument spreadsheet',
      zip([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet']]),
      null,
    ],
    ['a plain ZIP', zip([['readme.txt', 'hello']], 'a comment'), null],
    ['a text file', Buffer.from('Tờ khai đăng ký', 'utf8'), null],
    ['an executable', Buffer.from('MZ\x90\x00\x03', 'latin1'), null],
    ['nothing', Buffer.alloc(0), null],
    ['a truncated ZIP', zip([['[Content_Types].xml', 'x']]).subarray(0, 40), null],
  ])('%s is %s', (_name, bytes, kind) => {
    expect(sniffFileKind(bytes)).toBe(kind);
  });

  it('knows a workbook written by exceljs as .xlsx', async () => {
    const bytes = await writeWorkbook([{ name: 'Mẫu', columns: [{ header: 'Họ tên', key: 'a' }], rows: [] }]);
    expect(sniffFileKind(bytes)).toBe('xlsx');
    expect(zipEntryNames(bytes)).toContain('xl/workbook.xml');
  });

  it('reads entry names past a ZIP comment', () => {
    expect(zipEntryNames(zip([['a.txt', 'a']], 'x'.repeat(1000)))).toEqual(['a.txt']);
  });
});

describe('sniffImageType', () => {
  it('knows a PNG and a JPEG by their first bytes, and nothing else', () => {
    expect(sniffImageType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    expect(sniffImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(Uint8Array.from([0x89, 0x50, 0x4e]))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});
