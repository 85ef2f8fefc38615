import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_BODY_MAX } from '../../../domain/par/report-periods';
import { ProblemError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { type ReportSectionDto, reportKeys, useWriteSection } from './api';

/** The API's code when someone else saved the section since the version this editor started from. */
const SECTION_CHANGED = 'par_report_section_changed';

interface Conflict {
  readonly detail: string;
  readonly body: string;
}

/** The other's current text and version, as the 409 carries them (`errors` with code `current`). */
function currentOf(error: ProblemError): { body: string; version: number } | null {
  const body = error.errors.find((e) => e.path === 'body' && e.code === 'current');
  const version = error.errors.find((e) => e.path === 'version' && e.code === 'current');
  if (!body || !version) return null;
  return { body: body.message, version: Number(version.message) };
}

/**
 * One section of a unit's report, saved on its own. What the user typed is never lost: the text
 * follows the server's only while untouched; when someone else saved meanwhile the API refuses
 * (409) with their text, which is shown beside the user's, and the next save goes on top of the
 * version the user has now seen.
 */
export function SectionEditor({
  roundId,
  unitId,
  section,
  label,
  mayWrite,
  onDirtyChange,
}: {
  roundId: string;
  unitId: string;
  section: ReportSectionDto;
  label: string;
  mayWrite: boolean;
  onDirtyChange: (code: string, dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const write = useWriteSection(roundId, unitId, section.code);
  const [text, setText] = useState(section.body);
  const [base, setBase] = useState({ version: section.version, body: section.body });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saved, setSaved] = useState(false);
  const dirty = text !== base.body;
  const id = useId();

  useEffect(() => onDirtyChange(section.code, dirty), [dirty, section.code, onDirtyChange]);
  useEffect(() => {
    if (dirty || conflict || section.version === base.version) return;
    setBase({ version: section.version, body: section.body });
    setText(section.body);
  }, [dirty, conflict, section, base.version]);

  const save = () => {
    setSaved(false);
    write.mutate(
      { version: base.version, body: text },
      {
        onSuccess: (written) => {
          setConflict(null);
          setBase({ version: written.version, body: text });
          setSaved(true);
          void queryClient.invalidateQueries({ queryKey: reportKeys.all });
        },
        onError: (error) => {
          if (!(error instanceof ProblemError) || error.status !== 409) return;
          const current = error.code === SECTION_CHANGED ? currentOf(error) : null;
          if (!current) {
            void queryClient.invalidateQueries({ queryKey: reportKeys.all });
            return;
          }
          setBase(current);
          setConflict({ detail: error.detail, body: current.body });
        },
      },
    );
  };

  if (!mayWrite)
    return (
      <Stack gap={4} data-testid={`section-${section.code}`}>
        <Text fw={700} size="sm" component="h3" m={0}>
          {label}
        </Text>
        <Paper withBorder p="sm">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={section.body.trim() ? undefined : 'dimmed'}>
            {section.body.trim() ? section.body : t('parReports.unit.nothingWritten')}
          </Text>
        </Paper>
        {section.updatedBy && section.updatedAt && (
          <Text size="xs">
            {t('parReports.unit.lastBy', { by: section.updatedBy, date: fmt.dateTime(section.updatedAt) })}
          </Text>
        )}
      </Stack>
    );

  const showError =
    write.isError &&
    !(conflict && write.error instanceof ProblemError && write.error.code === SECTION_CHANGED);
  return (
    <Stack gap={6} data-testid={`section-${section.code}`}>
      {conflict && (
        <Alert
          color="orange"
          variant="light"
          role="alert"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('parReports.unit.conflictTitle')}
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
          data-testid="section-conflict"
        >
          <Stack gap="xs">
            <Text size="sm">{conflict.detail}</Text>
            <Paper withBorder p="xs" bg="white">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="section-conflict-theirs">
                {conflict.body || t('parReports.unit.nothingWritten')}
              </Text>
            </Paper>
            <Text size="sm">{t('parReports.unit.conflictYours')}</Text>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setText(conflict.body)}>
                {t('parReports.unit.useTheirs')}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => setText((mine) => (mine.trim() ? `${mine}\n${conflict.body}` : conflict.body))}
              >
                {t('parReports.unit.appendTheirs')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <Textarea
        id={id}
        label={label}
        description={
          base.version === 0
            ? t('parReports.unit.neverWritten')
            : section.updatedBy && section.updatedAt
              ? t('parReports.unit.lastBy', { by: section.updatedBy, date: fmt.dateTime(section.updatedAt) })
              : undefined
        }
        autosize
        minRows={3}
        maxRows={16}
        maxLength={SECTION_BODY_MAX}
        value={text}
        onChange={(e) => {
          setSaved(false);
          setText(e.currentTarget.value);
        }}
        styles={{ label: { fontWeight: 700 } }}
      />
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="xs" aria-live="polite" data-testid="section-state">
          {[
            dirty ? t('parReports.unit.unsaved') : saved ? t('parReports.unit.saved') : null,
            t('parReports.unit.chars', { count: fmt.number(text.length), max: fmt.number(SECTION_BODY_MAX) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Button
          size="xs"
          leftSection={<IconDeviceFloppy size={14} aria-hidden />}
          onClick={save}
          disabled={!dirty && !conflict}
          loading={write.isPending}
          aria-label={`${t('parReports.unit.save')}: ${label}`}
          data-testid="save-section"
        >
          {t('parReports.unit.save')}
        </Button>
      </Group>
      {showError && <ProblemAlert error={write.error} withFieldErrors={false} />}
    </Stack>
  );
}
