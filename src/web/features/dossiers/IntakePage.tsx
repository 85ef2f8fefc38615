import { Alert, Button, Group, Loader, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck, IconFileAlert, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOtherLevel } from '../../../domain/dossier/desk-suggestions';
import { ProblemError } from '../../api/client';
import type { ProcedureSummary } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ApplicantFields } from './ApplicantFields';
import { useCounterIntake, useProcedureDetail, useUnitsInScope } from './api';
import { ChecklistEditor } from './ChecklistEditor';
import { ChannelField, ChosenProcedure, Section } from './IntakeParts';
import { IntakeReasonDialog } from './IntakeReasonDialog';
import { IntakeResult } from './IntakeResult';
import {
  attemptFor,
  checklistOf,
  emptyIntake,
  type IntakeField,
  type IntakeForm,
  intakeFormProblems,
  intakeRequest,
  newIdempotencyKey,
  placeFieldErrors,
  type SentAttempt,
} from './intake-form';
import { OtherLevelDialog } from './OtherLevelDialog';
import { ProcedurePicker } from './ProcedurePicker';
import type { Dossier, IntakeOutcome } from './types';
import { useDesks } from './useDesks';

type Errors = Partial<Record<IntakeField, string>>;

/** Tiếp nhận hồ sơ at the counter: procedure, applicant, checklist, then one of three outcomes. */
export function IntakePage() {
  const { t } = useTranslation();
  const { desks, isPending } = useDesks();
  const [done, setDone] = useState<{ dossier: Dossier; outcome: IntakeOutcome } | null>(null);
  const [round, setRound] = useState(0);

  if (isPending) return <Loader aria-label={t('common.loading')} />;
  return (
    <>
      <PageTitle>{t('dossiers.intake.title')}</PageTitle>
      {desks.length === 0 ? (
        <Alert color="yellow" role="status">
          {t('dossiers.intake.noDesk')}
        </Alert>
      ) : done ? (
        <IntakeResult
          dossier={done.dossier}
          outcome={done.outcome}
          onNew={() => {
            setDone(null);
            setRound((r) => r + 1);
          }}
        />
      ) : (
        // A new key per dossier: a fresh form, and the search box focused again.
        <IntakeFormView
          key={round}
          desks={desks}
          onDone={(dossier, outcome) => setDone({ dossier, outcome })}
        />
      )}
    </>
  );
}

