import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import type { FigureKey } from './stats-search';

/**
 * A number of a report, linked to the dossiers it counts. Its accessible name starts with the
 * number shown and says what it counts, as a table cell alone would not.
 */
export function FigureLink({
  value,
  figure,
  search,
  context,
  testId,
  size = 'sm',
  fw,
}: {
  value: number;
  figure: FigureKey;
  /** The drill-down's query (drillDownSearch). */
  search: string;
  /** The row or period the number belongs to, read out after the figure's name. */
  context: string;
  testId?: string;
  size?: string;
  fw?: number;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const text = fmt.number(value);
  return (
    <Anchor
      component={Link}
      to={`${paths.statsDossiers}?${search}`}
      size={size}
      fw={fw}
      aria-label={t('stats.figureLink', { value: text, figure: t(`stats.figures.${figure}`), context })}
      data-testid={testId}
    >
      {text}
    </Anchor>
  );
}
