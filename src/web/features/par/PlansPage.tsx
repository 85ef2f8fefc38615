import {
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { DateField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { capabilities, useSession } from '../auth/session';
import { useCreatePlan, usePlans } from './api';

/** The province's reform plans (five-year and yearly), each with its legal basis. */
export function PlansPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession().data;
  const plans = usePlans();
  const [creating, setCreating] = useState(false);
  const canRun = session ? capabilities(session).runParPlans : false;

  return (
    <Stack gap="lg">
      <PageTitle
        actions={
          canRun && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setCreating(true)}
              data-testid="new-plan"
            >
              {t('par.plans.new')}
            </Button>
          )
        }
      >
        {t('par.plans.title')}
      </PageTitle>
      {plans.isError && <ProblemAlert error={plans.error} />}
      {plans.isPending && <Loader aria-label={t('common.loading')} />}
      {plans.data?.plans.length === 0 && <Text c="dimmed">{t('par.plans.none')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {plans.data?.plans.map((plan) => (
          <Card withBorder key={plan.id} data-testid="plan-card">
            <Text size="xs" c="dimmed">
              {t(`par.plans.kind.${plan.kind}`)} ·{' '}
              {plan.fromYear === plan.toYear ? plan.fromYear : `${plan.fromYear}–${plan.toYear}`}
            </Text>
            <Anchor component={Link} to={generatePath(paths.parPlan, { id: plan.id })} fw={600}>
              {plan.title}
            </Anchor>
            <Text size="sm" mt={4}>
              {t('par.plans.basis', {
                number: plan.documentNumber,
                date: fmt.day(plan.issuedOn),
                signer: plan.signer,
              })}
            </Text>
            <Group gap="lg" mt="xs">
              <Text size="sm">
                {t('par.plans.targets')}: <b>{fmt.number(plan.targetCount)}</b>
              </Text>
              <Text size="sm">
                {t('par.plans.tasks')}:{' '}
                <Anchor component={Link} to={`${paths.parTasks}?plan=${plan.id}`} size="sm" fw={700}>
                  {fmt.number(plan.taskCount)}
                </Anchor>
              </Text>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
      <Dialog opened={creating} onClose={() => setCreating(false)} title={t('par.plans.new')} size="lg">
        {creating && <CreatePlanForm onDone={() => setCreating(false)} />}
      </Dialog>
    </Stack>
  );
}

function CreatePlanForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreatePlan();
  const year = new Date().getFullYear();
  const [form, setForm] = useState({
    kind: 'yearly' as 'yearly' | 'five_year',
    title: '',
    documentNumber: '',
    issuedOn: '',
    signer: '',
    fromYear: year,
    toYear: year,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { ...form, toYear: form.kind === 'yearly' ? form.fromYear : form.toYear },
      { onSuccess: onDone },
    );
  };
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('par.plans.kindLabel')}
          data={[
            { value: 'yearly', label: t('par.plans.kind.yearly') },
            { value: 'five_year', label: t('par.plans.kind.five_year') },
          ]}
          value={form.kind}
          onChange={(v) => set('kind', v === 'five_year' ? 'five_year' : 'yearly')}
          allowDeselect={false}
        />
        <TextInput
          label={t('par.plans.titleLabel')}
          required
          value={form.title}
          onChange={(e) => set('title', e.currentTarget.value)}
        />
        <Group grow>
          <TextInput
            label={t('par.plans.number')}
            required
            value={form.documentNumber}
            onChange={(e) => set('documentNumber', e.currentTarget.value)}
          />
          <DateField
            label={t('par.plans.issuedOn')}
            required
            value={form.issuedOn}
            onChange={(value) => set('issuedOn', value)}
          />
        </Group>
        <TextInput
          label={t('par.plans.signer')}
          required
          value={form.signer}
          onChange={(e) => set('signer', e.currentTarget.value)}
        />
        <Group grow>
          <NumberInput
            label={t('par.plans.fromYear')}
            min={2000}
            max={2099}
            value={form.fromYear}
            onChange={(v) => set('fromYear', Number(v) || year)}
          />
          {form.kind === 'five_year' && (
            <NumberInput
              label={t('par.plans.toYear')}
              min={2000}
              max={2099}
              value={form.toYear}
              onChange={(v) => set('toYear', Number(v) || year)}
            />
          )}
        </Group>
        {create.isError && <ProblemAlert error={create.error} />}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('par.plans.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
