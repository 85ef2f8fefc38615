import {
  Button,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Level, MergeUnitsRequest, MergeUnitsResponse, Unit } from '../../api/types';
import { DateField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayInProvince } from '../../i18n/format';
import { useMergeUnits } from './api';
import { levelOptions, UNIT_KINDS, unitOptions } from './unit-options';

interface MergeUnitsModalProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly openUnits: readonly Unit[];
  readonly levels: readonly Level[];
  readonly onMerged: (result: MergeUnitsResponse) => void;
}

export function MergeUnitsModal(props: MergeUnitsModalProps) {
  const { t } = useTranslation();
  return (
    <Dialog opened={props.opened} onClose={props.onClose} title={t('organisation.merge.title')} size="lg">
      {props.opened && <MergeForm {...props} />}
    </Dialog>
  );
}

function MergeForm({ openUnits, levels, onClose, onMerged }: MergeUnitsModalProps) {
  const { t, i18n } = useTranslation();
  const [sourceIds, setSourceIds] = useState<string[]>([]);
  const [mode, setMode] = useState<'existing' | 'create'>('existing');
  const [existingId, setExistingId] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string | null>('commune');
  const [levelCode, setLevelCode] = useState<string | null>('commune');
  const [parentId, setParentId] = useState<string | null>(null);
  const [effectiveFrom, setEffectiveFrom] = useState(todayInProvince());
  const [reason, setReason] = useState('');
  const merge = useMergeUnits();

  const successor = (): MergeUnitsRequest['successor'] | null => {
    if (mode === 'existing') return existingId ? { existingId } : null;
    if (!kind || !levelCode || !code || !name) return null;
    return { create: { code, name, kind: kind as Unit['kind'], levelCode, parentId } };
  };
  const ready = sourceIds.length > 0 && successor() !== null && effectiveFrom && reason.trim().length >= 2;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const target = successor();
    if (target)
      merge.mutate({ sourceIds, successor: target, effectiveFrom, reason }, { onSuccess: onMerged });
  };
  const all = unitOptions(openUnits);
  const parents = unitOptions(openUnits, (u) => u.kind !== 'desk');

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {merge.isError && <ProblemAlert error={merge.error} />}
        <MultiSelect
          label={t('organisation.merge.sources')}
          required
          data={all}
          value={sourceIds}
          onChange={setSourceIds}
          searchable
          nothingFoundMessage={t('organisation.empty')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="merge-mode-label">
            {t('organisation.merge.successorMode')}
          </Text>
          <SegmentedControl
            aria-labelledby="merge-mode-label"
            value={mode}
            onChange={(v) => setMode(v === 'create' ? 'create' : 'existing')}
            data={[
              { value: 'existing', label: t('organisation.merge.existing') },
              { value: 'create', label: t('organisation.merge.createNew') },
            ]}
          />
        </Stack>
        {mode === 'existing' ? (
          <Select
            label={t('organisation.merge.successor')}
            required
            data={unitOptions(openUnits, (u) => !sourceIds.includes(u.id))}
            value={existingId}
            onChange={setExistingId}
            searchable
            nothingFoundMessage={t('organisation.empty')}
          />
        ) : (
          <>
            <TextInput
              label={t('organisation.fields.code')}
              required
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
            />
            <TextInput
              label={t('organisation.fields.name')}
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <Group grow align="flex-start">
              <Select
                label={t('organisation.fields.kind')}
                required
                data={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKinds.${k}`) }))}
                value={kind}
                onChange={setKind}
                allowDeselect={false}
              />
              <Select
                label={t('organisation.fields.level')}
                required
                data={levelOptions(levels, i18n.language, effectiveFrom)}
                value={levelCode}
                onChange={setLevelCode}
                allowDeselect={false}
              />
            </Group>
            <Select
              label={t('organisation.fields.parent')}
              data={parents}
              value={parentId}
              onChange={setParentId}
              searchable
              clearable
              nothingFoundMessage={t('organisation.empty')}
            />
          </>
        )}
        <DateField
          label={t('organisation.merge.effectiveFrom')}
          description={t('organisation.merge.hint')}
          required
          value={effectiveFrom}
          onChange={(value) => setEffectiveFrom(value)}
        />
        <Textarea
          label={t('organisation.reason')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={merge.isPending} disabled={!ready}>
            {t('organisation.merge.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
