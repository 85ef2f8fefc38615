import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { PasswordField } from '../../components/PasswordField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayInProvince } from '../../i18n/format';
import { hasRole, useSession } from '../auth/session';
import { useUnits } from '../organisation/api';
import { unitOptions } from '../organisation/unit-options';
import { type AssignmentDraft, AssignmentsEditor, completeAssignments } from './AssignmentsEditor';
import { useCreateUser } from './api';
import { assignableRoles } from './roles';

interface CreateUserModalProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly onCreated: (user: User) => void;
}

export function CreateUserModal(props: CreateUserModalProps) {
  const { t } = useTranslation();
  return (
    <Dialog opened={props.opened} onClose={props.onClose} title={t('users.createTitle')} size="xl">
      {props.opened && <CreateUserForm {...props} />}
    </Dialog>
  );
}

function CreateUserForm({ onClose, onCreated }: CreateUserModalProps) {
  const { t } = useTranslation();
  const session = useSession().data;
  const units = useUnits({ on: todayInProvince() });
  const options = unitOptions(units.data?.units ?? []);
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [homeUnitId, setHomeUnitId] = useState<string | null>(null);
  const [assignments, setAssignments] = useState<AssignmentDraft[]>([{ role: 'clerk', unitId: null }]);
  const create = useCreateUser();
  const complete = completeAssignments(assignments);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!homeUnitId || !complete) return;
    create.mutate(
      {
        username,
        fullName,
        email: email.trim() || null,
        phone: phone.trim() || null,
        password,
        homeUnitId,
        assignments: complete,
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {create.isError && <ProblemAlert error={create.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('users.fields.username')}
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
          />
          <TextInput
            label={t('users.fields.fullName')}
            required
            autoComplete="off"
            value={fullName}
            onChange={(e) => setFullName(e.currentTarget.value)}
          />
          <TextInput
            type="email"
            label={t('users.fields.email')}
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <TextInput
            type="tel"
            label={t('users.fields.phone')}
            autoComplete="off"
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
          />
          <PasswordField
            label={t('users.fields.password')}
            description={t('users.passwordHelp')}
            required
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Select
            label={t('users.fields.homeUnit')}
            required
            searchable
            data={options}
            value={homeUnitId}
            onChange={(id) => {
              setHomeUnitId(id);
              // A new user usually works where their home unit is: prefill the first role's unit.
              setAssignments((prev) => prev.map((a, i) => (i === 0 && !a.unitId ? { ...a, unitId: id } : a)));
            }}
            nothingFoundMessage={t('organisation.empty')}
          />
        </SimpleGrid>
        <AssignmentsEditor
          value={assignments}
          onChange={setAssignments}
          roles={assignableRoles(session ? hasRole(session, 'system_admin') : false)}
          unitOptions={options}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={create.isPending}
            disabled={!username || !fullName || !password || !homeUnitId || !complete}
          >
            {t('common.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
