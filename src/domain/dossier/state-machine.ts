/**
 * The lifecycle of a dossier (hồ sơ, domain.md §4) as a pure state machine: which command may
 * run in which state, and where it leads. The service layer records each accepted command as an
 * event; the current row is the fold of its events (`replay`).
 */

export const DOSSIER_STATES = [
  'draft', // công dân đang soạn (trực tuyến)
  'submitted', // đã nộp trực tuyến, chờ Bộ phận Một cửa kiểm tra
  'received', // đã tiếp nhận (Mẫu 01), chờ chuyển cơ quan giải quyết
  'needs_supplement', // yêu cầu bổ sung, hoàn thiện (Mẫu 02)
  'processing', // đang giải quyết
  'inter_agency', // liên thông: một phần đang ở cơ quan, cấp khác
  'paused', // tạm dừng (nghĩa vụ tài chính, xác minh) khi thủ tục cho phép
  'resolved', // đã có kết quả
  'returned', // đã trả kết quả
  'refused', // từ chối tiếp nhận / từ chối giải quyết (Mẫu 03)
  'stopped', // dừng giải quyết
  'withdrawn', // công dân rút hồ sơ
  'cancelled', // hủy (quá hạn bổ sung, hồ sơ nháp bỏ)
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

export const FINAL_STATES: ReadonlySet<DossierState> = new Set([
  'returned',
  'refused',
  'stopped',
  'withdrawn',
  'cancelled',
]);

export const DOSSIER_COMMANDS = [
  'submit', // the citizen submits an online draft
  'receive', // the desk accepts a complete dossier (at the counter, or an online one)
  'request_supplement', // at the desk, or by the processing agency
  'supplement', // the applicant completes the dossier
  'refuse', // refuse to receive, or refuse to resolve
  'start_processing', // the desk hands the dossier to the competent agency
  'send_inter_agency', // a step sends part of the work to another agency or level
  'inter_agency_done', // the other agency hands its part back
  'pause', // where the procedure allows
  'resume',
  'resolve', // the approver signs the result
  'return_result', // delivered at the counter, by post or electronically
  'stop', // at the applicant's request or on legal grounds
  'withdraw', // the applicant takes the dossier back
  'cancel', // an abandoned draft, or a supplement not made in time
] as const;
export type DossierCommand = (typeof DOSSIER_COMMANDS)[number];

/** Where a supplement request was made: before receipt (at the desk) or during processing. */
export type SupplementPhase = 'intake' | 'processing';

export interface DossierStatus {
  readonly state: DossierState;
  /** Set while `needs_supplement`: where the dossier goes back to once supplemented. */
  readonly supplementPhase: SupplementPhase | null;
}

export const INITIAL_STATUS: DossierStatus = { state: 'draft', supplementPhase: null };

const status = (state: DossierState, supplementPhase: SupplementPhase | null = null): DossierStatus => ({
  state,
  supplementPhase,
});

/** States where the work is with an agency (the applicant may still stop or withdraw it). */
export const IN_HAND: readonly DossierState[] = ['received', 'processing', 'inter_agency', 'paused'];

/**
 * States in which a dossier is still under way, at the desk or with an agency: its due times count
 * (the lists' marks, the overdue view). Not a draft, not resolved, not final.
 */
export const OPEN_STATES: readonly DossierState[] = ['submitted', 'needs_supplement', ...IN_HAND];

/**
 * The status after `command`, or null when the command is not allowed from `current`.
 * The transition table of domain.md §4.
 */
export function transition(current: DossierStatus, command: DossierCommand): DossierStatus | null {
  const { state, supplementPhase } = current;
  switch (command) {
    case 'submit':
      return state === 'draft' ? status('submitted') : null;
    case 'receive':
      return state === 'submitted' ? status('received') : null;
    case 'request_supplement':
      if (state === 'submitted') return status('needs_supplement', 'intake');
      if (state === 'processing') return status('needs_supplement', 'processing');
      return null;
    case 'supplement':
      if (state !== 'needs_supplement') return null;
      // At intake the desk checks the completed dossier again; during processing the clock restarts.
      return supplementPhase === 'intake' ? status('submitted') : status('processing');
    case 'refuse':
      if (state === 'submitted' || state === 'processing') return status('refused');
      return state === 'needs_supplement' && supplementPhase === 'intake' ? status('refused') : null;
    case 'start_processing':
      return state === 'received' ? status('processing') : null;
    case 'send_inter_agency':
      return state === 'processing' ? status('inter_agency') : null;
    case 'inter_agency_done':
      return state === 'inter_agency' ? status('processing') : null;
    case 'pause':
      return state === 'processing' ? status('paused') : null;
    case 'resume':
      return state === 'paused' ? status('processing') : null;
    case 'resolve':
      return state === 'processing' ? status('resolved') : null;
    case 'return_result':
      return state === 'resolved' ? status('returned') : null;
    case 'stop':
      if (IN_HAND.includes(state)) return status('stopped');
      return state === 'needs_supplement' && supplementPhase === 'processing' ? status('stopped') : null;
    case 'withdraw':
      return OPEN_STATES.includes(state) ? status('withdrawn') : null;
    case 'cancel':
      return state === 'draft' || state === 'needs_supplement' ? status('cancelled') : null;
  }
}

/** The commands allowed from a status, in the table's order (for the UI's buttons). */
export function allowedCommands(current: DossierStatus): readonly DossierCommand[] {
  return DOSSIER_COMMANDS.filter((c) => transition(current, c) !== null);
}

/** Where the clock stands: running, stopped for the applicant or a pause, or over. */
export function clockRunsIn(state: DossierState): 'running' | 'stopped' | 'ended' {
  if (state === 'received' || state === 'processing' || state === 'inter_agency') return 'running';
  if (FINAL_STATES.has(state) || state === 'resolved') return 'ended';
  return 'stopped';
}

/**
 * The status after a sequence of commands from a starting status, or the index of the first
 * command refused. The dossier's row must always equal the replay of its events.
 */
export function replay(
  start: DossierStatus,
  commands: readonly DossierCommand[],
): { ok: true; status: DossierStatus } | { ok: false; refusedAt: number } {
  let current = start;
  for (let i = 0; i < commands.length; i++) {
    const next = transition(current, commands[i] as DossierCommand);
    if (next === null) return { ok: false, refusedAt: i };
    current = next;
  }
  return { ok: true, status: current };
}
