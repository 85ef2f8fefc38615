import { Alert, type AlertProps } from '@mantine/core';

/**
 * Mantine's light Alert with its title in the body's text colour: the coloured titles of the
 * light variant (green, orange, blue) fall below WCAG AA contrast on their tinted background.
 */
export function Notice(props: AlertProps) {
  return <Alert variant="light" {...props} styles={{ title: { color: 'var(--mantine-color-text)' } }} />;
}
