import type { CommandRefusal, DossierAction, Precondition } from '../../../domain/dossier/command-table';
import type { DossierState } from '../../../domain/dossier/state-machine';
import { AppError } from '../../platform/errors';
import type { ProblemCode } from '../../platform/messages';
import { ACTION_LABELS, STATE_LABELS } from './labels';

type Reason = { readonly vi: string; readonly en: string };

/** The problem each failed precondition answers with: its code, status and reason. */
const PRECONDITION_PROBLEMS: Record<Precondition, { code: ProblemCode; status: number; reason?: Reason }> = {
  received: {
    code: 'dossier_apology_refused',
    status: 409,
    reason: { vi: 'hồ sơ chưa được tiếp nhận', en: 'the dossier was never received' },
  },
  apology_not_issued: {
    code: 'dossier_apology_refused',
    status: 409,
    reason: { vi: 'ngày hẹn chỉ được điều chỉnh một lần', en: 'the appointment may be moved only once' },
  },
  apology_window_open: {
    code: 'dossier_apology_refused',
    status: 409,
    reason: {
      vi: 'chỉ ban hành từ một ngày làm việc trước hạn giải quyết',
      en: 'it is issued from one working day before the legal due time',
    },
  },
  result_ready: { code: 'dossier_result_missing', status: 409 },
  electronic_result_if_electronic_return: { code: 'dossier_electronic_result_missing', status: 409 },
  pause_allowed: { code: 'dossier_pause_not_allowed', status: 422 },
  step_free: {
    code: 'dossier_step_invalid',
    status: 409,
    reason: { vi: 'bước đã có người nhận xử lý', en: 'someone already took the step' },
  },
  next_step_exists: {
    code: 'dossier_step_invalid',
    status: 409,
    reason: {
      vi: 'đây là bước cuối, hãy phê duyệt kết quả',
      en: 'this is the last step: approve the result',
    },
  },
  earlier_step_exists: {
    code: 'dossier_step_invalid',
    status: 409,
    reason: { vi: 'không có bước xử lý trước đó', en: 'there is no earlier processing step' },
  },
  apology_given_if_late: { code: 'dossier_apology_required', status: 409 },
};

/** The problem+json error of a command the table refuses. */
export function refusalError(refusal: CommandRefusal, action: DossierAction, state: DossierState): AppError {
  if (refusal.kind === 'actor') return new AppError('dossier_not_your_step', 403);
  if (refusal.kind === 'state') {
    const command = ACTION_LABELS[action];
    const inState = STATE_LABELS[state];
    return new AppError('dossier_transition_not_allowed', 409, {
      commandVi: command.vi,
      commandEn: command.en,
      stateVi: inState.vi,
      stateEn: inState.en,
    });
  }
  const problem = PRECONDITION_PROBLEMS[refusal.precondition];
  return new AppError(
    problem.code,
    problem.status,
    problem.reason ? { reasonVi: problem.reason.vi, reasonEn: problem.reason.en } : undefined,
  );
}
