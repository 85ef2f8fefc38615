import { eq } from 'drizzle-orm';
import { addDays } from '../../domain/calendar/civil-date';
import { localDateOf } from '../../domain/calendar/local-time';
import {
  periodDates,
  periodInSentence,
  type ReportSectionCode,
  submissionDeadline,
} from '../../domain/par/report-periods';
import type { DbOrTx } from '../db/client';
import { parReportRounds } from '../db/schema-par';
import { figuresSnapshot } from '../modules/par/report-figures';
import { createReportRound } from '../modules/par/report-round-commands';
import {
  findReportRound,
  markClosed,
  markSubmitted,
  storeFrozenFigures,
  writeSection,
} from '../modules/par/reports-repo';
import type { AuthContext } from '../platform/access';
import type { AppDeps } from '../platform/http';
import { SeededRandom } from './names';
import { DEMO_PROVINCE_CODE } from './province';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const meta = { ip: '127.0.0.1', lang: 'vi' as const };
const S = (n: number) => `${DEMO_PROVINCE_CODE}.S${String(n).padStart(2, '0')}`;

/** The round being written now, and the one before it in the year, by the month of the load day. */
function periodsAround(year: number, month: number) {
  if (month <= 3) return { open: 'Q1', closed: 'Y', closedYear: year - 1 } as const;
  if (month <= 6) return { open: 'H1', closed: 'Q1', closedYear: year } as const;
  if (month <= 9) return { open: 'M9', closed: 'H1', closedYear: year } as const;
  return { open: 'Y', closed: 'M9', closedYear: year } as const;
}

/** What a unit writes, section by section (a department's or commune's report reads like this). */
function unitTexts(
  unitName: string,
  year: number,
  random: SeededRandom,
): Partial<Record<ReportSectionCode, string>> {
  const k = 2 + random.int(6);
  return {
    direction:
      `${unitName} đã ban hành Kế hoạch cải cách hành chính năm ${year}, phân công nhiệm vụ cụ thể cho từng phòng, ` +
      `đơn vị trực thuộc; tổ chức quán triệt đến toàn thể cán bộ, công chức.\nTrong kỳ đã tự kiểm tra công tác ` +
      `cải cách hành chính tại ${k} phòng, đơn vị; các tồn tại được khắc phục ngay trong kỳ.`,
    institutions: `Đã tham mưu ban hành ${k + 1} văn bản quy phạm pháp luật thuộc lĩnh vực quản lý; rà soát, đề xuất sửa đổi ${1 + random.int(3)} văn bản không còn phù hợp.`,
    procedures:
      `Đã rà soát, đề xuất đơn giản hóa ${k + 3} thủ tục hành chính; 100% thủ tục hành chính được công khai đầy đủ ` +
      'trên Cổng Dịch vụ công của tỉnh và tại Bộ phận Một cửa.',
    digital_government: `Tỷ lệ văn bản đi được ký số và gửi qua môi trường mạng đạt ${92 + random.int(8)}%; hồ sơ công việc được lập dưới dạng điện tử.`,
    difficulties:
      'Một số thủ tục hành chính liên thông còn phải xác minh thực tế nên kéo dài thời gian giải quyết; công chức ' +
      'làm công tác cải cách hành chính còn kiêm nhiệm nhiều việc.',
    proposals:
      'Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ cải cách hành chính cho công chức đầu mối của đơn vị.',
  };
}

/** The province's consolidated sections as the PAR officer writes them. */
function provinceTexts(period: string): Record<ReportSectionCode, string> {
  return {
    direction:
      `Trong ${period}, Ủy ban nhân dân tỉnh đã ban hành các kế hoạch triển khai công tác cải cách hành chính, ` +
      'kế hoạch kiểm tra, kế hoạch tuyên truyền; chỉ đạo các sở, ngành, địa phương thực hiện nghiêm chế độ báo cáo định kỳ.',
    institutions:
      'Các cơ quan chuyên môn đã tham mưu ban hành các văn bản quy phạm pháp luật bảo đảm đúng trình tự, thủ tục; ' +
      'công tác rà soát, hệ thống hóa văn bản được thực hiện thường xuyên.',
    procedures:
      'Tiếp tục rà soát, đơn giản hóa thủ tục hành chính; 100% thủ tục hành chính được công bố, công khai trên Cổng ' +
      'Dịch vụ công của tỉnh. Các cơ quan, đơn vị thực hiện nghiêm việc gửi văn bản xin lỗi đối với hồ sơ giải quyết quá hạn.',
    organisation:
      'Tiếp tục kiện toàn tổ chức bộ máy sau sắp xếp đơn vị hành chính, chính quyền địa phương hai cấp.',
    civil_service:
      'Thực hiện nghiêm kỷ luật, kỷ cương hành chính; tổ chức bồi dưỡng nghiệp vụ cho cán bộ, công chức cấp xã.',
    public_finance: 'Thực hiện cơ chế tự chủ tài chính tại các đơn vị sự nghiệp công lập theo quy định.',
    digital_government:
      'Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh vận hành thông suốt; tỷ lệ hồ sơ trực tuyến tiếp tục tăng.',
    difficulties:
      'Hạ tầng công nghệ thông tin tại một số xã còn hạn chế; đội ngũ công chức đầu mối còn kiêm nhiệm.',
    proposals: 'Đề nghị Bộ Nội vụ tiếp tục hướng dẫn việc đánh giá Chỉ số cải cách hành chính sau sắp xếp.',
  };
}

