import { Center, Loader } from '@mantine/core';
import { type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Renders its children once their place scrolls near the screen: a part below the fold (and the
 * code it loads lazily) stays out of the page's first load. Without IntersectionObserver, at once.
 */
export function WhenVisible({ children, minHeight }: { children: ReactNode; minHeight: number }) {
  const { t } = useTranslation();
  const place = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const target = place.current;
    if (visible || !target) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setVisible(true);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [visible]);
  const loading = (
    <Center mih={minHeight}>
      <Loader size="sm" role="status" aria-label={t('common.loading')} />
    </Center>
  );
  if (!visible) return <div ref={place}>{loading}</div>;
  return <Suspense fallback={loading}>{children}</Suspense>;
}
