/**
 * Which files the form-template upload accepts, mirrored from the contract (the server checks the
 * content too: a renamed file is refused with its message).
 */
import type {
  FORM_TEMPLATE_MAX_BYTES as CONTRACT_MAX_BYTES,
  FORM_TEMPLATE_TYPES as CONTRACT_TYPES,
} from '../../../contracts/catalog';

// Typed against the contract's constants, so the compiler notices when they change.
export const FORM_TEMPLATE_TYPES: typeof CONTRACT_TYPES = {
  'application/pdf': '.pdf',
  'application/msword': '.doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/vnd.oasis.opendocument.text': '.odt',
};
export const FORM_TEMPLATE_MAX_BYTES: typeof CONTRACT_MAX_BYTES = 10_485_760;

/** The `accept` attribute of the file chooser. */
export const FORM_TEMPLATE_ACCEPT = [
  ...Object.values(FORM_TEMPLATE_TYPES),
  ...Object.keys(FORM_TEMPLATE_TYPES),
].join(',');

/** The content type to upload a file as, by its extension; null when the kind is not accepted. */
export function formTemplateContentType(fileName: string): string | null {
  const name = fileName.toLowerCase();
  const found = Object.entries(FORM_TEMPLATE_TYPES).find(([, extension]) => name.endsWith(extension));
  return found ? found[0] : null;
}

/** The extensions accepted, for messages: ".pdf, .doc, .docx, .xlsx, .odt". */
export const FORM_TEMPLATE_EXTENSIONS = Object.values(FORM_TEMPLATE_TYPES).join(', ');

/** True when a template value is a stored template's id (else a plain file name, or nothing). */
export function isStoredTemplate(template: string | null): template is string {
  return (
    template !== null && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(template)
  );
}

/** Where a stored template downloads from. */
export const formTemplateUrl = (id: string) => `/api/catalog/form-templates/${id}`;
