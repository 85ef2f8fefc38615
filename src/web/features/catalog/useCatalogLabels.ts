import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/client';
import type { CatalogField, ProcessingUnit } from '../../api/types';
import { useFormat } from '../../components/useFormat';
import { problemPlace } from './procedure-content';

const PROBLEM_CODES = [
  'required',
  'not_positive',
  'negative',
  'shares_not_100',
  'no_copies',
  'payment_without_online',
  'duplicate',
] as const;

/** How the catalog's values read in the UI language: times, money, fields, problems. */
export function useCatalogLabels() {
  const { t } = useTranslation();
  const fmt = useFormat();

  /** "20 ngày làm việc" / "20 working days". */
  const duration = (time: { unit: ProcessingUnit; amount: number }) =>
    t(`catalog.processing.${time.unit}`, { count: time.amount, amount: fmt.number(time.amount) });

  /** "500.000 đồng", or "Miễn phí" for nothing to pay. */
  const money = (amount: number) =>
    amount === 0 ? t('catalog.free') : t('catalog.money', { amount: fmt.number(amount) });

  const fieldName = (field: Pick<CatalogField, 'nameVi' | 'nameEn'>) =>
    fmt.lang === 'en' ? field.nameEn : field.nameVi;

  /** "Thành phần hồ sơ, dòng 2: phải có ít nhất một bản chính hoặc bản sao". */
  const problem = (path: string, code: string) => {
    const place = problemPlace(path);
    const section = place.section ? t(`catalog.problems.sections.${place.section}`) : path;
    const where =
      place.row === null
        ? section
        : place.field && t(`catalog.problems.fields.${place.field}`, { defaultValue: '' })
          ? t('catalog.problems.rowField', {
              section,
              n: place.row,
              field: t(`catalog.problems.fields.${place.field}`),
            })
          : t('catalog.problems.row', { section, n: place.row });
    const what = PROBLEM_CODES.find((c) => c === code);
    return { where, what: what ? t(`catalog.problems.${what}`) : t('catalog.problems.other', { code }) };
  };

  /** The API's error with its field errors worded for people, for ProblemAlert. */
  const readableError = (error: unknown) => {
    if (!(error instanceof ProblemError) || error.errors.length === 0) return error;
    return new ProblemError(error.status, {
      code: error.code,
      detail: error.detail,
      // Known problem codes are worded here; other messages (schema checks) come worded by the API.
      errors: error.errors.map((e) => {
        const readable = problem(e.path, e.code ?? e.message);
        const known = PROBLEM_CODES.some((c) => c === e.code);
        return { path: readable.where, message: known ? readable.what : e.message, code: e.code };
      }),
    });
  };

  return { duration, money, fieldName, problem, readableError };
}
