import { NumberInput, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EditableRows } from '../../components/EditableRows';
import { useFormat } from '../../components/useFormat';
import { type BandDraft, typedNumber } from './criteria-editor-model';

/** The year's bands (xếp loại): a name and a lower bound each, with the range each covers shown live. */
export function BandsEditor({
  bands,
  onChange,
  readOnly,
}: {
  bands: readonly BandDraft[];
  onChange: (bands: BandDraft[]) => void;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const mins = bands.map((b) => typedNumber(b.minScore));
  // The band just above a band: the smallest minimum greater than its own.
  const upperOf = (min: number) => {
    const above = mins.filter((m) => m > min);
    return above.length === 0 ? null : Math.min(...above);
  };
  return (
    <EditableRows<BandDraft>
      legend={t('parScoring.criteria.bands')}
      rows={bands}
      onChange={onChange}
      blank={() => ({ code: '', name: '', minScore: '' })}
      addLabel={t('parScoring.criteria.addBand')}
      removeLabel={(n) => t('parScoring.criteria.removeBand', { n })}
      emptyText={t('parScoring.criteria.noBands')}
      disabled={readOnly}
      renderRow={(band, set, index) => {
        const min = typedNumber(band.minScore);
        const upper = Number.isFinite(min) ? upperOf(min) : null;
        return (
          <>
            <TextInput
              w={170}
              label={t('parScoring.criteria.bandName')}
              value={band.name}
              maxLength={30}
              onChange={(e) => set({ ...band, name: e.currentTarget.value })}
              data-testid={`band-name-${index}`}
            />
            <NumberInput
              w={120}
              label={t('parScoring.criteria.bandMin')}
              min={0}
              max={100}
              decimalScale={2}
              decimalSeparator={i18n.language === 'vi' ? ',' : '.'}
              value={band.minScore}
              onChange={(v) => set({ ...band, minScore: v })}
              data-testid={`band-min-${index}`}
            />
            <Text size="xs" c="dimmed" pb={8} miw={120}>
              {Number.isFinite(min)
                ? upper === null
                  ? t('parScoring.criteria.bandRangeTop', { min: fmt.decimal(min) })
                  : t('parScoring.criteria.bandRange', { min: fmt.decimal(min), upper: fmt.decimal(upper) })
                : ''}
            </Text>
          </>
        );
      }}
    />
  );
}
