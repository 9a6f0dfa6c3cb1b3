import { useState } from 'react';
import type { StoredDocument, StoredFinding, StoredLine } from '@data/stored';
import type { MoneyUnit } from '@shared/money';
import { DepartmentCharts } from './charts/DepartmentCharts';
import { useT } from '@i18n/language';
import type { LocalizedText } from '@shared/model/localized-text';
import { FindingsList } from './findings/FindingsList';
import { NotesList } from './notes/NotesList';
import { msg } from '@i18n/text';
import { useReviewView } from '@state/review';
import { documentName } from '@shared/documents';

type Tab = 'findings' | 'notes' | 'charts';
const TABS: { id: Tab; label: LocalizedText }[] = [
  { id: 'findings', label: msg('review.findingsLabel') },
  { id: 'notes', label: msg('review.notesTab') },
  { id: 'charts', label: msg('review.chartsTab') },
];

interface Props {
  documents: StoredDocument[];
  onOpen(line: StoredLine, finding?: StoredFinding): void;
  chartLines: readonly StoredLine[];
  allYears: readonly StoredLine[];
  unit: MoneyUnit;
  threshold?: number;
  onDepartment(department: string): void;
}

/** Findings list, notes list and charts below the grid, one at a time. */
export function ReviewLowerTabs(props: Props) {
  const t = useT();
  const [tab, setTab] = useState<Tab>('findings');
  const documentId = useReviewView((state) => state.filters.documentId);
  const inView = props.documents.find((doc) => doc.id === documentId);
  const name = inView ? documentName(inView.meta, inView.fileName) : undefined;
  return (
    <section className="review-lower">
      {/* the panels follow the toolbar's one document choice, and say which it is */}
      <p className="review-lower-document" title={name?.hover}>
        {name
          ? t('review.panelsDocument', { name: t(name.text) })
          : t('review.panelsAllDocuments', { count: props.documents.length })}
      </p>
      <div role="tablist" aria-label={t('review.reviewPanels')}>
        {TABS.map((entry) => (
          <button
            key={entry.id}
            type="button"
            role="tab"
            id={`review-tab-${entry.id}`}
            aria-selected={tab === entry.id}
            aria-controls={`review-panel-${entry.id}`}
            onClick={() => setTab(entry.id)}
          >
            {t(entry.label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`review-panel-${tab}`} aria-labelledby={`review-tab-${tab}`}>
        {tab === 'findings' && <FindingsList onOpen={props.onOpen} />}
        {tab === 'notes' && <NotesList onOpen={props.onOpen} />}
        {tab === 'charts' && (
          <DepartmentCharts
            lines={props.chartLines}
            allYears={props.allYears}
            unit={props.unit}
            threshold={props.threshold}
            onDepartment={props.onDepartment}
          />
        )}
      </div>
    </section>
  );
}
