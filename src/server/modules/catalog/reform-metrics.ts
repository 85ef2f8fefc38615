import { sql } from 'drizzle-orm';
import { localDateOf } from '../../../domain/calendar/local-time';
import { queryRows } from '../../db/client';
import { type ReformMetric, shareValue } from '../../platform/reform-metric';

/**
 * Procedures in force on `day` by their dates (published, superseded later, or scheduled from
 * before it), counted: all, offered online (fully or partly: "mức độ 3 và 4"), with fees, and
 * with fees payable online.
 */
async function catalogCounts(
  db: Parameters<NonNullable<ReformMetric['measure']>>[0],
  provinceCode: string,
  day: string,
) {
  const [row] = await queryRows<{ total: number; online: number; with_fees: number; fees_online: number }>(
    db,
    sql`select count(*)::int as total,
               count(*) filter (where v.online in ('full','partial'))::int as online,
               count(*) filter (where jsonb_array_length(v.content->'fees') > 0)::int as with_fees,
               count(*) filter (where jsonb_array_length(v.content->'fees') > 0 and v.online_payment)::int as fees_online
          from procedure_versions v join procedures p on p.id = v.procedure_id
         where p.province_code = ${provinceCode}
           and v.status in ('published','superseded','scheduled')
           and v.effective_from <= ${day}::date
           and (v.effective_to is null or v.effective_to >= ${day}::date)`,
  );
  return row ?? { total: 0, online: 0, with_fees: 0, fees_online: 0 };
}

const dayOf = (year: number, now: Date) => {
  const today = localDateOf(now.getTime());
  if (`${year}-01-01` > today) return null;
  return `${year}-12-31` < today ? `${year}-12-31` : today;
};

/** The reform metrics the catalog measures (as it stood on the year's last day, or today). */
export const catalogReformMetrics: readonly ReformMetric[] = [
  {
    code: 'procedures_online_share',
    titleVi: 'Tỷ lệ thủ tục hành chính được cung cấp trực tuyến (toàn trình, một phần)',
    titleEn: 'Procedures offered online (fully or partly)',
    source: 'catalog',
    measure: async (db, { provinceCode, year, now }) => {
      const day = dayOf(year, now);
      if (!day) return null;
      const c = await catalogCounts(db, provinceCode, day);
      return shareValue(c.online, c.total, day);
    },
  },
  {
    code: 'procedures_online_payment_share',
    titleVi: 'Tỷ lệ thủ tục hành chính có nghĩa vụ tài chính được triển khai thanh toán trực tuyến',
    titleEn: 'Procedures with fees that can be paid online',
    source: 'catalog',
    measure: async (db, { provinceCode, year, now }) => {
      const day = dayOf(year, now);
      if (!day) return null;
      const c = await catalogCounts(db, provinceCode, day);
      return shareValue(c.fees_online, c.with_fees, day);
    },
  },
];
