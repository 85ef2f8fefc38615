import { Badge, Button, Group, Loader, Menu, ScrollArea } from '@mantine/core';
import { IconCheck, IconChevronDown, IconGauge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import { type TargetDto, type useLinkMetric, useMetrics } from './api';

/**
 * The metric a target is measured by, as a badge; for the plan's managers a menu beside it links
 * another metric or none (keyboard: Enter opens it, arrows move, Enter picks, Escape closes).
 */
export function TargetMetricLink({
  target,
  mayLink,
  link,
}: {
  target: TargetDto;
  mayLink: boolean;
  link: ReturnType<typeof useLinkMetric>;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const metrics = useMetrics();
  const titleOf = (m: { titleVi: string; titleEn: string }) => (fmt.lang === 'vi' ? m.titleVi : m.titleEn);
  const current = target.metric?.code ?? null;
  const saving = link.isPending && link.variables?.targetId === target.id;
  const pick = (metricCode: string | null) => {
    if (metricCode !== current) link.mutate({ targetId: target.id, version: target.version, metricCode });
  };
  const action = t(current ? 'par.plan.changeMetric' : 'par.plan.linkMetric');
  const choices = [
    { code: null, label: t('par.plan.metricNone') },
    ...(metrics.data?.metrics ?? []).map((m) => ({
      code: m.code as string | null,
      label: `${titleOf(m)}${m.available ? '' : ` ${t('par.plan.metricUnavailable')}`}`,
    })),
  ];
  return (
    <Group gap={6} mt={4} wrap="wrap" data-testid="target-metric">
      {target.metric && (
        <Badge
          variant="light"
          color="blue"
          tt="none"
          h="auto"
          py={2}
          leftSection={<IconGauge size={14} aria-hidden />}
          styles={{ label: { whiteSpace: 'normal' } }}
          title={t('par.plan.metric')}
        >
          {titleOf(target.metric)}
        </Badge>
      )}
      {mayLink && (
        <Menu position="bottom-start" withinPortal width={340}>
          <Menu.Target>
            <Button
              variant="subtle"
              size="compact-xs"
              rightSection={saving ? <Loader size={12} /> : <IconChevronDown size={12} aria-hidden />}
              aria-label={t('par.plan.metricMenu', { action, number: target.number })}
              data-testid="link-metric"
            >
              {action}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('par.plan.metric')}</Menu.Label>
            <ScrollArea.Autosize mah={320}>
              {choices.map((c) => (
                <Menu.Item
                  key={c.code ?? ''}
                  onClick={() => pick(c.code)}
                  aria-current={c.code === current ? 'true' : undefined}
                  leftSection={
                    c.code === current ? <IconCheck size={14} aria-hidden /> : <span style={{ width: 14 }} />
                  }
                  fw={c.code === current ? 700 : undefined}
                >
                  {c.label}
                </Menu.Item>
              ))}
            </ScrollArea.Autosize>
          </Menu.Dropdown>
        </Menu>
      )}
    </Group>
  );
}
