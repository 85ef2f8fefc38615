/** Vietnamese strings of the public home (Cổng dịch vụ công). */
export const portalVi = {
  title: 'Cổng dịch vụ công',
  intro:
    'Tìm thủ tục hành chính và giấy tờ cần nộp, tra cứu tình trạng hồ sơ, xem lịch làm việc và biết khi nào có kết quả.',
  workplace: 'Vào trang làm việc',
  transparency: 'Công khai kết quả giải quyết hồ sơ',
  staffSignIn: 'Đăng nhập cán bộ',
  search: {
    form: 'Tìm thủ tục hành chính',
    label: 'Tìm thủ tục hành chính',
    placeholder: 'Ví dụ: đăng ký khai sinh, cap giay phep xay dung…',
    submit: 'Tìm',
  },
  lookup: {
    title: 'Tra cứu hồ sơ',
    submit: 'Tra cứu',
  },
  calendar: {
    title: 'Lịch làm việc',
    month: 'Tháng {{month}} có {{count}} ngày làm việc.',
    noDaysOff: 'Tháng này không có ngày nghỉ lễ, tết hay nghỉ bù.',
    next: 'Ngày nghỉ sắp tới',
    open: 'Xem lịch làm việc cả năm',
  },
};
export type PortalStrings = typeof portalVi;
