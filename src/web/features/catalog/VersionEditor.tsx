import { Alert, Box, Button, Center, Group, List, Loader, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconSend } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureVersion } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert, SuccessAlert } from '../../components/ProblemAlert';
import { useUpdateDraft, useVersion } from './api';
import { ProcedureContentForm } from './ProcedureContentForm';
import { blankPaths, tidyContent } from './procedure-content';
import { useCatalogLabels } from './useCatalogLabels';
import { useLastShown } from './VersionDialogs';

interface VersionEditorProps {
  /** The version to show; null when closed. */
  readonly versionId: string | null;
  readonly onClose: () => void;
  /** The admin asks to publish the saved draft. */
  readonly onPublish: (version: ProcedureVersion) => void;
}

/** A version in a dialog: a draft to edit and save, any other version to read. */
export function VersionEditor({ versionId, onClose, onPublish }: VersionEditorProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  // Keeps showing the version while the dialog closes, instead of a loader.
  const shownId = useLastShown(versionId);
  const version = useVersion(shownId);
  const data = version.data?.id === shownId ? version.data : undefined;
  const title = data
    ? data.status === 'draft'
      ? t('catalog.manage.editorTitle', { version: data.version })
      : t('catalog.manage.viewerTitle', {
          version: data.version,
          status: t(`catalog.status.${data.status}`),
        })
    : t('common.loading');
  return (
    <Dialog opened={versionId !== null} onClose={onClose} title={title} size="80rem" fullScreen={phone}>
      {version.isError && <ProblemAlert error={version.error} />}
      {!data && !version.isError && (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {/* Keyed by version: each opening starts from the stored content; refetches do not reset typing. */}
      {data && <VersionForm key={data.id} version={data} onClose={onClose} onPublish={onPublish} />}
    </Dialog>
  );
}

function VersionForm({
  version,
  onClose,
  onPublish,
}: {
  version: ProcedureVersion;
  onClose: () => void;
  onPublish: (version: ProcedureVersion) => void;
}) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  // The version as last loaded or saved by this form: its row version guards the next save, so a
  // change made meanwhile by someone else answers 409 instead of being overwritten.
  const [saved, setSaved] = useState(version);
  const [content, setContent] = useState(version.content);
  const [dirty, setDirty] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const update = useUpdateDraft();
  const editable = saved.status === 'draft';
  const incomplete = showErrors && blankPaths(content).size > 0;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (!editable || blankPaths(content).size > 0) return;
    update.mutate(
      { id: version.id, content: tidyContent(content), rowVersion: saved.rowVersion },
      {
        onSuccess: (result) => {
          setSaved(result);
          setDirty(false);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {saved.problems.length > 0 && editable && (
          <Alert
            color="orange"
            variant="light"
            title={t('catalog.manage.problemsTitle')}
            icon={<IconAlertTriangle aria-hidden />}
            data-testid="version-problems"
          >
            <List size="sm">
              {saved.problems.map((p) => {
                const readable = labels.problem(p.path, p.code);
                return (
                  <List.Item key={`${p.path}:${p.code}`}>
                    {readable.where}: {readable.what}
                  </List.Item>
                );
              })}
            </List>
          </Alert>
        )}
        <ProcedureContentForm
          value={content}
          onChange={(next) => {
            setContent(next);
            setDirty(true);
          }}
          showErrors={showErrors}
          disabled={!editable}
          formTemplates={version.formTemplates}
        />
        <Box
          pos="sticky"
          bottom={0}
          bg="white"
          py="sm"
          style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}
        >
          <Stack gap="xs">
            {update.isError && <ProblemAlert error={labels.readableError(update.error)} />}
            {incomplete && (
              <Alert color="red" variant="light">
                {t('catalog.manage.incomplete')}
              </Alert>
            )}
            {update.isSuccess && !dirty && <SuccessAlert>{t('catalog.manage.saved')}</SuccessAlert>}
            {editable && dirty && (
              <Text size="sm" c="dimmed" ta="right">
                {t('catalog.manage.unsaved')}
              </Text>
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onClose}>
                {t('common.close')}
              </Button>
              {editable && (
                <>
                  <Button type="submit" loading={update.isPending}>
                    {t('common.save')}
                  </Button>
                  <Button
                    color="teal.9"
                    leftSection={<IconSend size={16} aria-hidden />}
                    disabled={dirty || saved.problems.length > 0}
                    onClick={() => onPublish(saved)}
                  >
                    {t('catalog.manage.publishShort')}
                  </Button>
                </>
              )}
            </Group>
          </Stack>
        </Box>
      </Stack>
    </form>
  );
}
