import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { provinceDayAndTime } from '../../i18n/format';
import { ActionDialog } from './ActionDialog';
import { useDossierCommand, useUnitDirectory } from './api';
import {
  type ActionValues,
  actionSpec,
  actionsToShow,
  type DossierAction,
  initialValues,
  runsAtOnce,
} from './dossier-commands';
import type { Dossier } from './types';

/** A 409 because the dossier moved on since the page loaded (not a rule refusing the action). */
const isChangedByOthers = (error: unknown): error is ProblemError =>
  error instanceof ProblemError && error.code === 'dossier_changed';

/** An instant as a datetime-local value in the province (the apology's proposed new date). */
function appointmentInput(iso: string | null): string {
  const local = iso ? provinceDayAndTime(iso) : null;
  return local ? `${local.day}T${local.time}` : '';
}

/**
 * The buttons of the actions the server says the caller may run now; each opens a small dialog
 * with the fields it needs (or runs at once when there are none). A 409 means someone else acted
 * first: the page shows the server's message and reloads.
 */
export function DossierActions({
  dossier,
  onDone,
  onConflict,
}: {
  dossier: Dossier;
  onDone: (action: DossierAction, updated: Dossier) => void;
  onConflict: (error: ProblemError) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<DossierAction | null>(null);
  const [values, setValues] = useState<ActionValues>(() => initialValues(dossier.documents));
  const command = useDossierCommand(dossier);
  const actions = actionsToShow(dossier.actions, dossier.steps);
  const needsUnits = open === 'send_inter_agency';
  const units = useUnitDirectory(actions.includes('send_inter_agency'));

  const run = (action: DossierAction, chosen: ActionValues) =>
    command.mutate(
      { action, values: chosen },
      {
        onSuccess: (updated) => {
          setOpen(null);
          onDone(action, updated);
        },
        onError: (error) => {
          // Only "someone else changed it" reloads; any other refusal stays in the dialog to read.
          if (isChangedByOthers(error)) {
            setOpen(null);
            onConflict(error);
          }
        },
      },
    );
  const start = (action: DossierAction) => {
    command.reset();
    const fresh = {
      ...initialValues(dossier.documents),
      newAppointment: appointmentInput(dossier.apologyProposedAt),
    };
    setValues(fresh);
    if (runsAtOnce(action, dossier.state)) run(action, fresh);
    else setOpen(action);
  };
  const activeUnit = dossier.steps.find((s) => s.state === 'active')?.unit.id;

  if (actions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('dossiers.detail.noActions')}
      </Text>
    );
  return (
    <>
      <Group gap="xs" wrap="wrap" data-testid="dossier-actions">
        {actions.map((action) => {
          const tone = actionSpec(action, dossier.state).tone;
          return (
            <Button
              key={action}
              size="sm"
              variant={tone === 'primary' ? 'filled' : tone === 'danger' ? 'outline' : 'default'}
              color={tone === 'danger' ? 'red.8' : undefined}
              loading={command.isPending && command.variables?.action === action && open === null}
              disabled={command.isPending}
              onClick={() => start(action)}
            >
              {t(`dossiers.actions.${action}`)}
            </Button>
          );
        })}
      </Group>
      {open === null && command.isError && !isChangedByOthers(command.error) && (
        <ProblemAlert error={command.error} />
      )}
      {open !== null && (
        <ActionDialog
          key={open}
          dossier={dossier}
          action={open}
          values={values}
          onValues={setValues}
          units={
            needsUnits
              ? (units.data?.units ?? [])
                  .filter((u) => u.id !== activeUnit)
                  .map((u) => ({ id: u.id, name: u.name }))
              : []
          }
          pending={command.isPending}
          error={command.error}
          onClose={() => {
            setOpen(null);
            command.reset();
          }}
          onConfirm={() => run(open, values)}
        />
      )}
    </>
  );
}
