import type { ReactNode } from 'react';
import { useT, type Text } from '@i18n/language';

export function EmptyState({
  title,
  body,
  children,
}: {
  title: Text;
  body: Text;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <section className="empty-state" aria-label={t(title)}>
      <h2>{t(title)}</h2>
      <p>{t(body)}</p>
      {children}
    </section>
  );
}
