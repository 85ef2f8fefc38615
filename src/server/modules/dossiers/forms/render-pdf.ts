/**
 * Renders one official document of a dossier as an A4 PDF: plain data in, bytes out. The form
 * number and title come from the form set in force on the local date the document is issued, so a
 * control slip printed in 2024 is 'Mẫu số 05' and one printed in 2026 is 'Mẫu số 06'.
 */
import QRCode from 'qrcode';
import { formSetOn } from '../../../../domain/dossier/form-sets';
import { FORM_BODIES } from './form-bodies';
import type { DossierFormInput } from './form-data';
import { drawHeading, drawSignatures, drawTitle, drawVerificationAtFoot, numberPages } from './form-layout';
import { localIsoDate, placeAndDate, printedFormNumber } from './form-text';
import { createFormDocument } from './pdf-document';

/** The verification address as a PNG QR code; margin and scale keep it sharp at 24 mm. */
function verificationQrPng(verifyUrl: string): Promise<Buffer> {
  return QRCode.toBuffer(verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 4 });
}

/**
 * Throws `DossierFormError` (`form_not_in_set`) for a form the set in force on that day does not
 * have, e.g. a stop notice issued before 1/7/2025.
 */
export async function renderDossierForm(input: DossierFormInput): Promise<Buffer> {
  const formSet = formSetOn(localIsoDate(input.issuedAt));
  const title = formSet.title(input.kind);
  const formNumber = formSet.formNumber(input.kind);
  const qrPng = await verificationQrPng(input.verifyUrl);

  const { doc, finish } = createFormDocument({
    title: `${title} — ${input.dossierCode}`,
    subject: `${formNumber}, ${formSet.legalBasis}`,
    createdAt: input.issuedAt,
  });
  drawHeading(doc, {
    authorityName: input.authorityName,
    issuingUnitName: input.issuingUnitName,
    formNumber: printedFormNumber(formNumber),
    placeAndDate: placeAndDate(input.placeName, input.issuedAt),
  });
  drawTitle(doc, title, input.dossierCode);
  const signatures = FORM_BODIES[input.kind](doc, input);
  const verification = { qrPng, verifyUrl: input.verifyUrl };
  if (signatures.left) {
    drawSignatures(doc, signatures.right, signatures.left);
    drawVerificationAtFoot(doc, verification);
  } else {
    drawSignatures(doc, signatures.right, verification);
  }
  numberPages(doc);
  return finish();
}
