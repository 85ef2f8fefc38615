import { Checkbox, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormTemplate, ProcedureContent } from '../../api/types';
import { EditableRows } from '../../components/EditableRows';
import { useFormat } from '../../components/useFormat';
import { UNIT_KINDS } from '../organisation/unit-options';
import { FormTemplateField } from './FormTemplateField';
import { NumberField } from './NumberField';
import { roundedShare, sharesComplete, sharesTotal } from './procedure-content';

type Content = ProcedureContent;

interface ListEditorProps<K extends keyof Content> {
  readonly value: Content[K];
  readonly onChange: (next: Content[K]) => void;
  /** The required-box error of a path (`fees.0.name`), or null. */
  readonly error: (path: string) => string | null;
  readonly disabled?: boolean;
}

const WORKFLOW_ROLES = ['clerk', 'officer', 'approver'] as const;

/** Phí, lệ phí: name, kind, amount in đồng. */
export function FeesEditor({ value, onChange, error, disabled }: ListEditorProps<'fees'>) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  return (
    <EditableRows
      legend={t('catalog.form.fees')}
      rows={value}
      onChange={onChange}
      disabled={disabled}
      blank={() => ({ name: '', kind: 'charge' as const, amount: 0 })}
      addLabel={t('catalog.form.addFee')}
      removeLabel={(n) => t('catalog.form.removeFee', { n })}
      emptyText={t('catalog.form.none')}
      renderRow={(fee, set, i) => (
        <>
          <TextInput
            label={t('catalog.form.feeName')}
            required
            maxLength={200}
            value={fee.name}
            onChange={(e) => set({ ...fee, name: e.currentTarget.value })}
            error={error(`fees.${i}.name`)}
            style={{ flex: '3 1 220px' }}
          />
          <Select
            label={t('catalog.form.feeKind')}
            data={(['fee', 'charge'] as const).map((k) => ({ value: k, label: t(`catalog.feeKinds.${k}`) }))}
            value={fee.kind}
            onChange={(kind) => set({ ...fee, kind: kind === 'fee' ? 'fee' : 'charge' })}
            allowDeselect={false}
            style={{ flex: '1 1 110px' }}
          />
          <NumberField
            label={t('catalog.form.feeAmount')}
            min={0}
            step={1000}
            allowDecimal={false}
            thousandSeparator={lang === 'vi' ? '.' : ','}
            value={fee.amount}
            onChange={(amount) => set({ ...fee, amount })}
            style={{ flex: '1 1 140px' }}
          />
        </>
      )}
    />
  );
}

/** Thành phần hồ sơ: name, originals, copies, form template (uploaded or picked), reusable. */
export function DocumentsEditor({
  value,
  onChange,
  error,
  disabled,
  formTemplates = [],
}: ListEditorProps<'documents'> & {
  /** The stored templates the documents link, by the version as loaded. */
  readonly formTemplates?: readonly FormTemplate[];
}) {
  const { t } = useTranslation();
  const [known, setKnown] = useState<ReadonlyMap<string, FormTemplate>>(
    () => new Map(formTemplates.map((f) => [f.id, f])),
  );
  const remember = (template: FormTemplate) => setKnown((prev) => new Map(prev).set(template.id, template));
  return (
    <EditableRows
      legend={t('catalog.form.documents')}
      rows={value}
      onChange={onChange}
      disabled={disabled}
      blank={() => ({ name: '', originals: 1, copies: 0, template: null, reusable: false })}
      addLabel={t('catalog.form.addDocument')}
      removeLabel={(n) => t('catalog.form.removeDocument', { n })}
      emptyText={t('catalog.form.none')}
      renderRow={(doc, set, i) => (
        // Two lines: the document itself, then its form (which grows while uploading or refused).
        <Stack gap="xs" style={{ flex: '1 1 0', minWidth: 0 }}>
          <Group align="flex-end" gap="xs" wrap="wrap">
            <Textarea
              label={t('catalog.form.docName')}
              required
              autosize
              minRows={1}
              maxLength={500}
              value={doc.name}
              onChange={(e) => set({ ...doc, name: e.currentTarget.value })}
              error={error(`documents.${i}.name`)}
              style={{ flex: '4 1 260px' }}
            />
            <NumberField
              label={t('catalog.form.originals')}
              min={0}
              max={99}
              allowDecimal={false}
              value={doc.originals}
              onChange={(originals) => set({ ...doc, originals })}
              style={{ flex: '0 1 90px' }}
            />
            <NumberField
              label={t('catalog.form.copies')}
              min={0}
              max={99}
              allowDecimal={false}
              value={doc.copies}
              onChange={(copies) => set({ ...doc, copies })}
              style={{ flex: '0 1 90px' }}
            />
            <Checkbox
              label={t('catalog.form.reusable')}
              checked={doc.reusable}
              onChange={(e) => set({ ...doc, reusable: e.currentTarget.checked })}
              mb={8}
            />
          </Group>
          <FormTemplateField
            value={doc.template}
            onChange={(template) => set({ ...doc, template })}
            known={known}
            onKnown={remember}
            row={i + 1}
            disabled={disabled}
          />
        </Stack>
      )}
    />
  );
}

