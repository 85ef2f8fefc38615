import {
  Button,
  Checkbox,
  Drawer,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionFields } from '../../../domain/par/criteria-editing';
import type { CriterionNode, ScaleStep } from '../../../domain/par/scoring';
import { EditableRows } from '../../components/EditableRows';
import { useMetrics } from '../par/api';
import { typedNumber } from './criteria-editor-model';

interface StepDraft {
  readonly minPercent: number | string;
  readonly points: number | string;
}

/**
 * One criterion's own fields in a drawer: code, title, maximum, scoring guidance and, on a leaf,
 * whether the survey scores it or a system metric measures it with its scale. Applying changes the
 * editor's tree only; the round is saved from the page.
 */
export function CriterionDrawer({
  node,
  onApply,
  onClose,
}: {
  node: CriterionNode;
  onApply: (fields: CriterionFields) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const metrics = useMetrics();
  const leaf = node.children.length === 0;
  const [code, setCode] = useState(node.code);
  const [title, setTitle] = useState(node.title);
  const [maxPoints, setMaxPoints] = useState<number | string>(node.maxPoints);
  const [guidance, setGuidance] = useState(node.guidance ?? '');
  const [survey, setSurvey] = useState(node.kind === 'survey');
  const [metricCode, setMetricCode] = useState<string | null>(node.metricCode ?? null);
  const [steps, setSteps] = useState<StepDraft[]>(node.scale ? [...node.scale] : []);
  const [tried, setTried] = useState(false);

  const required = (value: string) => (tried && value.trim() === '' ? t('common.requiredField') : null);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (code.trim() === '' || title.trim() === '') return;
    const scale: ScaleStep[] = steps.map((s) => ({
      minPercent: typedNumber(s.minPercent),
      points: typedNumber(s.points),
    }));
    onApply({
      code: code.trim(),
      title: title.trim(),
      maxPoints: typedNumber(maxPoints),
      kind: leaf && survey ? 'survey' : 'self_assessed',
      ...(guidance.trim() ? { guidance: guidance.trim() } : {}),
      ...(leaf && !survey && metricCode ? { metricCode } : {}),
      ...(leaf && !survey && metricCode && scale.length > 0 ? { scale } : {}),
    });
  };
  const metricOptions = (metrics.data?.metrics ?? []).map((m) => ({
    value: m.code,
    label: i18n.language === 'en' ? m.titleEn : m.titleVi,
  }));

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={t('parScoring.criteria.editNode', { code: node.code })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={apply} noValidate aria-label={t('parScoring.criteria.editNode', { code: node.code })}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              data-autofocus
              required
              label={t('parScoring.criteria.code')}
              value={code}
              maxLength={20}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={required(code)}
            />
            <NumberInput
              required
              label={t('parScoring.criteria.maxPoints')}
              description={leaf ? undefined : t('parScoring.criteria.parentMaxHint')}
              min={0}
              max={100}
              decimalScale={2}
              decimalSeparator={i18n.language === 'vi' ? ',' : '.'}
              value={maxPoints}
              onChange={setMaxPoints}
            />
          </SimpleGrid>
          <Textarea
            required
            autosize
            minRows={2}
            label={t('parScoring.criteria.titleLabel')}
            value={title}
            maxLength={1000}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={required(title)}
          />
          <Textarea
            autosize
            minRows={2}
            label={t('parScoring.criteria.guidance')}
            description={t('parScoring.criteria.guidanceHint')}
            value={guidance}
            maxLength={4000}
            onChange={(e) => setGuidance(e.currentTarget.value)}
          />
          {leaf && (
            <>
              <Checkbox
                label={t('parScoring.criteria.survey')}
                checked={survey}
                onChange={(e) => setSurvey(e.currentTarget.checked)}
              />
              {!survey && (
                <Select
                  clearable
                  label={t('parScoring.criteria.metric')}
                  placeholder={t('parScoring.criteria.noMetric')}
                  data={metricOptions}
                  value={metricCode}
                  onChange={setMetricCode}
                />
              )}
              {!survey && metricCode && (
                <EditableRows<StepDraft>
                  legend={t('parScoring.criteria.scale')}
                  rows={steps}
                  onChange={setSteps}
                  blank={() => ({ minPercent: '', points: '' })}
                  addLabel={t('parScoring.criteria.addStep')}
                  removeLabel={(n) => t('parScoring.criteria.removeStep', { n })}
                  emptyText={t('parScoring.criteria.noSteps')}
                  renderRow={(step, set) => (
                    <>
                      <NumberInput
                        w={130}
                        label={t('parScoring.criteria.minPercent')}
                        min={0}
                        max={100}
                        suffix=" %"
                        value={step.minPercent}
                        onChange={(v) => set({ ...step, minPercent: v })}
                      />
                      <NumberInput
                        w={110}
                        label={t('parScoring.criteria.stepPoints')}
                        min={0}
                        decimalScale={2}
                        decimalSeparator={i18n.language === 'vi' ? ',' : '.'}
                        value={step.points}
                        onChange={(v) => set({ ...step, points: v })}
                      />
                    </>
                  )}
                />
              )}
            </>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="criterion-apply">
              {t('parScoring.criteria.apply')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
