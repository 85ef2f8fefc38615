import { Anchor, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconRosetteDiscountCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemError } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { useFormVerification } from './api';
import { Facts } from './Facts';
import { Notice } from './Notice';
import { lookupFailure } from './public-lookup';

/** Xác thực văn bản: the page an issued form's QR code opens, proving it was issued and by whom. */
export function FormVerificationPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { formId = '' } = useParams();
  const verification = useFormVerification(formId);
  const v = verification.data;
  const failure = verification.isError ? lookupFailure(verification.error) : null;
  // A malformed id (400) is as unknown as a missing one (404).
  const unknown =
    verification.error instanceof ProblemError && [400, 404].includes(verification.error.status);
  return (
    <>
      <PageTitle>{t('dossiers.verify.title')}</PageTitle>
      <Stack gap="md" maw={720}>
        {verification.isPending && <Loader aria-label={t('common.loading')} />}
        {unknown ? (
          <Notice color="red" role="alert" title={t('dossiers.verify.notFound')}>
            {t('dossiers.verify.notFoundText')}
          </Notice>
        ) : failure === 'rate_limited' ? (
          <Notice color="red" role="alert" title={t('dossiers.lookup.rateLimited')}>
            {t('dossiers.lookup.rateLimitedText')}
          </Notice>
        ) : (
          verification.isError && <ProblemAlert error={verification.error} />
        )}
        {v && (
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Notice color="green" role="status" icon={<IconRosetteDiscountCheck aria-hidden />}>
                {t('dossiers.verify.valid')}
              </Notice>
              <Facts
                items={[
                  [t('dossiers.verify.kind'), t(`dossiers.formKinds.${v.kind}`, { defaultValue: v.kind })],
                  [t('dossiers.verify.formNumber'), v.formNumber],
                  [t('dossiers.verify.dossierCode'), v.dossierCode],
                  [t('dossiers.verify.issuedAt'), fmt.dateTime(v.issuedAt)],
                  [t('dossiers.verify.issuingUnit'), v.issuingUnit],
                ]}
              />
              <Text size="sm">
                <Anchor
                  component={Link}
                  to={`${paths.publicLookup}?code=${encodeURIComponent(v.dossierCode)}`}
                >
                  {t('dossiers.verify.lookup')}
                </Anchor>
              </Text>
            </Stack>
          </Paper>
        )}
      </Stack>
    </>
  );
}
