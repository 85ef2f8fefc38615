import { Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNING_AUTHORITIES, type SigningAuthority } from '../../../domain/organisation/signers';
import type { Unit, UnitSignersRequest, UnitSignersView } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSetUnitSigners } from './api';

interface UnitSignersModalProps {
  readonly opened: boolean;
  readonly unit: Unit;
  readonly current: UnitSignersView['current'];
  readonly onClose: () => void;
  readonly onSaved: () => void;
}

export function UnitSignersModal(props: UnitSignersModalProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      opened={props.opened}
      onClose={props.onClose}
      title={t('unitSigners.dialogTitle', { name: props.unit.name })}
    >
      {props.opened && <UnitSignersForm {...props} />}
    </Dialog>
  );
}

/** The request from the form: the authorised person only when the box is ticked. */
function requestOf(form: {
  headTitle: string;
  headName: string;
  collectiveName: string;
  withAuthorised: boolean;
  authorisedName: string;
  authorisedTitle: string;
  authority: SigningAuthority;
}): UnitSignersRequest {
  return {
    headTitle: form.headTitle,
    headName: form.headName,
    collectiveName: form.collectiveName.trim() === '' ? null : form.collectiveName,
    authorised: form.withAuthorised
      ? { name: form.authorisedName, title: form.authorisedTitle, authority: form.authority }
      : null,
  };
}

function UnitSignersForm({ unit, current, onClose, onSaved }: UnitSignersModalProps) {
  const { t } = useTranslation();
  const save = useSetUnitSigners(unit.id);
  const [form, setForm] = useState({
    headTitle: current?.headTitle ?? '',
    headName: current?.headName ?? '',
    collectiveName: current?.collectiveName ?? '',
    withAuthorised: current?.authorised != null,
    authorisedName: current?.authorised?.name ?? '',
    authorisedTitle: current?.authorised?.title ?? '',
    authority: (current?.authorised?.authority ?? 'KT') as SigningAuthority,
  });
  const update = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(requestOf(form), { onSuccess: onSaved });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {save.isError && <ProblemAlert error={save.error} />}
        <TextInput
          label={t('unitSigners.headTitle')}
          description={t('unitSigners.headTitleHint')}
          required
          value={form.headTitle}
          onChange={(e) => update({ headTitle: e.currentTarget.value })}
        />
        <TextInput
          label={t('unitSigners.headName')}
          required
          value={form.headName}
          onChange={(e) => update({ headName: e.currentTarget.value })}
        />
        <TextInput
          label={t('unitSigners.collectiveName')}
          description={t('unitSigners.collectiveHint')}
          value={form.collectiveName}
          onChange={(e) => update({ collectiveName: e.currentTarget.value })}
        />
        <Checkbox
          label={t('unitSigners.withAuthorised')}
          checked={form.withAuthorised}
          onChange={(e) => update({ withAuthorised: e.currentTarget.checked })}
        />
        {form.withAuthorised && (
          <>
            <Select
              label={t('unitSigners.authority')}
              data={SIGNING_AUTHORITIES.map((a) => ({ value: a, label: t(`unitSigners.authorities.${a}`) }))}
              value={form.authority}
              allowDeselect={false}
              onChange={(value) => value && update({ authority: value as SigningAuthority })}
            />
            <TextInput
              label={t('unitSigners.authorisedTitle')}
              required
              value={form.authorisedTitle}
              onChange={(e) => update({ authorisedTitle: e.currentTarget.value })}
            />
            <TextInput
              label={t('unitSigners.authorisedName')}
              required
              value={form.authorisedName}
              onChange={(e) => update({ authorisedName: e.currentTarget.value })}
            />
          </>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
