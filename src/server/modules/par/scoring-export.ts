import { type CriteriaTree, unitScore } from '../../../domain/par/scoring';
import type { AuthContext } from '../../platform/access';
import type { AppDeps } from '../../platform/http';
import { writeWorkbook } from '../../platform/spreadsheet';
import { criteriaOf, findRound, scoreFactsOfRound } from './scoring-repo';
import { roundDetail, scoreMaps } from './scoring-rounds';

/** The demo bands' names as the province's decision prints them; other codes print as they are. */
const BAND_NAMES: Readonly<Record<string, string>> = {
  xuat_sac: 'Xuất sắc',
  tot: 'Tốt',
  kha: 'Khá',
  trung_binh: 'Trung bình',
  yeu: 'Yếu',
};
const bandName = (code: string) => BAND_NAMES[code] ?? code;

const areaTitle = (tree: CriteriaTree, code: string) =>
  tree.nodes.find((n) => n.code === code)?.title ?? code;

/**
 * The round's results as an .xlsx workbook: the ranking (as the caller may see it) and each unit's
 * points per area. Totals are the published ones once published.
 */
export async function roundResultsWorkbook(deps: AppDeps, auth: AuthContext, roundId: string) {
  const detail = await roundDetail(deps, auth, roundId);
  const round = await findRound(deps.db, deps.config.PROVINCE_CODE, roundId);
  const tree = criteriaOf(round);
  const maps = scoreMaps(await scoreFactsOfRound(deps.db, roundId));
  const heading = [
    { text: 'ỦY BAN NHÂN DÂN TỈNH', bold: true },
    { text: `KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${detail.year}`, bold: true, size: 13 },
    { text: detail.title, italic: true },
    {
      text: detail.publishedAt
        ? `Đã công bố ngày ${detail.publishedAt.slice(0, 10)}`
        : 'Kết quả tạm tính, chưa công bố',
      italic: true,
    },
  ];
  const ranking = {
    name: 'Xếp hạng',
    heading,
    columns: [
      { header: 'Hạng', key: 'rank', width: 8 },
      { header: 'Mã đơn vị', key: 'code', width: 14 },
      { header: 'Đơn vị', key: 'name', width: 42 },
      { header: 'Điểm tự chấm', key: 'self', width: 14 },
      { header: 'Điểm thẩm định', key: 'total', width: 14 },
      { header: 'Xếp loại', key: 'band', width: 14 },
      { header: `Điểm năm ${detail.year - 1}`, key: 'lastTotal', width: 14 },
      { header: `Hạng năm ${detail.year - 1}`, key: 'lastRank', width: 12 },
    ],
    rows: detail.units.map((u) => ({
      rank: u.rank,
      code: u.unit.code,
      name: u.unit.name,
      self: u.selfTotal,
      total: u.total,
      band: bandName(u.band),
      lastTotal: u.lastYear?.total ?? '',
      lastRank: u.lastYear?.rank ?? '',
    })),
  };
  const areas = tree.nodes.map((n) => n.code);
  const byArea = {
    name: 'Theo lĩnh vực',
    columns: [
      { header: 'Mã đơn vị', key: 'code', width: 14 },
      { header: 'Đơn vị', key: 'name', width: 42 },
      ...areas.map((code) => ({
        header: `${code}. ${areaTitle(tree, code)}`,
        key: `area${code}`,
        width: 18,
      })),
    ],
    rows: detail.units.map((u) => {
      const score = unitScore(tree, maps.get(u.unit.id)?.final ?? new Map());
      return {
        code: u.unit.code,
        name: u.unit.name,
        ...Object.fromEntries(
          score.byArea.map((a) => [
            `area${a.code}`,
            a.notApplicable ? 'Không áp dụng' : `${a.earned}/${a.max}`,
          ]),
        ),
      };
    }),
  };
  return {
    fileName: `chi-so-cchc-${detail.year}-${detail.group}.xlsx`,
    bytes: await writeWorkbook([ranking, byArea]),
  };
}
