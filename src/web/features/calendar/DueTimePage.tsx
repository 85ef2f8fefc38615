import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { DueTimeTool } from './DueTimeTool';

/** Public page: when is the result of a dossier due (khi nào có kết quả)? */
export function DueTimePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('dueTime.title')}</PageTitle>
      <DueTimeTool />
    </>
  );
}