/** Trình tự thực hiện, as the citizen follows it. */
export function StepsEditor({ value, onChange, error, disabled }: ListEditorProps<'steps'>) {
  const { t } = useTranslation();
  return (
    <EditableRows
      legend={t('catalog.form.steps')}
      rows={value}
      onChange={onChange}
      disabled={disabled}
      blank={() => ''}
      addLabel={t('catalog.form.addStep')}
      removeLabel={(n) => t('catalog.form.removeStep', { n })}
      emptyText={t('catalog.form.none')}
      renderRow={(step, set, i) => (
        <Textarea
          label={t('catalog.form.step', { n: i + 1 })}
          required
          autosize
          minRows={1}
          maxLength={1000}
          value={step}
          onChange={(e) => set(e.currentTarget.value)}
          error={error(`steps.${i}`)}
          style={{ flex: '1 1 260px' }}
        />
      )}
    />
  );
}

/** Quy trình nội bộ: who does each step and its share of the time, which must add up to 100 %. */
export function WorkflowEditor({ value, onChange, error, disabled }: ListEditorProps<'workflow'>) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const total = fmt.number(roundedShare(sharesTotal(value)));
  const complete = sharesComplete(value);
  const kinds = [
    ...UNIT_KINDS,
    ...value.map((s) => s.unitKind).filter((k) => k && !UNIT_KINDS.some((u) => u === k)),
  ];
  return (
    <EditableRows
      legend={t('catalog.form.workflow')}
      rows={value}
      onChange={onChange}
      disabled={disabled}
      blank={() => ({ name: '', role: 'officer' as const, unitKind: 'division', share: 0 })}
      addLabel={t('catalog.form.addWorkflow')}
      removeLabel={(n) => t('catalog.form.removeWorkflow', { n })}
      emptyText={t('catalog.form.none')}
      renderRow={(step, set, i) => (
        <>
          <TextInput
            label={t('catalog.form.workflowName')}
            required
            maxLength={200}
            value={step.name}
            onChange={(e) => set({ ...step, name: e.currentTarget.value })}
            error={error(`workflow.${i}.name`)}
            style={{ flex: '3 1 200px' }}
          />
          <Select
            label={t('catalog.form.role')}
            data={WORKFLOW_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={step.role}
            onChange={(role) => set({ ...step, role: WORKFLOW_ROLES.find((r) => r === role) ?? step.role })}
            allowDeselect={false}
            style={{ flex: '2 1 170px' }}
          />
          <Select
            label={t('catalog.form.unitKind')}
            data={[...new Set(kinds)].map((k) => ({
              value: k,
              label: t(`unitKinds.${k}`, { defaultValue: k }),
            }))}
            value={step.unitKind}
            onChange={(unitKind) => set({ ...step, unitKind: unitKind ?? step.unitKind })}
            allowDeselect={false}
            error={error(`workflow.${i}.unitKind`)}
            style={{ flex: '2 1 170px' }}
          />
          <NumberField
            label={t('catalog.form.share')}
            min={0}
            max={100}
            decimalScale={2}
            value={step.share}
            onChange={(share) => set({ ...step, share })}
            style={{ flex: '0 1 120px' }}
          />
        </>
      )}
      footer={
        value.length > 0 && (
          <div aria-live="polite" data-testid="shares-total">
            <Text size="sm" c={complete ? 'teal.9' : 'red.9'} fw={complete ? undefined : 600}>
              {complete ? (
                <IconCircleCheck size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />
              ) : (
                <IconAlertTriangle size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />
              )}{' '}
              {complete ? t('catalog.form.sharesOk', { total }) : t('catalog.form.sharesNot100', { total })}
            </Text>
          </div>
        )
      }
    />
  );
}

/** Căn cứ pháp lý; demo texts are marked as sample data. */
export function LegalBasisEditor({ value, onChange, error, disabled }: ListEditorProps<'legalBasis'>) {
  const { t } = useTranslation();
  return (
    <EditableRows
      legend={t('catalog.form.legalBasis')}
      rows={value}
      onChange={onChange}
      disabled={disabled}
      blank={() => ({ text: '', sample: false })}
      addLabel={t('catalog.form.addLegal')}
      removeLabel={(n) => t('catalog.form.removeLegal', { n })}
      emptyText={t('catalog.form.none')}
      renderRow={(basis, set, i) => (
        <>
          <Textarea
            label={t('catalog.form.legalText')}
            required
            autosize
            minRows={1}
            maxLength={500}
            value={basis.text}
            onChange={(e) => set({ ...basis, text: e.currentTarget.value })}
            error={error(`legalBasis.${i}.text`)}
            style={{ flex: '1 1 260px' }}
          />
          <Checkbox
            label={t('catalog.form.legalSample')}
            checked={basis.sample}
            onChange={(e) => set({ ...basis, sample: e.currentTarget.checked })}
            mb={8}
          />
        </>
      )}
    />
  );
}
