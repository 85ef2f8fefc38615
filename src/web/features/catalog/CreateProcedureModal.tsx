import {
  Alert,
  Box,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayInProvince, viCollator } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { useUnits } from '../organisation/api';
import { unitOptions } from '../organisation/unit-options';
import { useCatalogFields, useCreateProcedure } from './api';
import { ProcedureContentForm } from './ProcedureContentForm';
import { blankContent, blankPaths, tidyContent } from './procedure-content';
import { useCatalogLabels } from './useCatalogLabels';

/** The national code of a procedure (mã thủ tục), as the contract checks it. */
const PROCEDURE_CODE = /^\d\.\d{6}(\.\d{1,3})?$/;

/** A catalog admin adds a procedure: saved as a draft, then checked and published on its page. */
export function CreateProcedureModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <Dialog
      opened={opened}
      onClose={onClose}
      title={t('catalog.create.title')}
      size="80rem"
      fullScreen={phone}
    >
      {opened && <CreateProcedureForm onClose={onClose} />}
    </Dialog>
  );
}

function CreateProcedureForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const navigate = useNavigate();
  const fields = useCatalogFields();
  // The units the admin may name: those in force in their scope.
  const units = useUnits({ on: todayInProvince() });
  const create = useCreateProcedure();
  const [code, setCode] = useState('');
  const [fieldCode, setFieldCode] = useState<string | null>(null);
  const [competent, setCompetent] = useState<string[]>([]);
  const [receiving, setReceiving] = useState<string[]>([]);
  const [content, setContent] = useState(blankContent);
  const [showErrors, setShowErrors] = useState(false);

  const codeValid = PROCEDURE_CODE.test(code.trim());
  const complete =
    codeValid &&
    fieldCode !== null &&
    competent.length > 0 &&
    receiving.length > 0 &&
    blankPaths(content).size === 0;
  const required = (missing: boolean) => (showErrors && missing ? t('common.requiredField') : null);
  const options = unitOptions(units.data?.units ?? []);
  const fieldOptions = (fields.data?.fields ?? [])
    .map((f) => ({ value: f.code, label: `${labels.fieldName(f)} (${f.code})` }))
    .sort((a, b) => viCollator.compare(a.label, b.label));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (!complete || fieldCode === null) return;
    create.mutate(
      {
        code: code.trim(),
        fieldCode,
        content: tidyContent(content),
        competentUnitIds: competent,
        receivingUnitIds: receiving,
      },
      {
        onSuccess: (draft) =>
          void navigate(generatePath(paths.procedureVersions, { id: draft.procedureId }), {
            state: { notice: t('catalog.manage.createdProcedure', { code: draft.code }) },
          }),
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('catalog.create.hint')}
        </Alert>
        {units.isError && <ProblemAlert error={units.error} />}
        <Fieldset legend={t('catalog.create.identity')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('catalog.create.code')}
                description={t('catalog.create.codeHint')}
                required
                maxLength={12}
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                error={
                  code.trim() && !codeValid ? t('catalog.create.codeInvalid') : required(code.trim() === '')
                }
              />
              <Select
                label={t('catalog.create.field')}
                required
                searchable
                data={fieldOptions}
                value={fieldCode}
                onChange={setFieldCode}
                error={required(fieldCode === null)}
              />
            </SimpleGrid>
            <MultiSelect
              label={t('catalog.create.competent')}
              required
              searchable
              data={options}
              value={competent}
              onChange={setCompetent}
              nothingFoundMessage={t('catalog.create.unitsNothing')}
              error={required(competent.length === 0)}
            />
            <MultiSelect
              label={t('catalog.create.receiving')}
              required
              searchable
              data={options}
              value={receiving}
              onChange={setReceiving}
              nothingFoundMessage={t('catalog.create.unitsNothing')}
              error={required(receiving.length === 0)}
            />
          </Stack>
        </Fieldset>
        <ProcedureContentForm value={content} onChange={setContent} showErrors={showErrors} />
        <Box
          pos="sticky"
          bottom={0}
          bg="white"
          py="sm"
          style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}
        >
          <Stack gap="xs">
            {create.isError && <ProblemAlert error={labels.readableError(create.error)} />}
            {showErrors && !complete && (
              <Alert color="red" variant="light">
                {t('catalog.manage.incomplete')}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('catalog.create.submit')}
              </Button>
            </Group>
          </Stack>
        </Box>
      </Stack>
    </form>
  );
}
