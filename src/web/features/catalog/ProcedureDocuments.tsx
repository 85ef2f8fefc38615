import { Anchor, Badge, Group, List, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconDownload, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '../../api/types';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { useFormat } from '../../components/useFormat';
import { Section } from './ProcedureSections';

/** Thành phần hồ sơ: name, originals, copies, form template, reusable from digitised data. */
export function Documents({ documents }: { documents: ProcedureDetail['documents'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  // Five columns do not fit a phone: there each document is a small card.
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Section title={t('catalog.detail.documents')}>
      {documents.length === 0 ? (
        <Text size="sm">{t('catalog.detail.noDocuments')}</Text>
      ) : phone ? (
        <DocumentCards documents={documents} />
      ) : (
        <Table.ScrollContainer
          minWidth={520}
          scrollAreaProps={keyboardScrollArea(t('catalog.detail.documentsTable'))}
        >
          <Table aria-label={t('catalog.detail.documentsTable')} data-testid="documents" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={48}>
                  {t('catalog.detail.index')}
                </Table.Th>
                <Table.Th scope="col">{t('catalog.detail.docName')}</Table.Th>
                <Table.Th scope="col" ta="center" w={90}>
                  {t('catalog.detail.originals')}
                </Table.Th>
                <Table.Th scope="col" ta="center" w={90}>
                  {t('catalog.detail.copies')}
                </Table.Th>
                <Table.Th scope="col" w={170}>
                  {t('catalog.detail.template')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.map((doc, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: documents have no identity besides their place
                <Table.Tr key={i}>
                  <Table.Td>{fmt.number(i + 1)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{doc.name}</Text>
                    {doc.reusable && <ReusableBadge />}
                  </Table.Td>
                  <Table.Td ta="center">{fmt.number(doc.originals)}</Table.Td>
                  <Table.Td ta="center">{fmt.number(doc.copies)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {doc.template ? <Template doc={doc} /> : t('common.none')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {documents.some((d) => d.reusable) && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('catalog.detail.reusableHint')}
        </Text>
      )}
    </Section>
  );
}

function ReusableBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="teal.9" tt="none" size="sm" mt={4}>
      {t('catalog.detail.reusable')}
    </Badge>
  );
}

type RequiredDocument = ProcedureDetail['documents'][number];

/**
 * The form (mẫu đơn, tờ khai): a download link when the form itself is stored, where `template`
 * is only its id, so the link names the document and the server names the file; else the form's name.
 */
function Template({ doc }: { doc: RequiredDocument }) {
  const { t } = useTranslation();
  if (doc.templateUrl)
    return (
      <Anchor
        href={doc.templateUrl}
        download=""
        size="sm"
        aria-label={t('catalog.detail.downloadForm', { name: doc.name })}
      >
        <Group gap={4} wrap="nowrap" align="flex-start" component="span">
          <IconDownload size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <span>{doc.templateFileName ?? t('catalog.detail.downloadShort')}</span>
        </Group>
      </Anchor>
    );
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <IconFileText size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="sm">{doc.template}</Text>
    </Group>
  );
}

function DocumentCards({ documents }: { documents: ProcedureDetail['documents'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <List
      type="ordered"
      spacing="sm"
      size="sm"
      aria-label={t('catalog.detail.documentsTable')}
      data-testid="documents"
    >
      {documents.map((doc, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: documents have no identity besides their place
        <List.Item key={i}>
          <Text size="sm" fw={600}>
            {doc.name}
          </Text>
          <Text size="sm">
            {t('catalog.detail.originals')}: {fmt.number(doc.originals)} · {t('catalog.detail.copies')}:{' '}
            {fmt.number(doc.copies)}
          </Text>
          {doc.template && (
            <Group gap={4} wrap="wrap">
              <Text size="sm">{t('catalog.detail.template')}:</Text>
              <Template doc={doc} />
            </Group>
          )}
          {doc.reusable && <ReusableBadge />}
        </List.Item>
      ))}
    </List>
  );
}
