import { ActionIcon, Anchor, Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { IconPaperclip, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import {
  EVIDENCE_ACCEPT,
  type EvidenceFileDto,
  evidenceUrl,
  useDeleteEvidence,
  useUploadEvidence,
} from './api';

/** Evidence files with their downloads and, while the unit self-scores, an upload and a delete per file. */
export function EvidenceFiles({
  files,
  upload,
}: {
  files: readonly EvidenceFileDto[];
  upload?: {
    roundId: string;
    unitId: string;
    code: string;
    version: number;
    onDone: (from: number, to: number) => void;
  };
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [deleting, setDeleting] = useState<EvidenceFileDto | null>(null);
  return (
    <Stack gap={2}>
      <Text size="xs" fw={600}>
        {t('parScoring.sheet.evidence')}
      </Text>
      {files.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('parScoring.sheet.noEvidence')}
        </Text>
      ) : (
        <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }} data-testid="evidence-files">
          {files.map((f) => (
            <li key={f.id}>
              <Group gap={4} wrap="nowrap" justify="space-between">
                <Anchor href={evidenceUrl(f.id)} target="_blank" rel="noopener" size="sm">
                  <Group gap={4} component="span" wrap="nowrap">
                    <IconPaperclip size={14} aria-hidden />
                    <span style={{ overflowWrap: 'anywhere' }}>{f.fileName}</span>
                  </Group>
                </Anchor>
                {upload && (
                  <ActionIcon
                    variant="subtle"
                    color="red.8"
                    size="sm"
                    aria-label={t('parScoring.sheet.deleteEvidenceOf', { name: f.fileName })}
                    onClick={() => setDeleting(f)}
                  >
                    <IconTrash size={14} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {t('parScoring.sheet.evidenceMeta', {
                  size: fmt.number(Math.max(1, Math.ceil(f.size / 1024))),
                  date: fmt.dateTime(f.uploadedAt),
                  by: f.uploadedBy,
                })}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      {upload && <EvidenceUpload {...upload} />}
      {upload && deleting && (
        <DeleteEvidenceDialog
          file={deleting}
          onClose={() => setDeleting(null)}
          onDone={() => upload.onDone(upload.version, upload.version + 1)}
        />
      )}
    </Stack>
  );
}

/** Asks before deleting a file; the server refuses when the score would be left with nothing behind it. */
function DeleteEvidenceDialog({
  file,
  onClose,
  onDone,
}: {
  file: EvidenceFileDto;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteEvidence();
  const confirm = () =>
    remove.mutate(file.id, {
      onSuccess: () => {
        onDone();
        onClose();
      },
    });
  return (
    <Dialog opened onClose={onClose} title={t('parScoring.sheet.deleteEvidence')} size="sm">
      <Stack gap="sm">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('parScoring.sheet.deleteEvidenceConfirm', { name: file.fileName })}
        </Text>
        {remove.isError && <ProblemAlert error={remove.error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.8"
            loading={remove.isPending}
            onClick={confirm}
            data-testid="evidence-delete-confirm"
          >
            {t('parScoring.sheet.deleteEvidence')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}

/** An upload of one evidence file to a leaf, with its progress; `onDone` gets the versions before and after. */
export function EvidenceUpload({
  roundId,
  unitId,
  code,
  version,
  onDone,
}: {
  roundId: string;
  unitId: string;
  code: string;
  version: number;
  onDone: (from: number, to: number) => void;
}) {
  const { t } = useTranslation();
  const send = useUploadEvidence(roundId, unitId, code);
  const [progress, setProgress] = useState<number | null>(null);
  const pick = (file: File | null) => {
    if (!file) return;
    setProgress(0);
    send.mutate(
      { file, version, onProgress: setProgress },
      {
        onSuccess: (written) => onDone(version, written.version),
        onSettled: () => setProgress(null),
      },
    );
  };
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <FileButton onChange={pick} accept={EVIDENCE_ACCEPT}>
          {(props) => (
            <Button
              {...props}
              size="xs"
              variant="default"
              w="fit-content"
              loading={send.isPending}
              leftSection={<IconUpload size={14} aria-hidden />}
              aria-label={t('parScoring.sheet.uploadOf', { code })}
              data-testid="evidence-upload"
            >
              {t('parScoring.sheet.upload')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {t('parScoring.sheet.evidenceHint')}
        </Text>
      </Group>
      {progress !== null && (
        <Progress
          value={progress * 100}
          aria-label={t('parScoring.sheet.uploadProgress')}
          size="sm"
          animated
        />
      )}
      {send.isError && <ProblemAlert error={send.error} />}
    </Stack>
  );
}
