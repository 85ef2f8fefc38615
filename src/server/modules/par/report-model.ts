/**
 * The province's consolidated periodic reform report as one model, built by report-document.ts
 * and rendered twice (report-docx.ts, report-pdf.ts): its blocks, what it is built from, and how
 * typed text becomes paragraphs.
 */
import type { z } from 'zod';
import type { ZReportFigures, ZReportUnitLine } from '../../../contracts/par-reports';
import type { ReportPeriod } from '../../../domain/par/report-periods';
import type { TaskStatus } from '../../../domain/par/tasks';

export interface DocColumn {
  readonly header: string;
  /** Share of the text width; a table's shares add up to 1. */
  readonly share: number;
  readonly align?: 'left' | 'center' | 'right';
}

export type DocBlock =
  | { readonly kind: 'heading'; readonly text: string; readonly level: 1 | 2 }
  | { readonly kind: 'paragraph'; readonly text: string; readonly italic?: boolean }
  | {
      readonly kind: 'table';
      readonly columns: readonly DocColumn[];
      readonly rows: readonly (readonly string[])[];
    };

export interface ReportDocumentModel {
  readonly info: { readonly title: string; readonly subject: string; readonly createdAt: Date };
  /** The issuing body in capitals, one line each: 'ỦY BAN NHÂN DÂN', 'TỈNH BÌNH THUẬN'. */
  readonly issuer: readonly string[];
  readonly numberLine: string;
  readonly placeAndDate: string;
  readonly title: string;
  readonly subject: string;
  readonly body: readonly DocBlock[];
  readonly recipients: readonly string[];
  readonly signature: { readonly mandate: string; readonly title: string };
  readonly appendices: readonly {
    readonly title: string;
    readonly subtitle: string;
    readonly note: string;
    readonly blocks: readonly DocBlock[];
  }[];
}

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** What the model is built from: the round, the province's and the units' texts, the computed figures. */
export interface ReportDocumentInput {
  readonly year: number;
  readonly period: ReportPeriod;
  readonly dueDate: string;
  /** The province's root unit name ('UBND tỉnh Bình Thuận'). */
  readonly provinceName: string;
  readonly issuedAt: Date;
  readonly provinceSections: ReadonlyMap<string, string>;
  readonly figures: z.infer<typeof ZReportFigures>;
  readonly tasksByLead: readonly { readonly unitName: string; readonly statuses: readonly TaskStatus[] }[];
  readonly units: readonly z.infer<typeof ZReportUnitLine>[];
  /** Units' sent sections, by unit id and section code. */
  readonly unitSections: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** Where no text was written: the document says so rather than leave a blank heading. */
const NOTHING_WRITTEN = '(Chưa có nội dung.)';

/** Paragraphs of a text as typed: split on line breaks, blank lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export const textBlocks = (text: string | undefined): DocBlock[] => {
  const paragraphs = paragraphsOf(text ?? '');
  return paragraphs.length === 0
    ? [{ kind: 'paragraph', text: NOTHING_WRITTEN, italic: true }]
    : paragraphs.map((p) => ({ kind: 'paragraph', text: p }));
};
