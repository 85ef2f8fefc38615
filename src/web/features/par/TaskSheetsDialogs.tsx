import { Anchor, Select, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { useImportProgress, useImportTasks, usePlans } from './api';
import { SheetUploadForm } from './SheetUploadForm';

/** A lead unit downloads its open tasks as Excel, writes the progress, and imports it back. */
export function ProgressSheetDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const importProgress = useImportProgress();
  return (
    <Dialog opened={opened} onClose={onClose} title={t('par.tasks.sheets.progressTitle')} size="xl">
      <Stack>
        <Anchor href="/api/par/tasks/progress.xlsx" download data-testid="progress-download">
          <IconDownload size={16} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
          {t('par.tasks.sheets.progressDownload')}
        </Anchor>
        <SheetUploadForm
          help={t('par.tasks.sheets.progressHelp')}
          fileLabel={t('par.tasks.sheets.progressFile')}
          submitLabel={t('par.tasks.sheets.progressSubmit')}
          mutation={importProgress}
          done={(r) => t('par.tasks.sheets.progressDone', r)}
        />
      </Stack>
    </Dialog>
  );
}

/** A PAR manager assigns a yearly plan's tasks at once from a sheet. */
export function TaskImportDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const plans = usePlans();
  const [planId, setPlanId] = useState<string | null>(null);
  const importTasks = useImportTasks(planId);
  return (
    <Dialog opened={opened} onClose={onClose} title={t('par.tasks.sheets.importTitle')} size="xl">
      <Stack>
        <Select
          label={t('par.tasks.sheets.importPlan')}
          data={[
            { value: '', label: t('par.tasks.sheets.noPlan') },
            ...(plans.data?.plans ?? []).map((p) => ({
              value: p.id,
              label: `${p.documentNumber} — ${p.title}`,
            })),
          ]}
          value={planId ?? ''}
          onChange={(v) => setPlanId(v ? v : null)}
          allowDeselect={false}
          searchable
        />
        <SheetUploadForm
          help={t('par.tasks.sheets.importHelp')}
          fileLabel={t('par.tasks.sheets.importFile')}
          submitLabel={t('par.tasks.sheets.importSubmit')}
          mutation={importTasks}
          done={(r) => t('par.tasks.sheets.importDone', { count: r.imported })}
        />
      </Stack>
    </Dialog>
  );
}
