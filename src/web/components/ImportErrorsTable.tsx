import { Table, Title } from '@mantine/core';
import type { Problem } from '../api/types';
import { keyboardScrollArea } from './keyboard-scroll-area';

/** "row 3: parent_code" → ["3", "parent_code"]; a path without a row keeps its whole text as the column. */
export function splitRowPath(path: string): [string, string] {
  const match = /^row (\d+):\s*(.*)$/.exec(path);
  return match ? [match[1] ?? '', match[2] ?? ''] : ['', path];
}

interface ImportErrorsTableProps {
  readonly errors: Problem['errors'];
  /** Headings in the UI language: the section title and the three columns. */
  readonly labels: { title: string; table?: string; row: string; column: string; message: string };
  /** Taller lists scroll inside the dialog instead of pushing its buttons away. */
  readonly maxHeight?: number;
}

/** The rows of a rejected import file, one line per error: row, column and the reason. */
export function ImportErrorsTable({ errors, labels, maxHeight = 320 }: ImportErrorsTableProps) {
  return (
    <section aria-labelledby="import-errors-heading">
      <Title order={3} size="h5" id="import-errors-heading" mb="xs">
        {labels.title}
      </Title>
      <Table.ScrollContainer
        minWidth={320}
        maxHeight={maxHeight}
        data-testid="import-errors"
        scrollAreaProps={keyboardScrollArea(labels.table ?? labels.title)}
      >
        <Table striped withTableBorder stickyHeader aria-label={labels.table}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={60}>
                {labels.row}
              </Table.Th>
              <Table.Th scope="col" w="30%">
                {labels.column}
              </Table.Th>
              <Table.Th scope="col">{labels.message}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((e) => {
              const [row, column] = splitRowPath(e.path);
              return (
                <Table.Tr key={`${e.path}:${e.message}`}>
                  <Table.Td>{row}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <code>{column}</code>
                  </Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
