import { Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { viCollator } from '../../i18n/format';
import { type RoundDetailDto, type RoundUnitDto, useCouncilCandidates, useSetCouncil } from './api';

/** Who appraises one unit's scores (Hội đồng thẩm định): chosen among the people the API offers. */
export function CouncilDialog({
  round,
  unit,
  onClose,
}: {
  round: RoundDetailDto;
  unit: RoundUnitDto | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      opened={unit !== null}
      onClose={onClose}
      title={unit ? t('parScoring.round.councilTitle', { unit: unit.unit.name }) : ''}
      size="lg"
    >
      {/* Mounted per opening: the choice starts from the unit's council as it is now. */}
      {unit && <CouncilForm key={unit.unit.id} roundId={round.id} unit={unit} onClose={onClose} />}
    </Dialog>
  );
}

function CouncilForm({
  roundId,
  unit,
  onClose,
}: {
  roundId: string;
  unit: RoundUnitDto;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const candidates = useCouncilCandidates(roundId, true);
  const save = useSetCouncil(roundId);
  const [userIds, setUserIds] = useState(() => unit.council.map((p) => p.id));
  // Current members stay choosable even if they no longer qualify, so saving never drops them unseen.
  const people = [
    ...(candidates.data?.people ?? []).map((p) => ({ value: p.id, label: `${p.name} — ${p.unitName}` })),
    ...unit.council
      .filter((m) => !candidates.data?.people.some((p) => p.id === m.id))
      .map((m) => ({ value: m.id, label: m.name })),
  ].sort((a, b) => viCollator.compare(a.label, b.label));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ unitId: unit.unit.id, userIds }, { onSuccess: onClose });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('parScoring.round.councilHint')}</Text>
        {candidates.isError && <ProblemAlert error={candidates.error} />}
        <MultiSelect
          data-autofocus
          searchable
          label={t('parScoring.round.councilMembers')}
          data={people}
          value={userIds}
          onChange={setUserIds}
          maxValues={20}
          nothingFoundMessage={t('parScoring.round.councilNothing')}
          disabled={candidates.isPending}
          comboboxProps={{ withinPortal: true }}
          data-testid="council-members"
        />
        {save.isError && <ProblemAlert error={save.error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="council-save">
            {t('parScoring.round.councilSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
