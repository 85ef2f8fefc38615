import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../components/usePageTitle';
import { paths } from './paths';

function Message({ text }: { text: string }) {
  const { t } = useTranslation();
  usePageTitle(text);
  return (
    <Stack>
      <Title order={1}>{text}</Title>
      <Text>
        {/* Shown inside the staff frame: back to the role home, not the public portal. */}
        <Anchor component={Link} to={paths.home}>
          {t('common.backHome')}
        </Anchor>
      </Text>
    </Stack>
  );
}

export function NotAllowed() {
  const { t } = useTranslation();
  return <Message text={t('common.notAllowed')} />;
}

export function NotFound() {
  const { t } = useTranslation();
  return <Message text={t('common.notFound')} />;
}
