import type { StoredDocument } from '@data/stored';
import type { DocumentMeta } from '@shared/model/report';
import { useT, type Text } from '@i18n/language';
import { councilAndSession } from '@i18n/council-session';

const KIND: Record<DocumentMeta['kind'], Text> = {
  plan: { ko: '주요업무 계획', en: 'Work plan' },
  report: { ko: '주요업무 보고', en: 'Work report' },
  other: { ko: '예산 자료', en: 'Budget document' },
  unknown: { ko: '알 수 없음', en: 'Unknown' },
};

/** A document's metadata as a definition list (used by the source panel and the import preview). */
export function DocumentMetaList({ meta, fileName }: { meta: DocumentMeta; fileName?: string }) {
  const t = useT();
  const rows: [Text, string | undefined][] = [
    [{ ko: '제목', en: 'Title' }, meta.title],
    [
      { ko: '기관', en: 'Organisation' },
      // a bureau's own report names it as organisation and bureau: say it once
      [...new Set([meta.organization, meta.bureau, meta.department].filter(Boolean))].join(' '),
    ],
    [{ ko: '의회·회기', en: 'Council, session' }, councilAndSession(meta.council, meta.session)],
    [{ ko: '일자', en: 'Date' }, meta.date],
    [{ ko: '종류', en: 'Kind' }, t(KIND[meta.kind])],
    [{ ko: '회계연도', en: 'Fiscal years' }, meta.fiscalYears.join(', ')],
    [{ ko: '파일', en: 'File' }, fileName],
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
