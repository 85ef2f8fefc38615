/**
 * What MộtCửa tells people about a dossier, by SMS and e-mail through the outbox: the applicant at
 * each outcome they must know of (receipt, supplement request, refusal, apology with a new date —
 * Decree 118/2025 art. 19.6 —, result ready, stop, cancellation), and the civil servants when an
 * online dossier arrives (art. 17: the desk is alerted within 2 hours) or when a step or the
 * dossier is about to be late (domain.md §4). Pure: texts and recipients from facts.
 */
import { formatLocalDateTime } from '../calendar/local-time';
import { withoutVietnameseMarks } from '../catalog/vietnamese-text';
import { normalisePhone } from './identifiers';

export type ApplicantNoticeTopic =
  | 'received'
  | 'supplement_requested'
  | 'refused'
  | 'apology'
  | 'result_ready'
  | 'stopped'
  | 'cancelled';

export type StaffAlertTopic = 'online_arrival' | 'step_due_soon' | 'dossier_due_soon' | 'step_assigned';

/** The commands (event types) whose outcome the applicant is told of. */
const TOPIC_OF_EVENT: Readonly<Record<string, ApplicantNoticeTopic>> = {
  receive: 'received',
  request_supplement: 'supplement_requested',
  refuse: 'refused',
  issue_apology: 'apology',
  resolve: 'result_ready',
  stop: 'stopped',
  cancel: 'cancelled',
};

/** The notice a command's events call for (the last one that calls for any), or null. */
export function applicantNoticeTopic(eventTypes: readonly string[]): ApplicantNoticeTopic | null {
  for (let i = eventTypes.length - 1; i >= 0; i--) {
    const topic = TOPIC_OF_EVENT[eventTypes[i] ?? ''];
    if (topic) return topic;
  }
  return null;
}

export interface NoticeText {
  readonly subject: string;
  readonly body: string;
  /** Without Vietnamese marks, as SMS brand-name gateways take it (one GSM-7 segment = 160). */
  readonly sms: string;
}

export interface ApplicantNoticeFacts {
  readonly code: string;
  readonly applicantName: string;
  readonly procedureName: string;
  /** The unit that decides or issued the document. */
  readonly unitName: string;
  readonly appointmentAt: number | null;
  readonly newAppointmentAt: number | null;
  readonly reason: string | null;
  /** The public status page of the dossier (tra cứu). */
  readonly lookupUrl: string;
}

/** 'HH:MM ngày DD/MM/YYYY' in Vietnam time. */
export function vietnameseDateTime(at: number): string {
  const [date = '', time = ''] = formatLocalDateTime(at).split(' ');
  const [y, m, d] = date.split('-');
  return `${time} ngày ${d}/${m}/${y}`;
}

const when = (at: number | null) => (at === null ? 'chưa xác định' : vietnameseDateTime(at));

interface TopicWords<Facts> {
  readonly subject: (f: Facts) => string;
  /** The lines that state what happened, for the e-mail and (first line) for the SMS. */
  readonly lines: (f: Facts) => readonly string[];
}

const APPLICANT_WORDS: Record<ApplicantNoticeTopic, TopicWords<ApplicantNoticeFacts>> = {
  received: {
    subject: (f) => `Hồ sơ ${f.code} đã được tiếp nhận`,
    lines: (f) => [
      `Hồ sơ ${f.code} đã được tiếp nhận, hẹn trả kết quả lúc ${when(f.appointmentAt)}.`,
      'Giấy tiếp nhận hồ sơ và hẹn trả kết quả được gửi kèm thư này.',
    ],
  },
  supplement_requested: {
    subject: (f) => `Hồ sơ ${f.code} cần bổ sung, hoàn thiện`,
    lines: (f) => [
      `Hồ sơ ${f.code} cần bổ sung, hoàn thiện${f.reason ? `: ${f.reason}` : '.'}`,
      'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (gửi kèm) liệt kê đầy đủ các giấy tờ cần nộp thêm.',
      'Hồ sơ không được bổ sung trong thời hạn quy định sẽ bị đóng.',
    ],
  },
  refused: {
    subject: (f) => `Hồ sơ ${f.code} bị từ chối`,
    lines: (f) => [
      `Hồ sơ ${f.code} bị từ chối${f.reason ? `. Lý do: ${f.reason}` : '.'}`,
      'Phiếu từ chối tiếp nhận, giải quyết hồ sơ được gửi kèm thư này.',
    ],
  },
  apology: {
    subject: (f) => `Xin lỗi về việc trễ hạn hồ sơ ${f.code}`,
    lines: (f) => [
      `${f.unitName} xin lỗi vì hồ sơ ${f.code} chậm so với hẹn; hẹn lại trả kết quả lúc ${when(f.newAppointmentAt)}.`,
      ...(f.reason ? [`Lý do: ${f.reason}`] : []),
      'Phiếu xin lỗi và hẹn lại ngày trả kết quả được gửi kèm thư này.',
    ],
  },
  result_ready: {
    subject: (f) => `Hồ sơ ${f.code} đã có kết quả`,
    lines: (f) => [`Hồ sơ ${f.code} đã có kết quả; mời Ông/Bà nhận kết quả theo hình thức đã đăng ký.`],
  },
  stopped: {
    subject: (f) => `Hồ sơ ${f.code} dừng giải quyết`,
    lines: (f) => [
      `Hồ sơ ${f.code} được dừng giải quyết${f.reason ? `. Lý do: ${f.reason}` : '.'}`,
      'Thông báo dừng giải quyết hồ sơ được gửi kèm thư này.',
    ],
  },
  cancelled: {
    subject: (f) => `Hồ sơ ${f.code} đã bị hủy`,
    lines: (f) => [`Hồ sơ ${f.code} đã bị hủy${f.reason ? `. Lý do: ${f.reason}` : '.'}`],
  },
};

