/**
 * Reading rendered PDFs back in tests (dev dependencies only, never imported by the app): the text
 * as a reader's copy-paste would give it, the images, and the QR codes they hold.
 */
import jsQR from 'jsqr';
import { extractImages, extractText, getDocumentProxy, getMeta } from 'unpdf';

export interface PdfReading {
  readonly pageCount: number;
  /** Each page's text with runs of white space (line wraps included) folded to one space. */
  readonly pages: readonly string[];
  /** All pages' text, folded the same way. */
  readonly text: string;
  readonly info: Record<string, unknown>;
}

function folded(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether `text` contains `expected` once all white space is ignored on both sides: a line wrap
 * after a hyphen or slash ('Trước hạn/' + 'Đúng hạn') is not a space on the page.
 */
export function includesIgnoringWraps(text: string, expected: string): boolean {
  return text.replace(/\s+/g, '').includes(expected.replace(/\s+/g, ''));
}

export async function readPdf(bytes: Buffer): Promise<PdfReading> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  const { info } = await getMeta(pdf);
  const pages = text.map(folded);
  return { pageCount: totalPages, pages, text: pages.join(' '), info };
}

/** The text every QR code on the page decodes to, read from the embedded pixels. */
export async function qrCodesOnPage(bytes: Buffer, pageNumber: number): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const images = await extractImages(pdf, pageNumber);
  const decoded: string[] = [];
  for (const image of images) {
    const pixels = image.width * image.height;
    const rgba = new Uint8ClampedArray(pixels * 4);
    for (let i = 0; i < pixels; i++) {
      for (let c = 0; c < 3; c++) {
        rgba[i * 4 + c] = image.data[i * image.channels + (image.channels === 1 ? 0 : c)] ?? 0;
      }
      rgba[i * 4 + 3] = 255;
    }
    const code = jsQR(rgba, image.width, image.height);
    if (code) decoded.push(code.data);
  }
  return decoded;
}
