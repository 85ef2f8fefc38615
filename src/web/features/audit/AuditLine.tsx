import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { phraseParts, wordsOfAction } from '../../../domain/audit/action-words';
import type { AuditTimelineEntry } from '../../api/types';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';

type Subject = NonNullable<AuditTimelineEntry['subject']>;

/** Where a subject's page is, for the subjects that have one. */
function subjectHref(subject: Subject): string | null {
  if (subject.type === 'dossier') return generatePath(paths.dossier, { id: subject.id });
  if (subject.type === 'procedure') return generatePath(paths.procedure, { id: subject.id });
  return null;
}

function SubjectName({ subject }: { subject: Subject }) {
  const { t } = useTranslation();
  const name = subject.label ?? t('audit.line.unnamedSubject', { id: subject.id.slice(0, 8) });
  const href = subjectHref(subject);
  return href ? (
    <Anchor component={Link} to={href} fw={500}>
      {name}
    </Anchor>
  ) : (
    <Text span fw={500}>
      {name}
    </Text>
  );
}

/**
 * One audit line in words: "Nguyễn Văn A (Chuyên viên xử lý, UBND xã …) chuyển hồ sơ 000.00… sang
 * bước tiếp theo", the subject linked to its page, with the reason and where it is recorded.
 */
export function AuditLine({ entry }: { entry: AuditTimelineEntry }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const phrase = phraseParts(wordsOfAction(entry.action)[fmt.lang]);
  const who = [entry.actor.role ? t(`roles.${entry.actor.role}`) : null, entry.unit?.name ?? null].filter(
    Boolean,
  );
  return (
    <Stack gap={2}>
      <Text size="sm">
        <Text span fw={600}>
          {entry.actor.name ?? t('audit.system')}
        </Text>
        {who.length > 0 && ` (${who.join(', ')})`} {phrase.before}
        {phrase.hasSubject && entry.subject && <SubjectName subject={entry.subject} />}
        {phrase.hasSubject && !entry.subject && t('common.none')}
        {phrase.after}
      </Text>
      <Group gap="xs">
        {entry.chain ? (
          <Badge size="xs" variant="light" color="gray" tt="none">
            {t('audit.line.chained', { seq: entry.chain.seq })}
          </Badge>
        ) : (
          <Badge size="xs" variant="light" color="blue" tt="none">
            {t('audit.line.dossierEvent')}
          </Badge>
        )}
        {entry.reason && (
          <Text size="xs" c="dimmed">
            {t('audit.line.reason', { reason: entry.reason })}
          </Text>
        )}
        {entry.ip && (
          <Text size="xs" c="dimmed">
            {t('audit.line.ip', { ip: entry.ip })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
