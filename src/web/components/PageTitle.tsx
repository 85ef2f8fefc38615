import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle';

/** The page's one h1, also used as the browser tab title; actions sit beside it. */
export function PageTitle({ children, actions }: { children: string; actions?: ReactNode }) {
  usePageTitle(children);
  return (
    <Group justify="space-between" align="center" mb="md" gap="sm">
      <Title order={1} size="h2">
        {children}
      </Title>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
