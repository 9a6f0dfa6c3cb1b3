import { useEffect, useRef } from 'react';
import type { ParsedReport } from '@shared/model/report';
import { SEVERITY_STYLE } from '@components/flag-style';
import { DocumentMetaList } from '@features/review/source/DocumentMetaList';
import { useT } from '@i18n/language';
import { useImportFlow, type ImportStep } from './useImportFlow';
import { SheetMapping } from './SheetMapping';
import { TableReadings } from './TableReadings';

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
  const { confirm, cancel, reread } = useImportFlow();
  const rereading = step.step === 'preview' && step.rereading === true;
  const rereadError = step.step === 'preview' ? step.rereadError : undefined;
  // the controls show the user's latest choices, read or still waiting for the re-read
  const pending = step.step === 'preview' ? step.pending : undefined;
  const { preview } = step;
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
        {t('import.importPreview')}: {step.name}
      </h2>
      <DocumentMetaList meta={parsed.document} fileName={step.name} />
      <ul className="preview-counts">
        <li>
          {t('import.budgetLines')} <strong>{parsed.lines.length.toLocaleString()}</strong>
        </li>
        <li>
          {t('import.personnelRows')} <strong>{parsed.personnel.length.toLocaleString()}</strong>
        </li>
        {(['error', 'warning', 'info'] as const).map((severity) => (
          <li key={severity} className={SEVERITY_STYLE[severity].className}>
            <span aria-hidden="true">{SEVERITY_STYLE[severity].symbol}</span>{' '}
            {t(SEVERITY_STYLE[severity].label)} <strong>{counts[severity]}</strong>
          </li>
        ))}
        <li>
          {t('import.warningCount')} <strong>{parsed.warnings.length}</strong>
        </li>
      </ul>
      <div role="status" aria-live="polite" className="import-status">
        {rereading && t('reading.rereading')}
        {rereadError &&
          `${t('reading.rereadFailed')}: ${typeof rereadError === 'string' ? rereadError : t(rereadError)}`}
      </div>
      {preview.spreadsheet ? (
        <SheetMapping
          preview={preview}
          choice={pending?.sheetChoice ?? preview.sheetChoice}
          disabled={step.step !== 'preview'}
          onChoose={(sheetChoice) => reread({ sheetChoice })}
        />
      ) : (
        <TableReadings
          fileName={step.name}
          readings={preview.tableReadings}
          corrections={pending?.corrections ?? preview.corrections}
          disabled={step.step !== 'preview'}
          onChange={(corrections) => reread({ corrections })}
        />
      )}
      {parsed.findings.length > 0 && (
        <details>
          <summary>{t('import.showFindings')}</summary>
          <ul className="preview-list">
            {parsed.findings.slice(0, MAX_LISTED).map((finding, index) => (
              <li key={index} className={SEVERITY_STYLE[finding.severity].className}>
                <span aria-hidden="true">{SEVERITY_STYLE[finding.severity].symbol}</span>{' '}
                {t('import.atLine', { line: finding.source.line, message: t(finding.message) })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {parsed.warnings.length > 0 && (
        <details open>
          <summary>{t('import.notUnderstoodLineNumbers')}</summary>
          <ul className="preview-list">
            {parsed.warnings.slice(0, MAX_LISTED).map((warning, index) => (
              <li key={index}>
                {t('import.atLine', { line: warning.line, message: t(warning.message) })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {step.step === 'duplicate' && (
        <p className="duplicate-note" role="alert">
          {t('import.duplicateQuestion', {
            title: step.existing.meta.title,
            importedAt: step.existing.importedAt.slice(0, 10),
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
            {t('import.addAgain')}
          </button>
        ) : (
          <button
            ref={confirmButton}
            type="button"
            className="primary"
            disabled={rereading}
            onClick={() => void confirm()}
          >
            {t('import.confirmImport')}
          </button>
        )}
        <button ref={cancelButton} type="button" onClick={cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
