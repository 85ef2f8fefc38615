import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../components/usePageTitle';

function Message({ text }: { text: string }) {
  const { t } = useTranslation();
  usePageTitle(text);
  return (
    <Stack>
      <Title order={1}>{text}</Title>
      <Text>
        <Anchor component={Link} to="/">
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