function IntakeFormView({
  desks,
  onDone,
}: {
  desks: readonly { id: string; name: string }[];
  onDone: (dossier: Dossier, outcome: IntakeOutcome) => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<IntakeForm>(() => emptyIntake(desks[0]?.id ?? null));
  const [procedure, setProcedure] = useState<ProcedureSummary | null>(null);
  const [otherLevel, setOtherLevel] = useState<ProcedureSummary | null>(null);
  const scopeUnits = useUnitsInScope();
  // The server reads the desk's level from the whole tree (a clerk's scope may not hold its commune).
  const deskLevel = scopeUnits.data?.units.find((u) => u.id === form.deskUnitId)?.levelServed ?? 'province';
  const [fixedLines, setFixedLines] = useState(0);
  const [attempted, setAttempted] = useState<IntakeOutcome | null>(null);
  const [serverErrors, setServerErrors] = useState<Errors>({});
  const [asking, setAsking] = useState<Exclude<IntakeOutcome, 'receive'> | null>(null);
  const [reason, setReason] = useState('');
  const [reasonTried, setReasonTried] = useState(false);
  const lastAttempt = useRef<SentAttempt | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const detail = useProcedureDetail(form.procedureId);
  const intake = useCounterIntake();

  // The catalog's checklist arrives after the pick; it fills the lines once per procedure.
  const loadedFor = useRef<string | null>(null);
  useEffect(() => {
    const d = detail.data;
    if (!d || d.id !== form.procedureId || loadedFor.current === d.id) return;
    loadedFor.current = d.id;
    setForm((f) => ({ ...f, documents: checklistOf(d.documents) }));
    setFixedLines(d.documents.length);
  }, [detail.data, form.procedureId]);

  const choose = (picked: ProcedureSummary, otherLevelConfirmed = false) => {
    setOtherLevel(null);
    setProcedure(picked);
    update({ procedureId: picked.id, competentUnitId: null, documents: [], otherLevelConfirmed });
    setFixedLines(0);
    // The applicant comes next in the keyboard flow.
    requestAnimationFrame(() => nameRef.current?.focus());
  };
  const update = (patch: Partial<IntakeForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setServerErrors({});
  };
  const clientErrors: Errors = {};
  if (attempted) {
    for (const [field, code] of Object.entries(intakeFormProblems(form, attempted, reason)))
      clientErrors[field as IntakeField] = t(`dossiers.problems.${code}`);
  }
  const errors: Errors = { ...serverErrors, ...clientErrors };
  const formErrors = Object.keys(errors).filter((f) => f !== 'reason');

  const send = (outcome: IntakeOutcome) => {
    const body = intakeRequest(form, outcome, reason);
    if (!body) return;
    const attempt = attemptFor(lastAttempt.current, JSON.stringify(body), newIdempotencyKey);
    lastAttempt.current = attempt;
    intake.mutate(
      { body, idempotencyKey: attempt.key },
      {
        onSuccess: (dossier) => onDone(dossier, outcome),
        onError: (error) => {
          if (error instanceof ProblemError) setServerErrors(placeFieldErrors(error.errors).fields);
        },
      },
    );
  };
  /** Checks everything but the reason (asked in the dialog) before going on. */
  const decide = (outcome: IntakeOutcome) => {
    setAttempted(outcome);
    const problems = Object.keys(intakeFormProblems(form, outcome, '')).filter((f) => f !== 'reason');
    if (problems.length > 0) return;
    if (outcome === 'receive') send(outcome);
    else {
      setReasonTried(false);
      setAsking(outcome);
    }
  };
  const otherErrors = intake.error instanceof ProblemError ? placeFieldErrors(intake.error.errors).other : [];

  return (
    <Stack gap="md" maw={960}>
      {desks.length === 1 && (
        <Text size="sm">
          {t('dossiers.intake.desk')}: <b>{desks[0]?.name}</b>
        </Text>
      )}
      {desks.length > 1 && (
        <Select
          label={t('dossiers.intake.desk')}
          data={desks.map((d) => ({ value: d.id, label: d.name }))}
          value={form.deskUnitId}
          allowDeselect={false}
          onChange={(deskUnitId) => update({ deskUnitId })}
          error={errors.deskUnitId}
        />
      )}
      <Section title={t('dossiers.intake.procedure')}>
        {procedure === null ? (
          <ProcedurePicker
            error={errors.procedureId}
            deskLevel={deskLevel}
            onPick={(picked) => (isOtherLevel(picked, deskLevel) ? setOtherLevel(picked) : choose(picked))}
          />
        ) : (
          <ChosenProcedure
            procedure={procedure}
            onChange={() => {
              setProcedure(null);
              loadedFor.current = null;
              update({ procedureId: null, competentUnitId: null, documents: [] });
            }}
          />
        )}
        {detail.isError && <ProblemAlert error={detail.error} />}
        {procedure && (
          <Group gap="md" align="flex-end" wrap="wrap">
            <Select
              w={{ base: '100%', sm: 360 }}
              label={t('dossiers.intake.competent')}
              description={t('dossiers.intake.competentHint')}
              placeholder={t('dossiers.intake.competentDefault')}
              data={(detail.data?.competentUnits ?? []).map((u) => ({ value: u.id, label: u.name }))}
              value={form.competentUnitId}
              onChange={(competentUnitId) => update({ competentUnitId })}
              searchable
              clearable
              error={errors.competentUnitId}
            />
            <ChannelField value={form.channel} onChange={(channel) => update({ channel })} />
          </Group>
        )}
      </Section>
      <OtherLevelDialog
        procedure={otherLevel}
        onCancel={() => setOtherLevel(null)}
        onConfirm={() => otherLevel && choose(otherLevel, true)}
      />
      <Section title={t('dossiers.intake.applicant')}>
        <ApplicantFields
          value={form.applicant}
          onChange={(applicant) => update({ applicant })}
          errors={errors}
          nameRef={nameRef}
        />
      </Section>
      <Section title={t('dossiers.intake.checklist')}>
        {detail.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        {procedure ? (
          <ChecklistEditor
            lines={form.documents}
            fixedLines={fixedLines}
            onChange={(documents) => update({ documents })}
            error={errors.documents}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('dossiers.intake.noDocuments')}
          </Text>
        )}
        <Textarea
          label={t('dossiers.intake.notes')}
          value={form.notes}
          maxLength={2000}
          autosize
          minRows={2}
          onChange={(e) => update({ notes: e.currentTarget.value })}
          error={errors.notes}
        />
      </Section>
      {formErrors.length > 0 && (
        <Alert color="red" variant="light" role="alert" icon={<IconFileAlert aria-hidden />}>
          {t('dossiers.intake.fixErrors')}
        </Alert>
      )}
      {intake.isError && (formErrors.length === 0 || otherErrors.length > 0) && !asking && (
        <ProblemAlert error={intake.error} withFieldErrors={false} />
      )}
      <Paper withBorder p="md" component="section" aria-label={t('dossiers.intake.decision')}>
        <Group gap="sm" wrap="wrap">
          <Button
            size="md"
            color="teal.9"
            leftSection={<IconCheck size={18} aria-hidden />}
            loading={intake.isPending && attempted === 'receive'}
            disabled={intake.isPending}
            onClick={() => decide('receive')}
          >
            {t('dossiers.intake.outcomes.receive')}
          </Button>
          <Button
            size="md"
            variant="default"
            disabled={intake.isPending}
            onClick={() => decide('request_supplement')}
          >
            {t('dossiers.intake.outcomes.request_supplement')}
          </Button>
          <Button
            size="md"
            variant="outline"
            color="red.8"
            leftSection={<IconX size={18} aria-hidden />}
            disabled={intake.isPending}
            onClick={() => decide('refuse')}
          >
            {t('dossiers.intake.outcomes.refuse')}
          </Button>
        </Group>
      </Paper>
      <IntakeReasonDialog
        outcome={asking}
        reason={reason}
        onReason={setReason}
        missing={form.documents.filter((d) => !d.provided).map((d) => d.name)}
        error={reasonTried ? errors.reason : undefined}
        problem={intake.isError && asking ? intake.error : null}
        pending={intake.isPending}
        onClose={() => setAsking(null)}
        onConfirm={() => {
          setReasonTried(true);
          if (asking && !intakeFormProblems(form, asking, reason).reason) send(asking);
        }}
      />
    </Stack>
  );
}