/** The e-mail and the SMS to the applicant about `topic`. */
export function applicantNotice(topic: ApplicantNoticeTopic, facts: ApplicantNoticeFacts): NoticeText {
  const words = APPLICANT_WORDS[topic];
  const lines = words.lines(facts);
  const body = [
    `Kính gửi Ông/Bà ${facts.applicantName},`,
    '',
    ...lines,
    '',
    `Thủ tục: ${facts.procedureName}`,
    `Cơ quan: ${facts.unitName}`,
    `Tra cứu tình trạng hồ sơ: ${facts.lookupUrl}`,
    '',
    'Thư này được gửi tự động từ hệ thống MộtCửa; xin vui lòng không trả lời thư.',
  ].join('\n');
  return {
    subject: `[MộtCửa] ${words.subject(facts)}`,
    body,
    sms: smsText(`${lines[0] ?? ''} Tra cuu: ${facts.lookupUrl}`),
  };
}

export interface StaffAlertFacts {
  readonly code: string;
  readonly procedureName: string;
  /** The step's name (step alerts). */
  readonly stepName: string | null;
  /** The due instant the alert is about (null when the dossier has none yet). */
  readonly dueAt: number | null;
  /** The dossier's page for staff. */
  readonly pageUrl: string;
}

const STAFF_WORDS: Record<StaffAlertTopic, TopicWords<StaffAlertFacts>> = {
  online_arrival: {
    subject: (f) => `Hồ sơ trực tuyến mới ${f.code}`,
    lines: (f) => [
      `Hồ sơ ${f.code} được nộp trực tuyến và đang chờ Bộ phận Một cửa kiểm tra.`,
      `Phải tiếp nhận, yêu cầu bổ sung hoặc từ chối trước ${when(f.dueAt)} (8 giờ làm việc).`,
    ],
  },
  step_due_soon: {
    subject: (f) => `Hồ sơ ${f.code} sắp đến hạn bước “${f.stepName ?? ''}”`,
    lines: (f) => [`Bước “${f.stepName ?? ''}” của hồ sơ ${f.code} đến hạn lúc ${when(f.dueAt)}.`],
  },
  step_assigned: {
    subject: (f) => `Bạn được giao bước “${f.stepName ?? ''}” của hồ sơ ${f.code}`,
    lines: (f) => [
      `Lãnh đạo đơn vị đã giao cho bạn bước “${f.stepName ?? ''}” của hồ sơ ${f.code}.`,
      `Hạn trả kết quả của hồ sơ: ${when(f.dueAt)}.`,
    ],
  },
  dossier_due_soon: {
    subject: (f) => `Hồ sơ ${f.code} sắp quá hạn trả kết quả`,
    lines: (f) => [
      `Hồ sơ ${f.code} đến hạn trả kết quả theo quy định lúc ${when(f.dueAt)}.`,
      'Nếu không kịp, cơ quan để trễ hạn lập Phiếu xin lỗi và hẹn lại ngày trả kết quả trước hạn.',
    ],
  },
};

/** The e-mail to civil servants about `topic`. */
export function staffAlert(topic: StaffAlertTopic, facts: StaffAlertFacts): NoticeText {
  const words = STAFF_WORDS[topic];
  const lines = words.lines(facts);
  return {
    subject: `[MộtCửa] ${words.subject(facts)}`,
    body: [...lines, '', `Thủ tục: ${facts.procedureName}`, `Mở hồ sơ: ${facts.pageUrl}`].join('\n'),
    sms: smsText(`${lines[0] ?? ''} ${facts.pageUrl}`),
  };
}

/** An SMS body: without marks, single-spaced, prefixed with the sender's name. */
export function smsText(text: string): string {
  return `MOTCUA: ${withoutVietnameseMarks(text).replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()}`;
}

/** A mobile number the applicant gave, in national form (SMS goes to mobiles only), or null. */
export function smsRecipient(phone: string | null): string | null {
  const national = phone ? normalisePhone(phone) : null;
  return national && /^0[35789]\d{8}$/.test(national) ? national : null;
}

/** An e-mail address good enough to send to, or null. */
export function emailRecipient(email: string | null): string | null {
  const trimmed = email?.trim() ?? '';
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) ? trimmed : null;
}
