import { Anchor, Group, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { resultFileUrl } from './document-links';

/** A file of a dossier as a list item: its name opens it (in a new tab), a caption under it. */
export function DossierFileItem({
  dossierId,
  file,
  caption,
}: {
  dossierId: string;
  file: { readonly id: string; readonly fileName: string };
  caption: string;
}) {
  return (
    <li>
      <Anchor href={resultFileUrl(dossierId, file.id)} target="_blank" rel="noopener" size="sm">
        <Group gap={4} component="span" wrap="nowrap">
          <IconPaperclip size={14} aria-hidden />
          {file.fileName}
        </Group>
      </Anchor>
      <Text size="xs" c="dimmed">
        {caption}
      </Text>
    </li>
  );
}
