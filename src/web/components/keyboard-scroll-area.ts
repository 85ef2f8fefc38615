import type { ScrollAreaProps } from '@mantine/core';

/**
 * Props for the scrolling area of a table that scrolls sideways on a narrow screen: it takes the
 * keyboard focus and is named, so keyboard users can scroll it too (WCAG 2.1.1; axe
 * `scrollable-region-focusable`). Pass as `Table.ScrollContainer`'s `scrollAreaProps`.
 */
export function keyboardScrollArea(label: string): ScrollAreaProps {
  return { viewportProps: { tabIndex: 0, role: 'region', 'aria-label': label } };
}
