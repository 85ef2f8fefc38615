import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Level, Unit } from '../../api/types';
import { DateField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayInProvince } from '../../i18n/format';
import { useCreateUnit, useUpdateUnit } from './api';
import { levelOptions, UNIT_KINDS, unitOptions } from './unit-options';

interface UnitFormModalProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  /** The unit to edit; null creates a new one. */
  readonly unit: Unit | null;
  /** Units open today: the possible parents. */
  readonly openUnits: readonly Unit[];
  readonly levels: readonly Level[];
  readonly onSaved: (unit: Unit) => void;
}

export function UnitFormModal(props: UnitFormModalProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      opened={props.opened}
      onClose={props.onClose}
      title={
        props.unit ? t('organisation.editTitle', { name: props.unit.name }) : t('organisation.createTitle')
      }
      size="lg"
    >
      {/* Keyed so each opening starts from the unit's current values. */}
      {props.opened && <UnitForm key={props.unit?.id ?? 'new'} {...props} />}
    </Dialog>
  );
}

function UnitForm({ unit, openUnits, levels, onClose, onSaved }: UnitFormModalProps) {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState(unit?.code ?? '');
  const [name, setName] = useState(unit?.name ?? '');
  const [kind, setKind] = useState<string | null>(unit?.kind ?? 'commune');
  const [levelCode, setLevelCode] = useState<string | null>(unit?.levelCode ?? 'commune');
  const [parentId, setParentId] = useState<string | null>(unit?.parentId ?? null);
  const [validFrom, setValidFrom] = useState(todayInProvince());
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const mutation = unit ? update : create;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (unit) {
      update.mutate(
        { id: unit.id, name, code, parentId, version: unit.version },
        { onSuccess: (saved) => onSaved(saved) },
      );
    } else if (kind && levelCode) {
      create.mutate(
        { code, name, kind: kind as Unit['kind'], levelCode, parentId, validFrom },
        { onSuccess: (saved) => onSaved(saved) },
      );
    }
  };
  const parents = unitOptions(openUnits, (u) => u.kind !== 'desk' && u.id !== unit?.id);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.isError && <ProblemAlert error={mutation.error} />}
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
        {!unit && (
          <>
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
              data={levelOptions(levels, i18n.language, validFrom)}
              value={levelCode}
              onChange={setLevelCode}
              allowDeselect={false}
            />
          </>
        )}
        <Select
          label={t('organisation.fields.parent')}
          data={parents}
          value={parentId}
          onChange={setParentId}
          searchable
          clearable
          placeholder={t('organisation.fields.noParent')}
          nothingFoundMessage={t('organisation.empty')}
        />
        {!unit && (
          <DateField
            label={t('organisation.fields.validFrom')}
            required
            value={validFrom}
            onChange={(value) => setValidFrom(value)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={!code || !name}>
            {unit ? t('common.save') : t('common.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
