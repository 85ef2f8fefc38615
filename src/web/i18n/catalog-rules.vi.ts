/** Vietnamese strings of a procedure's time rules in the version editor (`catalog.rules`). */
export const catalogRulesVi = {
  pauseAllowed: 'Cho phép tạm dừng giải quyết',
  pauseAllowedHint:
    'Khi văn bản quy định thủ tục cho phép (chờ nghĩa vụ tài chính, xác minh): thời hạn ngừng tính.',
  supplementPolicy: 'Khi yêu cầu bổ sung hồ sơ trong quá trình giải quyết',
  policies: {
    restart: 'Tính lại thời hạn từ đầu khi nhận đủ hồ sơ (mặc định, Nghị định 118/2025 Điều 19)',
    pause: 'Giữ thời hạn còn lại (khi văn bản riêng của thủ tục quy định)',
  },
};
