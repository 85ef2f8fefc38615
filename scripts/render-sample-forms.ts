/**
 * Writes every official dossier document, with demo data, into a folder for reviewers to look at:
 *   node --import tsx scripts/render-sample-forms.ts <outdir>
 * Each form is rendered as issued in 2026 (Circular 03/2025 numbering); the control slip also in
 * 2024 (Circular 01/2018) and with 60 hand-overs, to show the table across pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderLogBook } from '../src/server/modules/dossiers/forms/log-book';
import { renderDossierForm } from '../src/server/modules/dossiers/forms/render-pdf';
import {
  sampleFormInput,
  sampleHandovers,
  sampleLogBookRows,
  vietnamTime,
} from '../src/server/modules/dossiers/forms/sample-form-data';

const outDir = process.argv[2];
if (!outDir) {
  process.stderr.write('usage: node --import tsx scripts/render-sample-forms.ts <outdir>\n');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const kinds = ['receipt', 'supplement_request', 'refusal', 'apology', 'stop_notice', 'control_slip'] as const;
const files: [string, Promise<Buffer>][] = kinds.map((kind) => [
  `${kind}.pdf`,
  renderDossierForm(sampleFormInput(kind)),
]);
files.push(
  [
    'control_slip-2024.pdf',
    renderDossierForm(sampleFormInput('control_slip', { issuedAt: vietnamTime('2024-05-14 09:30') })),
  ],
  [
    'control_slip-60-handovers.pdf',
    renderDossierForm(sampleFormInput('control_slip', { handovers: sampleHandovers(60) })),
  ],
  [
    'log_book.xlsx',
    renderLogBook(sampleLogBookRows(40), {
      unitName: 'Bộ phận Một cửa xã Tân An',
      from: '2026-11-01',
      to: '2026-11-30',
    }),
  ],
);
for (const [name, bytes] of files) {
  const file = path.join(outDir, name);
  writeFileSync(file, await bytes);
  process.stdout.write(`${file}\n`);
}
