import { Button } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Switches between Vietnamese and English; the choice is kept in localStorage (see i18n/index.ts). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'vi' : 'en';
  return (
    <Button
      variant="default"
      size="compact-sm"
      lang={next}
      leftSection={<IconLanguage size={16} aria-hidden />}
      onClick={() => void i18n.changeLanguage(next)}
    >
      {t('language.switchTo')}
    </Button>
  );
}
