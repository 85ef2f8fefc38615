import type { UnitKind } from '../../domain/organisation/units';
import { placeName, SeededRandom } from './names';

/** One unit of the demo province as plain data; `parent` and `successor` are codes. */
export interface DemoUnit {
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly levelCode: 'province' | 'district' | 'commune';
  readonly parent: string | null;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly successor: string | null;
  readonly closedReason: string | null;
}

export const DEMO_PROVINCE_CODE = 'T60';
const SINCE = '2008-01-01';
/** Two-level local government (Resolution 202/2025/QH15, Law on Organisation of Local Government 2025). */
export const REORGANISATION_DAY = '2025-07-01';
const LAST_DAY_OF_THREE_LEVELS = '2025-06-30';
const REORG_REASON = 'Sắp xếp đơn vị hành chính, chính quyền địa phương hai cấp từ 01/7/2025';

const DEPARTMENTS = [
  'Văn phòng UBND tỉnh',
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Kế hoạch và Đầu tư',
  'Sở Tài chính',
  'Sở Công Thương',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Giao thông vận tải',
  'Sở Xây dựng',
  'Sở Tài nguyên và Môi trường',
  'Sở Thông tin và Truyền thông',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Khoa học và Công nghệ',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Thanh tra tỉnh',
  'Ban Dân tộc',
  'Ban Quản lý các khu công nghiệp',
  'Sở Ngoại vụ',
] as const;

/** Districts of the seeds' province; each gets 10–14 communes in the demo. */
const DISTRICTS = [
  ['Thành phố Phan Thiết', 'phường'],
  ['Thị xã La Gi', 'phường'],
  ['Huyện Tuy Phong', 'xã'],
  ['Huyện Bắc Bình', 'xã'],
  ['Huyện Hàm Thuận Bắc', 'xã'],
  ['Huyện Hàm Thuận Nam', 'xã'],
  ['Huyện Tánh Linh', 'xã'],
  ['Huyện Đức Linh', 'xã'],
  ['Huyện Hàm Tân', 'xã'],
  ['Huyện Phú Quý', 'xã'],
] as const;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The demo province as it was in 2024 (province, ~20 departments, 10 districts, ~120 communes,
 * one-stop desks at each level) and its reorganisation of 1 July 2025: districts closed, communes
 * merged into ~40, each old unit pointing to its successor. Deterministic for a seed.
 */