async function writeTexts(
  tx: DbOrTx,
  roundId: string,
  unitId: string,
  texts: Partial<Record<ReportSectionCode, string>>,
  at: Date,
  by: string,
) {
  for (const [section, body] of Object.entries(texts))
    await writeSection(tx, { roundId, unitId, section }, 0, { body, updatedAt: at, updatedBy: by });
}

/**
 * The periodic reports of the demo: the round of the period being written now (due in 10 days) with
 * a few departments sent, Sở Tư pháp (S03) not yet, the province's sections partly written; and the
 * round before it, closed, where most units sent on time, one late and a few never.
 */
export async function loadDemoReports(deps: AppDeps, officer: AuthContext): Promise<void> {
  const now = deps.clock.now().getTime();
  const today = localDateOf(now);
  const year = Number(today.slice(0, 4));
  const periods = periodsAround(year, Number(today.slice(5, 7)));
  const random = new SeededRandom(3612);
  const afterPeriod = addDays(periodDates(periods.closedYear, periods.closed).to, 10);
  const closedDue = afterPeriod < addDays(today, -5) ? afterPeriod : addDays(today, -5);

  const closed = await createReportRound(
    deps,
    officer,
    {
      year: periods.closedYear,
      period: periods.closed,
      title: `Báo cáo công tác cải cách hành chính ${periodInSentence(periods.closedYear, periods.closed)}`,
      dueDate: closedDue,
    },
    meta,
  );
  const open = await createReportRound(
    deps,
    officer,
    {
      year,
      period: periods.open,
      title: `Báo cáo công tác cải cách hành chính ${periodInSentence(year, periods.open)}`,
      dueDate: addDays(today, 10),
    },
    meta,
  );

  await deps.db.transaction(async (tx) => {
    const deadline = submissionDeadline(closed.dueDate);
    const closedAt = new Date(Math.min(deadline + 5 * DAY_MS, now - DAY_MS));
    await tx
      .update(parReportRounds)
      .set({ createdAt: new Date(deadline - 25 * DAY_MS) })
      .where(eq(parReportRounds.id, closed.id));
    const reporting = closed.units.filter((u) => !u.province);
    for (const [i, line] of reporting.entries()) {
      // Every seventh unit never sent; one department (S05) sent two days late.
      if (i % 7 === 6) continue;
      const late = line.unit.code === S(5);
      const at = new Date(deadline + (late ? 2 * DAY_MS : -(2 + random.int(6)) * DAY_MS - 6 * HOUR_MS));
      await writeTexts(
        tx,
        closed.id,
        line.unit.id,
        unitTexts(line.unit.name, periods.closedYear, random),
        at,
        'Cán bộ đầu mối CCHC',
      );
      await markSubmitted(tx, closed.id, line.unit.id, at, 'Cán bộ đầu mối CCHC');
    }
    const province = closed.province.id;
    const period = periodInSentence(periods.closedYear, periods.closed);
    await writeTexts(
      tx,
      closed.id,
      province,
      provinceTexts(period),
      new Date(closedAt.getTime() - DAY_MS),
      officer.fullName,
    );
    await markClosed(tx, closed.id, 1, closedAt, officer.fullName);

    // The round being written: opened three weeks ago, a few departments have sent theirs.
    await tx
      .update(parReportRounds)
      .set({ createdAt: new Date(now - 21 * DAY_MS) })
      .where(eq(parReportRounds.id, open.id));
    const sentNow = new Set([S(1), S(2), S(4), S(6), S(8)]);
    for (const line of open.units) {
      if (line.province) continue;
      const drafting = line.unit.code === S(3) || line.unit.code === S(5);
      if (!sentNow.has(line.unit.code) && !drafting) continue;
      const at = new Date(now - (1 + random.int(5)) * DAY_MS - 3 * HOUR_MS);
      const texts = unitTexts(line.unit.name, year, random);
      // Sở Tư pháp has started its report but not sent it.
      await writeTexts(
        tx,
        open.id,
        line.unit.id,
        drafting ? { direction: texts.direction } : texts,
        at,
        'Cán bộ đầu mối CCHC',
      );
      if (!drafting) await markSubmitted(tx, open.id, line.unit.id, at, 'Cán bộ đầu mối CCHC');
    }
    const texts = provinceTexts(periodInSentence(year, periods.open));
    await writeTexts(
      tx,
      open.id,
      open.province.id,
      {
        direction: texts.direction,
        procedures: texts.procedures,
        digital_government: texts.digital_government,
      },
      new Date(now - DAY_MS),
      officer.fullName,
    );
  });
  // The closed round keeps the figures it showed when it closed.
  const closedRound = await findReportRound(deps.db, deps.config.PROVINCE_CODE, closed.id);
  await storeFrozenFigures(deps.db, await figuresSnapshot(deps, officer, closedRound));
}
