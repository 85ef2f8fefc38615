import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/client';

/** Shows an API error: the server's message (already in the UI language) and its field errors. */
export function ProblemAlert({
  error,
  title,
  withFieldErrors = true,
}: {
  error: unknown;
  title?: string;
  /** False when the page shows the field errors itself (e.g. as a table). */
  withFieldErrors?: boolean;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  const detail = error instanceof Error ? error.message : String(error);
  const fieldErrors = withFieldErrors && error instanceof ProblemError ? error.errors : [];
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={title ?? t('errors.generic')}
      icon={<IconAlertCircle aria-hidden />}
    >
      {detail}
      {fieldErrors.length > 0 && (
        <List size="sm" mt="xs">
          {fieldErrors.map((e) => (
            <List.Item key={`${e.path}:${e.message}`}>
              {e.path ? `${e.path}: ` : ''}
              {e.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

export function SuccessAlert({ children }: { children: React.ReactNode }) {
  return (
    <Alert color="green" variant="light" role="status">
      {children}
    </Alert>
  );
}
