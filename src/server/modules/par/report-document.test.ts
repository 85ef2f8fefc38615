import { describe, expect, it } from 'vitest';
import { buildReportDocument, provinceBodyName } from './report-document';
import { type DocBlock, paragraphsOf, type ReportDocumentInput } from './report-model';

const unit = (
  code: string,
  name: string,
  submittedAt: string | null,
  status: 'on_time' | 'late' | 'pending' | 'overdue',
) => ({
  unit: { id: `id-${code}`, code, name },
  province: false,
  submittedAt,
  submittedBy: submittedAt ? 'Cán bộ đầu mối' : null,
  status,
  sectionsWritten: submittedAt ? 2 : 0,
  sectionCount: 9,
  mayWrite: false,
});

const input: ReportDocumentInput = {
  year: 2026,
  period: 'M9',
  dueDate: '2026-10-10',
  provinceName: 'UBND tỉnh Bình Thuận (dữ liệu mẫu)',
  issuedAt: new Date('2026-10-16T03:00:00Z'),
  provinceSections: new Map([['direction', 'Đã ban hành kế hoạch.\n\nĐã kiểm tra 12 đơn vị.']]),
  figures: {
    computed: true,
    asOf: '2026-10-16T03:00:00.000Z',
    countedTo: '2026-09-30',
    dossiers: {
      carriedOver: 3,
      received: 1535,
      receivedOnline: 542,
      resolved: 1495,
      resolvedOnTimeOrEarly: 1481,
      resolvedLate: 14,
      onTimeRate: 9906,
      inProgress: 40,
      inProgressOverdue: 1,
      apologies: 14,
    },
    tasks: {
      total: 2,
      byStatus: { not_started: 0, in_progress: 1, done_on_time: 1, done_late: 0, overdue: 0 },
      completionRate: 5000,
      onTimeRate: 10000,
    },
    scoring: { year: 2025, unit: null, bands: [{ band: 'xuat_sac', count: 11 }] },
  },
  tasksByLead: [{ unitName: 'Sở Nội vụ', statuses: ['in_progress', 'done_on_time'] }],
  units: [
    unit('T60.S02', 'Sở Nội vụ', '2026-10-08T11:00:00.000Z', 'on_time'),
    unit('T60.S05', 'Sở Tài chính', '2026-10-12T02:00:00.000Z', 'late'),
    unit('T60.S09', 'Sở Xây dựng', null, 'overdue'),
  ],
  unitSections: new Map([
    ['id-T60.S02', new Map([['procedures', 'Đã rà soát 5 thủ tục.']])],
    ['id-T60.S09', new Map([['procedures', 'Bản nháp chưa gửi.']])],
  ]),
};

const texts = (blocks: readonly DocBlock[]) =>
  blocks.flatMap((b) =>
    b.kind === 'table' ? [...b.columns.map((c) => c.header), ...b.rows.flat()] : [b.text],
  );

describe('the consolidated report’s model', () => {
  const model = buildReportDocument(input);

  it('is issued by the province’s People’s Committee, dated at the province, with a number to fill in', () => {
    expect(provinceBodyName('UBND tỉnh Bình Thuận (dữ liệu mẫu)')).toBe('tỉnh Bình Thuận');
    expect(model.issuer).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH THUẬN']);
    expect(model.numberLine).toBe('Số:        /BC-UBND');
    expect(model.placeAndDate).toBe('Bình Thuận, ngày 16 tháng 10 năm 2026');
    expect(model.title).toBe('BÁO CÁO');
    // The period stays whole on the title's line.
    expect(model.subject).toBe('Kết quả thực hiện công tác cải cách hành chính 9\u00a0tháng năm 2026');
    expect(model.signature).toEqual({ mandate: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' });
  });

  it('has the nine sections in order, the province’s text as paragraphs, and says so where nothing was written', () => {
    const headings = model.body
      .filter((b) => b.kind === 'heading')
      .map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings).toHaveLength(9);
    expect(headings[0]).toBe('I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH');
    expect(headings[8]).toBe('IX. ĐỀ XUẤT, KIẾN NGHỊ');
    const body = texts(model.body);
    expect(body.slice(2, 4)).toEqual(['Đã ban hành kế hoạch.', 'Đã kiểm tra 12 đơn vị.']);
    expect(body).toContain('(Chưa có nội dung.)');
    expect(body.at(-1)).toBe(
      'Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính 9 tháng năm 2026 của Ủy ban nhân dân tỉnh Bình Thuận./.',
    );
  });

  it('summarises the computed figures under I and III, marked as the system’s', () => {
    const computed = model.body.filter(
      (b) => b.kind === 'paragraph' && b.italic && b.text.startsWith('(Số liệu'),
    );
    expect(computed).toHaveLength(2);
    expect(texts(computed).join(' ')).toContain('tiếp nhận mới 1.535 hồ sơ');
    expect(texts(computed).join(' ')).toContain('(tỷ lệ 99,06\u00a0%)');
  });

  it('puts the figures in Appendix I and only the sent units’ sections in Appendix II', () => {
    const [figures, units] = model.appendices;
    expect(figures?.note).toContain('tính đến hết ngày 30/09/2026; không nhập tay.');
    const figureTexts = texts(figures?.blocks ?? []);
    expect(figureTexts).toEqual(
      expect.arrayContaining(['Tiếp nhận mới', '1.535', 'Sở Xây dựng', 'Chưa gửi', 'Xuất sắc']),
    );
    expect(figureTexts.join(' ')).toContain('Đã gửi 2/3 đơn vị; gửi chậm hoặc chưa gửi: 2 đơn vị.');
    const unitTexts = texts(units?.blocks ?? []);
    expect(unitTexts).toContain('Đã rà soát 5 thủ tục.');
    expect(unitTexts).not.toContain('Bản nháp chưa gửi.');
    expect(unitTexts[0]).toMatch(/^1\. Sở Nội vụ \(gửi lúc 08\/10\/2026 18:00\)$/);
  });

  it('splits typed text into paragraphs on line breaks, dropping blank lines', () => {
    expect(paragraphsOf('  a \n\n b\n')).toEqual(['a', 'b']);
    expect(paragraphsOf(' \n ')).toEqual([]);
  });
});
