/** Tin nhắn SMS và thư điện tử gửi đi (hộp thư đi). */
export const notificationsVi = {
  nav: 'Tin nhắn gửi đi',
  title: 'Tin nhắn SMS và thư điện tử gửi đi',
  intro:
    'Mọi tin nhắn gửi công dân và cán bộ đi qua hộp thư đi: gửi lại khi cổng tạm lỗi, dừng khi bị từ chối hẳn. Sau khi sửa lỗi (cổng, địa chỉ), có thể gửi lại tin thất bại.',
  channels: { sms: 'SMS', email: 'Thư điện tử' },
  states: { pending: 'Chờ gửi', sent: 'Đã gửi', dead: 'Gửi thất bại' },
  topics: {
    received: 'Tiếp nhận hồ sơ',
    supplement_requested: 'Yêu cầu bổ sung',
    refused: 'Từ chối hồ sơ',
    apology: 'Xin lỗi, hẹn lại',
    result_ready: 'Đã có kết quả',
    stopped: 'Dừng giải quyết',
    cancelled: 'Hủy hồ sơ',
    online_arrival: 'Hồ sơ trực tuyến mới',
    step_due_soon: 'Bước sắp đến hạn',
    dossier_due_soon: 'Hồ sơ sắp quá hạn',
    par_task_due_soon: 'Nhiệm vụ CCHC sắp đến hạn',
    par_task_overdue: 'Nhiệm vụ CCHC quá hạn',
  },
  filters: { label: 'Lọc tin nhắn', state: 'Trạng thái', channel: 'Kênh', all: 'Tất cả' },
  counts: 'Chờ gửi: {{pending}} · Đã gửi: {{sent}} · Thất bại: {{dead}}',
  columns: {
    time: 'Thời điểm',
    topic: 'Nội dung',
    recipient: 'Người nhận',
    dossier: 'Hồ sơ',
    state: 'Trạng thái',
    actions: 'Thao tác',
  },
  table: 'Danh sách tin nhắn gửi đi',
  empty: 'Không có tin nhắn nào.',
  attempts_one: '{{count}} lần thử',
  attempts_other: '{{count}} lần thử',
  sentAt: 'Gửi lúc {{date}}',
  nextAttempt: 'Thử lại lúc {{date}}',
  error: 'Lỗi: {{error}}',
  retry: 'Gửi lại',
  retryLabel: 'Gửi lại tin {{topic}} tới {{recipient}}',
  retried: 'Đã đưa tin nhắn vào hàng chờ gửi lại.',
  dossier: {
    title: 'Thông báo đã gửi',
    empty: 'Chưa có thông báo nào (công dân không để lại số di động hoặc thư điện tử).',
  },
};

export type NotificationsStrings = typeof notificationsVi;
