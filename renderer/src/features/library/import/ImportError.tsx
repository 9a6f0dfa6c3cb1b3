import { useT } from '@i18n/language';
import type { LocalizedText } from '@shared/model/localized-text';
import { useImportFlow, type ImportStep } from './useImportFlow';
import { msg } from '@i18n/text';

type ErrorStep = Extract<ImportStep, { step: 'error' }>;

const EXPLANATION: Record<ErrorStep['failure'], LocalizedText> = {
  unsupported: msg('import.failureUnsupported'),
  empty: msg('import.failureEmpty'),
  undecodable: msg('import.failureUndecodable'),
  'not-a-report': msg('import.failureNotAReport'),
  'parse-failed': msg('import.failureParse'),
  storage: msg('import.failureStorage'),
};

/** A failed import: what went wrong, for which file; nothing was stored. */
export function ImportError({ step }: { step: ErrorStep }) {
  const t = useT();
  const dismiss = useImportFlow((state) => state.dismiss);
  return (
    <section className="import-error" role="alert">
      <h2>
        {t('import.importFailed')}: {step.name}
      </h2>
      <p>{t(EXPLANATION[step.failure])}</p>
      {step.message !== step.name && (
        <p className="hint">
          {typeof step.message === 'string'
            ? `${t('import.detail')}: ${step.message}`
            : t(step.message)}
        </p>
      )}
      <button type="button" onClick={dismiss}>
        {t('import.close')}
      </button>
    </section>
  );
}
