import { DataList } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

/** Label and value side by side; a narrower label column on a phone. */
export function Facts({ items }: { items: readonly [string, ReactNode][] }) {
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <DataList size="sm" gap={6} labelWidth={phone ? 120 : 200}>
      {items.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
