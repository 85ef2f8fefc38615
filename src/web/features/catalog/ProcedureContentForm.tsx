import {
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormTemplate, ProcedureContent, ProcessingUnit } from '../../api/types';
import {
  DocumentsEditor,
  FeesEditor,
  LegalBasisEditor,
  StepsEditor,
  WorkflowEditor,
} from './ContentListEditors';
import { ONLINE_AVAILABILITY, PROCEDURE_LEVELS, PROCESSING_UNITS } from './catalog-search';
import { NumberField } from './NumberField';
import { blankPaths } from './procedure-content';

interface ProcedureContentFormProps {
  readonly value: ProcedureContent;
  readonly onChange: (next: ProcedureContent) => void;
  /** Flag the empty required boxes (after a first attempt to save). */
  readonly showErrors: boolean;
  readonly disabled?: boolean;
  /** The stored form templates the documents link (names for the template fields). */
  readonly formTemplates?: readonly FormTemplate[];
}

const NO_BLANKS: ReadonlySet<string> = new Set();

/** Every part of a procedure's content an admin edits, as one form body (no buttons). */
export function ProcedureContentForm({
  value,
  onChange,
  showErrors,
  disabled,
  formTemplates,
}: ProcedureContentFormProps) {
  const { t } = useTranslation();
  const blanks = showErrors ? blankPaths(value) : NO_BLANKS;
  const error = (path: string) => (blanks.has(path) ? t('common.requiredField') : null);
  const set = (patch: Partial<ProcedureContent>) => onChange({ ...value, ...patch });
  const unitOptions = PROCESSING_UNITS.map((u) => ({ value: u, label: t(`catalog.form.units.${u}`) }));
  const asUnit = (v: string | null, fallback: ProcessingUnit) =>
    PROCESSING_UNITS.find((u) => u === v) ?? fallback;
  const online = value.processing.online ?? null;

  return (
    <Stack gap="md">
      <Fieldset legend={t('catalog.form.general')} disabled={disabled}>
        <Stack gap="sm">
          <Textarea
            label={t('catalog.form.name')}
            required
            autosize
            minRows={1}
            maxLength={500}
            value={value.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={error('name')}
          />
          <Checkbox.Group
            label={t('catalog.form.levels')}
            value={[...value.levels]}
            onChange={(levels) => set({ levels: PROCEDURE_LEVELS.filter((l) => levels.includes(l)) })}
          >
            <Group gap="lg" mt={6}>
              {PROCEDURE_LEVELS.map((l) => (
                <Checkbox key={l} value={l} label={t(`catalog.levels.${l}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <TextInput
            label={t('catalog.form.result')}
            required
            maxLength={300}
            value={value.resultType}
            onChange={(e) => set({ resultType: e.currentTarget.value })}
            error={error('resultType')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('catalog.form.online')}
              data={ONLINE_AVAILABILITY.map((o) => ({ value: o, label: t(`catalog.online.${o}`) }))}
              value={value.online}
              onChange={(o) => set({ online: ONLINE_AVAILABILITY.find((x) => x === o) ?? value.online })}
              allowDeselect={false}
            />
            <Checkbox
              label={t('catalog.form.onlinePayment')}
              checked={value.onlinePayment}
              onChange={(e) => set({ onlinePayment: e.currentTarget.checked })}
              mt={{ base: 0, sm: 30 }}
              error={
                value.onlinePayment && value.online === 'none'
                  ? t('catalog.problems.payment_without_online')
                  : null
              }
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('catalog.form.time')} disabled={disabled}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NumberField
              label={t('catalog.form.amount')}
              required
              min={0}
              decimalScale={2}
              value={value.processing.amount}
              onChange={(amount) => set({ processing: { ...value.processing, amount } })}
            />
            <Select
              label={t('catalog.form.unit')}
              data={unitOptions}
              value={value.processing.unit}
              onChange={(u) =>
                set({ processing: { ...value.processing, unit: asUnit(u, value.processing.unit) } })
              }
              allowDeselect={false}
            />
          </SimpleGrid>
          <Checkbox
            label={t('catalog.form.separateOnline')}
            checked={online !== null}
            onChange={(e) =>
              set({
                processing: {
                  ...value.processing,
                  online: e.currentTarget.checked
                    ? { unit: value.processing.unit, amount: value.processing.amount }
                    : null,
                },
              })
            }
          />
          {online && (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <NumberField
                label={t('catalog.form.onlineAmount')}
                required
                min={0}
                decimalScale={2}
                value={online.amount}
                onChange={(amount) =>
                  set({ processing: { ...value.processing, online: { ...online, amount } } })
                }
              />
              <Select
                label={t('catalog.form.onlineUnit')}
                data={unitOptions}
                value={online.unit}
                onChange={(u) =>
                  set({
                    processing: { ...value.processing, online: { ...online, unit: asUnit(u, online.unit) } },
                  })
                }
                allowDeselect={false}
              />
            </SimpleGrid>
          )}
          <Checkbox
            label={t('catalog.rules.pauseAllowed')}
            description={t('catalog.rules.pauseAllowedHint')}
            checked={value.pauseAllowed === true}
            onChange={(e) => set({ pauseAllowed: e.currentTarget.checked })}
          />
          <Select
            label={t('catalog.rules.supplementPolicy')}
            data={(['restart', 'pause'] as const).map((p) => ({
              value: p,
              label: t(`catalog.rules.policies.${p}`),
            }))}
            value={value.supplementPolicy ?? 'restart'}
            onChange={(p) => set({ supplementPolicy: p === 'pause' ? 'pause' : 'restart' })}
            allowDeselect={false}
          />
        </Stack>
      </Fieldset>

      <DocumentsEditor
        value={value.documents}
        onChange={(documents) => set({ documents })}
        error={error}
        disabled={disabled}
        formTemplates={formTemplates}
      />
      <FeesEditor value={value.fees} onChange={(fees) => set({ fees })} error={error} disabled={disabled} />
      <StepsEditor
        value={value.steps}
        onChange={(steps) => set({ steps })}
        error={error}
        disabled={disabled}
      />
      <WorkflowEditor
        value={value.workflow}
        onChange={(workflow) => set({ workflow })}
        error={error}
        disabled={disabled}
      />
      <LegalBasisEditor
        value={value.legalBasis}
        onChange={(legalBasis) => set({ legalBasis })}
        error={error}
        disabled={disabled}
      />
      {disabled && (
        <Text size="sm" c="dimmed">
          {t('catalog.manage.readOnly')}
        </Text>
      )}
    </Stack>
  );
}
