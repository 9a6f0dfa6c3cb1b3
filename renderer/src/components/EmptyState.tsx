import type { ReactNode } from 'react';
import { useT } from '@i18n/language';
import type { LocalizedText } from '@shared/model/localized-text';

export function EmptyState({
  title,
  body,
  children,
}: {
  title: LocalizedText;
  body: LocalizedText;
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
