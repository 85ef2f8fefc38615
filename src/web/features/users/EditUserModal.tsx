import { Button, Divider, Group, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconLockOpen } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { PasswordField } from '../../components/PasswordField';
import { ProblemAlert, SuccessAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { todayInProvince } from '../../i18n/format';
import { hasRole, useSession } from '../auth/session';
import { useUnits } from '../organisation/api';
import { unitOptions } from '../organisation/unit-options';
import { type AssignmentDraft, AssignmentsEditor, completeAssignments } from './AssignmentsEditor';
import { useResetPassword, useUpdateUser } from './api';
import { assignableRoles } from './roles';
import { isLocked } from './user-status';

export function EditUserModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      opened={user !== null}
      onClose={onClose}
      title={user ? t('users.editTitle', { name: user.fullName }) : ''}
      size="xl"
    >
      {user && <EditUserForm key={user.id} initial={user} onClose={onClose} />}
    </Dialog>
  );
}

function EditUserForm({ initial, onClose }: { initial: User; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession().data;
  const units = useUnits({ on: todayInProvince() });
  // The latest version we know: each save returns a new one, which the next save must send.
  const [user, setUser] = useState(initial);
  const [fullName, setFullName] = useState(initial.fullName);
  const [email, setEmail] = useState(initial.email ?? '');
  const [phone, setPhone] = useState(initial.phone ?? '');
  const [active, setActive] = useState(initial.active);
  const [assignments, setAssignments] = useState<AssignmentDraft[]>(
    initial.assignments.map((a) => ({ role: a.role, unitId: a.unitId })),
  );
  const [message, setMessage] = useState<string | null>(null);
  const update = useUpdateUser();
  const complete = completeAssignments(assignments);
  // Units the user already holds roles at stay selectable even if outside today's list.
  const options = unitOptions(units.data?.units ?? []);
  for (const a of initial.assignments)
    if (!options.some((o) => o.value === a.unitId)) options.push({ value: a.unitId, label: a.unitName });

  const onSaved = (saved: User, text: string) => {
    setUser(saved);
    setMessage(text);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!complete) return;
    setMessage(null);
    update.mutate(
      {
        id: user.id,
        version: user.version,
        fullName,
        email: email.trim() || null,
        phone: phone.trim() || null,
        active,
        assignments: complete,
      },
      { onSuccess: (saved) => onSaved(saved, t('users.updated')) },
    );
  };
  const unlock = () => {
    setMessage(null);
    update.mutate(
      { id: user.id, version: user.version, unlock: true },
      { onSuccess: (saved) => onSaved(saved, t('users.unlocked')) },
    );
  };

  return (
    <Stack>
      {update.isError && <ProblemAlert error={update.error} />}
      {message && <SuccessAlert>{message}</SuccessAlert>}
      {isLocked(user) && (
        <Group justify="space-between" p="sm" bg="red.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
          <Text size="sm">{t('users.lockedNote', { until: fmt.dateTime(user.lockedUntil) })}</Text>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconLockOpen size={16} aria-hidden />}
            onClick={unlock}
          >
            {t('users.unlock')}
          </Button>
        </Group>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('users.fields.username')} value={user.username} readOnly disabled />
            <TextInput
              label={t('users.fields.fullName')}
              required
              value={fullName}
              onChange={(e) => setFullName(e.currentTarget.value)}
            />
            <TextInput
              type="email"
              label={t('users.fields.email')}
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <TextInput
              type="tel"
              label={t('users.fields.phone')}
              value={phone}
              onChange={(e) => setPhone(e.currentTarget.value)}
            />
          </SimpleGrid>
          <Switch
            label={t('users.fields.active')}
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
          />
          <AssignmentsEditor
            value={assignments}
            onChange={setAssignments}
            roles={assignableRoles(session ? hasRole(session, 'system_admin') : false)}
            unitOptions={options}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!fullName || !complete}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Divider />
      <ResetPassword userId={user.id} />
    </Stack>
  );
}

function ResetPassword({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const reset = useResetPassword();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate({ id: userId, newPassword: password }, { onSuccess: () => setPassword('') });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="reset-heading">
      <Stack gap="sm">
        <Title order={3} size="h5" id="reset-heading">
          {t('users.resetTitle')}
        </Title>
        {reset.isError && <ProblemAlert error={reset.error} />}
        {reset.isSuccess && <SuccessAlert>{t('users.resetDone')}</SuccessAlert>}
        <Group align="flex-end">
          <PasswordField
            label={t('users.newPassword')}
            description={t('users.passwordHelp')}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 200 }}
          />
          <Button type="submit" variant="default" loading={reset.isPending} disabled={!password}>
            {t('users.resetSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
