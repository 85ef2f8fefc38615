import type { UnitSigners } from '../../domain/organisation/signers';
import type { Db } from '../db/client';
import { unitSigners } from '../db/schema';
import type { Clock } from '../platform/clock';
import { uuidv7 } from '../platform/ids';
import { personName, type SeededRandom } from './names';
import type { DemoUnit } from './province';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Signs for an Ủy ban nhân dân (TM.), and who heads each kind of unit that issues the head's forms. */
const COMMITTEE = 'Ủy ban nhân dân';
const HEAD_TITLE: Partial<Record<DemoUnit['kind'], string>> = {
  province: 'Chủ tịch',
  commune: 'Chủ tịch',
  department: 'Giám đốc',
  service_centre: 'Giám đốc',
};

/**
 * The generated signers of an open demo unit (never a real person): a people's committee signs
 * TM. the committee, and every third one through a deputy chairman (KT.); a department or the
 * service centre through its director. Null for the units that sign with their parent's head.
 */
export function demoSignersOf(unit: DemoUnit, random: SeededRandom, ordinal: number): UnitSigners | null {
  const headTitle = HEAD_TITLE[unit.kind];
  if (!headTitle || unit.validTo !== null) return null;
  const committee = unit.kind === 'province' || unit.kind === 'commune';
  return {
    headTitle,
    headName: personName(random),
    collectiveName: committee ? COMMITTEE : null,
    authorised:
      committee && ordinal % 3 === 1
        ? { name: personName(random), title: `Phó ${headTitle}`, authority: 'KT' }
        : null,
  };
}

/** Records the generated signers of the open demo units, as set by the demo loader. */
export async function insertDemoSigners(
  tx: Tx,
  clock: Clock,
  demo: readonly DemoUnit[],
  idByCode: ReadonlyMap<string, string>,
  random: SeededRandom,
): Promise<void> {
  const rows = demo.flatMap((unit, ordinal) => {
    const signers = demoSignersOf(unit, random, ordinal);
    const unitId = idByCode.get(unit.code);
    if (!signers || !unitId) return [];
    return [
      {
        id: uuidv7(clock),
        unitId,
        headTitle: signers.headTitle,
        headName: signers.headName,
        collectiveName: signers.collectiveName,
        authorisedName: signers.authorised?.name ?? null,
        authorisedTitle: signers.authorised?.title ?? null,
        authority: signers.authorised?.authority ?? null,
        setAt: clock.now(),
        setByName: 'Dữ liệu mẫu',
      },
    ];
  });
  if (rows.length > 0) await tx.insert(unitSigners).values(rows);
}