export function demoProvince(seed = 20250701): DemoUnit[] {
  const random = new SeededRandom(seed);
  const taken = new Set<string>();
  const out: DemoUnit[] = [];
  const open = (u: Omit<DemoUnit, 'validTo' | 'successor' | 'closedReason'>): DemoUnit => ({
    ...u,
    validTo: null,
    successor: null,
    closedReason: null,
  });

  out.push(
    open({
      code: DEMO_PROVINCE_CODE,
      name: 'UBND tỉnh Bình Thuận (dữ liệu mẫu)',
      kind: 'province',
      levelCode: 'province',
      parent: null,
      validFrom: SINCE,
    }),
  );
  out.push(
    open({
      code: `${DEMO_PROVINCE_CODE}.TTPVHCC`,
      name: 'Trung tâm Phục vụ hành chính công tỉnh',
      kind: 'service_centre',
      levelCode: 'province',
      parent: DEMO_PROVINCE_CODE,
      validFrom: SINCE,
    }),
  );
  out.push(
    open({
      code: `${DEMO_PROVINCE_CODE}.TTPVHCC.MC`,
      name: 'Bộ phận Một cửa - Trung tâm Phục vụ hành chính công tỉnh',
      kind: 'desk',
      levelCode: 'province',
      parent: `${DEMO_PROVINCE_CODE}.TTPVHCC`,
      validFrom: SINCE,
    }),
  );
  DEPARTMENTS.forEach((name, i) => {
    out.push(
      open({
        code: `${DEMO_PROVINCE_CODE}.S${pad(i + 1)}`,
        name,
        kind: 'department',
        levelCode: 'province',
        parent: DEMO_PROVINCE_CODE,
        validFrom: SINCE,
      }),
    );
  });

  let newCommuneNo = 0;
  DISTRICTS.forEach(([districtName, communeWord], d) => {
    const districtCode = `${DEMO_PROVINCE_CODE}.H${pad(d + 1)}`;
    out.push({
      code: districtCode,
      name: `UBND ${districtName}`,
      kind: 'district',
      levelCode: 'district',
      parent: DEMO_PROVINCE_CODE,
      validFrom: SINCE,
      validTo: LAST_DAY_OF_THREE_LEVELS,
      successor: null,
      closedReason: REORG_REASON,
    });
    out.push({
      code: `${districtCode}.MC`,
      name: `Bộ phận Một cửa ${districtName}`,
      kind: 'desk',
      levelCode: 'district',
      parent: districtCode,
      validFrom: SINCE,
      validTo: LAST_DAY_OF_THREE_LEVELS,
      successor: null,
      closedReason: REORG_REASON,
    });
    const communeCount = d === 9 ? 3 : 13;
    const oldCommunes: string[] = [];
    for (let c = 1; c <= communeCount; c++) {
      const code = `${districtCode}.X${pad(c)}`;
      oldCommunes.push(code);
      const name = `UBND ${communeWord} ${placeName(random, taken)}`;
      out.push({
        code,
        name,
        kind: 'commune',
        levelCode: 'commune',
        parent: districtCode,
        validFrom: SINCE,
        validTo: LAST_DAY_OF_THREE_LEVELS,
        successor: null,
        closedReason: REORG_REASON,
      });
      out.push({
        code: `${code}.MC`,
        name: `Bộ phận Một cửa ${name.replace('UBND ', '')}`,
        kind: 'desk',
        levelCode: 'commune',
        parent: code,
        validFrom: SINCE,
        validTo: LAST_DAY_OF_THREE_LEVELS,
        successor: null,
        closedReason: REORG_REASON,
      });
    }
    // About three old communes merge into one new commune directly under the province.
    for (let start = 0; start < oldCommunes.length; start += 3) {
      const group = oldCommunes.slice(
        start,
        oldCommunes.length - start <= 4 ? oldCommunes.length : start + 3,
      );
      newCommuneNo += 1;
      const newCode = `${DEMO_PROVINCE_CODE}.X${pad(newCommuneNo, 3)}`;
      const newName = `UBND ${communeWord} ${placeName(random, taken)}`;
      out.push(
        open({
          code: newCode,
          name: newName,
          kind: 'commune',
          levelCode: 'commune',
          parent: DEMO_PROVINCE_CODE,
          validFrom: REORGANISATION_DAY,
        }),
      );
      out.push(
        open({
          code: `${newCode}.MC`,
          name: `Bộ phận Một cửa ${newName.replace('UBND ', '')}`,
          kind: 'desk',
          levelCode: 'commune',
          parent: newCode,
          validFrom: REORGANISATION_DAY,
        }),
      );
      for (const old of group) {
        for (let i = 0; i < out.length; i++) {
          const u = out[i];
          if (u && (u.code === old || u.code === `${old}.MC`)) {
            out[i] = { ...u, successor: u.code === old ? newCode : `${newCode}.MC` };
          }
        }
      }
      if (group.length > 3) start = oldCommunes.length;
    }
    // The district's own work passes to the province.
    for (let i = 0; i < out.length; i++) {
      const u = out[i];
      if (u && (u.code === districtCode || u.code === `${districtCode}.MC`)) {
        out[i] = {
          ...u,
          successor: u.code === districtCode ? DEMO_PROVINCE_CODE : `${DEMO_PROVINCE_CODE}.TTPVHCC.MC`,
        };
      }
    }
  });
  return out;
}
