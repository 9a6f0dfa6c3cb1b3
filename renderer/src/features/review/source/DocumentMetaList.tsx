import type { StoredDocument } from '@data/stored';
import type { DocumentMeta } from '@shared/model/report';
import { useT } from '@i18n/language';
import type { LocalizedText } from '@shared/model/localized-text';
import { councilAndSession } from '@i18n/council-session';
import { msg } from '@i18n/text';

const KIND: Record<DocumentMeta['kind'], LocalizedText> = {
  plan: msg('review.kindPlan'),
  report: msg('review.kindReport'),
  other: msg('review.kindOther'),
  unknown: msg('review.kindUnknown'),
};

/** A document's metadata as a definition list (used by the source panel and the import preview). */
export function DocumentMetaList({ meta, fileName }: { meta: DocumentMeta; fileName?: string }) {
  const t = useT();
  const rows: [LocalizedText, string | undefined][] = [
    [msg('common.title'), meta.title],
    [
      msg('review.organisation'),
      // a bureau's own report names it as organisation and bureau: say it once
      [...new Set([meta.organization, meta.bureau, meta.department].filter(Boolean))].join(' '),
    ],
    [msg('review.councilSession'), councilAndSession(meta.council, meta.session)],
    [msg('common.date'), meta.date],
    [msg('common.kind'), t(KIND[meta.kind])],
    [msg('common.fiscalYears'), meta.fiscalYears.join(', ')],
    [msg('review.file'), fileName],
  ];
  return (
    <dl className="meta-list">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label.ko}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

export function documentOf(documents: readonly StoredDocument[], id: number | undefined) {
  return documents.find((doc) => doc.id === id);
}
