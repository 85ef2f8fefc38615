import { SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { type Ref, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPersonalId, emailProblem, PERSONAL_ID_DIGITS, phoneProblem } from './applicant-check';
import type { ApplicantForm, IntakeField } from './intake-form';

type Errors = Partial<Record<IntakeField, string>>;

/** Người nộp hồ sơ: a person (12-digit personal id) or an organisation (enterprise code), and contacts. */
export function ApplicantFields({
  value,
  onChange,
  errors,
  nameRef,
}: {
  value: ApplicantForm;
  onChange: (next: ApplicantForm) => void;
  errors: Errors;
  nameRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  // Fields the clerk has left: their format is judged from then on, not while typing.
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const leave = (field: string) => setLeft((s) => new Set(s).add(field));
  const set = (patch: Partial<ApplicantForm>) => onChange({ ...value, ...patch });
  const person = value.kind === 'person';
  const kindLabel = useId();

  const id = checkPersonalId(value.personalId, left.has('personalId'));
  const idError =
    errors['applicant.personalId'] ??
    (id.kind === 'invalid'
      ? t(`dossiers.problems.${id.problem === 'digits_only' ? 'digits_only' : `personal_id_${id.problem}`}`)
      : undefined);
  const idDescription =
    id.kind === 'typing' ? (
      t('dossiers.intake.idTyping', { count: id.digits })
    ) : id.kind === 'valid' ? (
      <Text component="span" size="xs" c="green.9">
        <IconCircleCheck size={14} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
        {t('dossiers.intake.idValid')}
      </Text>
    ) : undefined;
  const phone = left.has('phone') ? phoneProblem(value.phone) : null;
  const email = left.has('email') ? emailProblem(value.email) : null;

  return (
    <Stack gap="sm">
      <Stack gap={4} align="flex-start">
        <Text component="span" id={kindLabel} size="sm" fw={500}>
          {t('dossiers.intake.kind')}
        </Text>
        <SegmentedControl
          role="radiogroup"
          aria-labelledby={kindLabel}
          value={value.kind}
          onChange={(kind) => set({ kind: kind === 'organisation' ? 'organisation' : 'person' })}
          data={[
            { value: 'person', label: t('dossiers.intake.person') },
            { value: 'organisation', label: t('dossiers.intake.organisation') },
          ]}
        />
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          ref={nameRef}
          required
          label={person ? t('dossiers.intake.name') : t('dossiers.intake.organisationName')}
          value={value.name}
          maxLength={200}
          autoComplete="off"
          error={errors['applicant.name']}
          onChange={(e) => set({ name: e.currentTarget.value })}
        />
        {person ? (
          <TextInput
            required
            label={t('dossiers.intake.personalId')}
            value={value.personalId}
            inputMode="numeric"
            // The digit count appears while typing: below the box, so nothing around it moves.
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            maxLength={PERSONAL_ID_DIGITS + 8}
            autoComplete="off"
            description={idError ? undefined : idDescription}
            error={idError}
            onChange={(e) => set({ personalId: e.currentTarget.value.replace(/\s/g, '') })}
            onBlur={() => leave('personalId')}
          />
        ) : (
          <TextInput
            required
            label={t('dossiers.intake.organisationCode')}
            value={value.organisationCode}
            maxLength={20}
            autoComplete="off"
            error={errors['applicant.organisationCode']}
            onChange={(e) => set({ organisationCode: e.currentTarget.value })}
          />
        )}
        <TextInput
          type="tel"
          label={t('dossiers.intake.phone')}
          description={t('dossiers.intake.contactHint')}
          value={value.phone}
          maxLength={20}
          autoComplete="off"
          error={errors['applicant.phone'] ?? (phone ? t(`dossiers.problems.${phone}`) : undefined)}
          onChange={(e) => set({ phone: e.currentTarget.value })}
          onBlur={() => leave('phone')}
        />
        <TextInput
          type="email"
          label={t('dossiers.intake.email')}
          value={value.email}
          maxLength={200}
          autoComplete="off"
          error={errors['applicant.email'] ?? (email ? t(`dossiers.problems.${email}`) : undefined)}
          onChange={(e) => set({ email: e.currentTarget.value })}
          onBlur={() => leave('email')}
        />
      </SimpleGrid>
      <Textarea
        label={t('dossiers.intake.address')}
        value={value.address}
        maxLength={300}
        autosize
        minRows={1}
        error={errors['applicant.address']}
        onChange={(e) => set({ address: e.currentTarget.value })}
      />
    </Stack>
  );
}
