import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router';
import { SCORING_GROUPS } from '../../../contracts/par-scoring';
import { DateField } from '../../components/DateFields';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayInProvince } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { serverFieldError } from '../par/AssignTaskDialog';
import { useCreateRound, useRounds } from './api';

type ScoringGroup = (typeof SCORING_GROUPS)[number];

/** The template of the group, or an earlier round of it to copy. */
const TEMPLATE = 'template';

/**
 * A new round: the year assessed, the group of units, where its criteria and bands start from (the
 * group's template, or a copy of an earlier round of the group — last year's by default) and the
 * self-assessment window; every open unit of the group is scored. A round not yet open goes
 * straight to its criteria editor.
 */
export function CreateRoundForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRound();
  const today = todayInProvince();
  // The index of a year is assessed early the next year.
  const [year, setYear] = useState<number | string>(Number(today.slice(0, 4)) - 1);
  const [group, setGroup] = useState<ScoringGroup>('department');
  const [title, setTitle] = useState<string | null>(null);
  const [opensOn, setOpensOn] = useState(today);
  const [closesOn, setClosesOn] = useState('');
  const [tried, setTried] = useState(false);
  const rounds = useRounds();
  const earlier = (rounds.data?.rounds ?? []).filter((r) => r.group === group && r.year < Number(year));
  const [pickedSource, setSource] = useState<string | null>(null);
  // Last year's round of the group when there is one, until the officer picks another source.
  const source =
    pickedSource !== null && (pickedSource === TEMPLATE || earlier.some((r) => r.id === pickedSource))
      ? pickedSource
      : (earlier.find((r) => r.year === Number(year) - 1)?.id ?? TEMPLATE);

  const suggestedTitle = t('parScoring.create.titleDefault', {
    year,
    group: t(`parScoring.groups.${group}`).toLowerCase(),
  });
  const shownTitle = title ?? suggestedTitle;
  const problems = {
    year: !Number.isInteger(Number(year)) || year === '' ? t('common.requiredField') : null,
    title: shownTitle.trim() === '' ? t('common.requiredField') : null,
    opensOn: opensOn === '' ? t('common.requiredField') : null,
    closesOn:
      closesOn === ''
        ? t('common.requiredField')
        : opensOn !== '' && closesOn < opensOn
          ? t('parScoring.create.closesBeforeOpens')
          : null,
  };
  const shown = (key: keyof typeof problems, field: string) =>
    (tried ? problems[key] : null) ?? serverFieldError(create.error, field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(problems).some((p) => p !== null)) return;
    create.mutate(
      {
        year: Number(year),
        group,
        title: shownTitle.trim(),
        ...(source === TEMPLATE ? { template: group } : { copyFrom: source }),
        entryOpensOn: opensOn,
        entryClosesOn: closesOn,
      },
      {
        onSuccess: (round) => {
          onClose();
          const page = round.mayEditCriteria ? paths.parScoringCriteria : paths.parScoringRound;
          void navigate(generatePath(page, { id: round.id }));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('parScoring.rounds.new')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput
            data-autofocus
            required
            label={t('parScoring.create.year')}
            min={2000}
            max={2099}
            allowDecimal={false}
            allowNegative={false}
            value={year}
            onChange={setYear}
            error={shown('year', 'year')}
          />
          <Select
            required
            label={t('parScoring.create.group')}
            data={SCORING_GROUPS.map((g) => ({ value: g, label: t(`parScoring.groups.${g}`) }))}
            value={group}
            onChange={(v) => setGroup(SCORING_GROUPS.find((g) => g === v) ?? 'department')}
            allowDeselect={false}
            error={serverFieldError(create.error, 'group')}
          />
        </SimpleGrid>
        <TextInput
          required
          label={t('parScoring.create.title')}
          value={shownTitle}
          maxLength={300}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={shown('title', 'title')}
        />
        <Select
          label={t('parScoring.create.template')}
          description={t('parScoring.create.templateHint')}
          data={[
            {
              value: TEMPLATE,
              label: t('parScoring.create.templateOf', { group: t(`parScoring.groups.${group}`) }),
            },
            ...earlier.map((r) => ({
              value: r.id,
              label: t('parScoring.create.copyOf', { title: r.title }),
            })),
          ]}
          value={source}
          onChange={setSource}
          allowDeselect={false}
          error={serverFieldError(create.error, 'copyFrom')}
          data-testid="round-source"
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DateField
            required
            label={t('parScoring.create.opensOn')}
            value={opensOn}
            onChange={(value) => setOpensOn(value)}
            error={shown('opensOn', 'entryOpensOn')}
          />
          <DateField
            required
            label={t('parScoring.create.closesOn')}
            min={opensOn || undefined}
            value={closesOn}
            onChange={(value) => setClosesOn(value)}
            error={shown('closesOn', 'entryClosesOn')}
          />
        </SimpleGrid>
        {create.isError && <ProblemAlert error={create.error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="create-round-submit">
            {t('parScoring.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
