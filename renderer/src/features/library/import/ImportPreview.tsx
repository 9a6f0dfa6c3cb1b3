import { useEffect, useRef } from 'react';
import type { ParsedReport } from '@shared/model/report';
import { SEVERITY_STYLE } from '@components/flag-style';
import { DocumentMetaList } from '@features/review/source/DocumentMetaList';
import { useT } from '@i18n/language';
import { useImportFlow, type ImportStep } from './useImportFlow';

type PreviewStep = Extract<ImportStep, { step: 'preview' | 'duplicate' }>;
const MAX_LISTED = 50;

function countBySeverity(parsed: ParsedReport) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of parsed.findings) counts[finding.severity]++;
  return counts;
}

/** What a file holds, before anything is stored: metadata, counts, findings, warnings. */
export function ImportPreview({ step }: { step: PreviewStep }) {
  const t = useT();
  const { confirm, cancel } = useImportFlow();
  const { parsed } = step.preview;
  const counts = countBySeverity(parsed);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // keyboard users land on the decision (on 취소 when the file is a duplicate), not atop the page
  useEffect(
    () => (step.step === 'duplicate' ? cancelButton : confirmButton).current?.focus(),
    [step.name, step.step],
  );
  return (
    <section
      className="import-preview"
      role="dialog"
      aria-labelledby="import-preview-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <h2 id="import-preview-title">
        {t({ ko: '가져오기 미리보기', en: 'Import preview' })}: {step.name}
      </h2>
      <DocumentMetaList meta={parsed.document} fileName={step.name} />
      <ul className="preview-counts">
        <li>
          {t({ ko: '예산 항목', en: 'Budget lines' })}{' '}
          <strong>{parsed.lines.length.toLocaleString()}</strong>
        </li>
        <li>
          {t({ ko: '인원 행', en: 'Personnel rows' })}{' '}
          <strong>{parsed.personnel.length.toLocaleString()}</strong>
        </li>
        {(['error', 'warning', 'info'] as const).map((severity) => (
          <li key={severity} className={SEVERITY_STYLE[severity].className}>
            <span aria-hidden="true">{SEVERITY_STYLE[severity].symbol}</span>{' '}
            {t(SEVERITY_STYLE[severity].label)} <strong>{counts[severity]}</strong>
          </li>
        ))}
        <li>
          {t({ ko: '읽지 못한 부분', en: 'Warnings' })} <strong>{parsed.warnings.length}</strong>
        </li>
      </ul>
      {parsed.findings.length > 0 && (
        <details>
          <summary>{t({ ko: '검토 결과 보기', en: 'Show findings' })}</summary>
          <ul className="preview-list">
            {parsed.findings.slice(0, MAX_LISTED).map((finding, index) => (
              <li key={index} className={SEVERITY_STYLE[finding.severity].className}>
                <span aria-hidden="true">{SEVERITY_STYLE[finding.severity].symbol}</span>{' '}
                {finding.source.line}
                {t({ ko: '행', en: '' })}: {t(finding.message)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {parsed.warnings.length > 0 && (
        <details open>
          <summary>
            {t({ ko: '읽지 못한 부분 (행 번호)', en: 'Not understood (line numbers)' })}
          </summary>
          <ul className="preview-list">
            {parsed.warnings.slice(0, MAX_LISTED).map((warning, index) => (
              <li key={index}>
                {warning.line}
                {t({ ko: '행', en: '' })}: {t(warning.message)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {step.step === 'duplicate' && (
        <p className="duplicate-note" role="alert">
          {t({
            ko: `같은 내용의 문서가 이미 있습니다: "${step.existing.meta.title}" (${step.existing.importedAt.slice(0, 10)} 가져옴). 다시 추가할까요?`,
            en: `The same document is already stored: "${step.existing.meta.title}" (imported ${step.existing.importedAt.slice(0, 10)}). Add it again?`,
          })}
        </p>
      )}
      <div className="preview-actions">
        {step.step === 'duplicate' ? (
          <button
            type="button"
            className="primary"
            onClick={() => void confirm({ allowDuplicate: true })}
          >
            {t({ ko: '다시 추가', en: 'Add again' })}
          </button>
        ) : (
          <button
            ref={confirmButton}
            type="button"
            className="primary"
            onClick={() => void confirm()}
          >
            {t({ ko: '가져오기 확인', en: 'Confirm import' })}
          </button>
        )}
        <button ref={cancelButton} type="button" onClick={cancel}>
          {t({ ko: '취소', en: 'Cancel' })}
        </button>
      </div>
    </section>
  );
}
