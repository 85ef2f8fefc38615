import { Anchor, Button, Card, Group, Loader, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useNavigate } from 'react-router';
import { DateField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { todayInProvince } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { serverFieldError } from '../par/AssignTaskDialog';
import { useCreateInspectionPlan, useInspectionPlans } from './api';
import { CoverageBars } from './CoverageBars';

/** The yearly inspection plans, newest first, each with its coverage against the 30 % target. */
export function InspectionPlansPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const plans = useInspectionPlans();
  const [creating, setCreating] = useState(false);
  const data = plans.data;

  return (
    <Stack gap="lg">
      <PageTitle
        actions={
          data?.mayManage && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setCreating(true)}
              data-testid="new-inspection-plan"
            >
              {t('parInspections.plans.new')}
            </Button>
          )
        }
      >
        {t('parInspections.plans.title')}
      </PageTitle>
      <Text size="sm" c="dimmed">
        {t('parInspections.plans.intro')}
      </Text>
      <Anchor component={Link} to={paths.parInspectionFindings} fw={600} w="fit-content">
        {t('parInspections.plans.mine')} →
      </Anchor>
      {plans.isError && <ProblemAlert error={plans.error} />}
      {plans.isPending && <Loader aria-label={t('common.loading')} />}
      {data?.plans.length === 0 && <Text c="dimmed">{t('parInspections.plans.none')}</Text>}
      {data?.plans.map((plan) => (
        <Card
          withBorder
          key={plan.id}
          component="section"
          aria-labelledby={`plan-${plan.id}`}
          data-testid="inspection-plan-card"
        >
          <Stack gap="sm">
            <div>
              <Text size="xs" c="dimmed">
                {plan.year}
              </Text>
              <Anchor
                component={Link}
                to={generatePath(paths.parInspectionPlan, { id: plan.id })}
                fw={600}
                id={`plan-${plan.id}`}
              >
                {plan.title}
              </Anchor>
              <Text size="sm">
                {t('parInspections.plans.basis', {
                  number: plan.documentNumber,
                  date: fmt.day(plan.issuedOn),
                })}
              </Text>
            </div>
            <Group gap="lg" wrap="wrap">
              <Text size="sm">
                {t('parInspections.plans.progress', {
                  conducted: fmt.number(plan.conductedCount),
                  total: fmt.number(plan.inspectionCount),
                })}
              </Text>
              <Text size="sm">
                {t('parInspections.plans.findings', {
                  total: fmt.number(plan.findingCount),
                  open: fmt.number(plan.openFindingCount),
                  overdue: fmt.number(plan.overdueFindingCount),
                })}
              </Text>
            </Group>
            <CoverageBars coverage={plan.coverage} />
          </Stack>
        </Card>
      ))}
      <Dialog
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('parInspections.plans.new')}
        size="lg"
      >
        {creating && <CreatePlanForm />}
      </Dialog>
    </Stack>
  );
}

function CreatePlanForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateInspectionPlan();
  const today = todayInProvince();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [title, setTitle] = useState(() => t('parInspections.plans.titleDefault', { year }));
  const [documentNumber, setDocumentNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState(today);
  const [tried, setTried] = useState(false);
  const missing = (value: string) => (tried && value.trim() === '' ? t('common.requiredField') : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!title.trim() || !documentNumber.trim() || !issuedOn) return;
    create.mutate(
      { year, title: title.trim(), documentNumber: documentNumber.trim(), issuedOn },
      {
        onSuccess: (plan) => {
          void navigate(generatePath(paths.parInspectionPlan, { id: plan.id }));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <NumberInput
          label={t('parInspections.plans.year')}
          min={2000}
          max={2099}
          value={year}
          onChange={(v) => {
            const next = Number(v) || year;
            // The default title follows the year until someone writes their own.
            if (title === t('parInspections.plans.titleDefault', { year }))
              setTitle(t('parInspections.plans.titleDefault', { year: next }));
            setYear(next);
          }}
        />
        <TextInput
          label={t('parInspections.plans.titleLabel')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={missing(title) ?? serverFieldError(create.error, 'title')}
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('parInspections.plans.number')}
            required
            placeholder="45/KH-UBND"
            value={documentNumber}
            onChange={(e) => setDocumentNumber(e.currentTarget.value)}
            error={missing(documentNumber) ?? serverFieldError(create.error, 'documentNumber')}
          />
          <DateField
            label={t('parInspections.plans.issuedOn')}
            required
            value={issuedOn}
            onChange={(value) => setIssuedOn(value)}
            error={missing(issuedOn) ?? serverFieldError(create.error, 'issuedOn')}
          />
        </Group>
        {create.isError && <ProblemAlert error={create.error} withFieldErrors={false} />}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending} data-testid="create-inspection-plan">
            {t('parInspections.plans.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
