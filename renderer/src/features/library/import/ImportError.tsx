import { useT } from '@i18n/language';
import type { LocalizedText } from '@shared/model/localized-text';
import { useImportFlow, type ImportStep } from './useImportFlow';
import { msg } from '@i18n/text';

type ErrorStep = Extract<ImportStep, { step: 'error' }>;

const EXPLANATION: Record<ErrorStep['failure'], LocalizedText> = {
  unsupported: msg('import.failureUnsupported'),
  empty: msg('import.failureEmpty'),
  undecodable: msg('import.failureUndecodable'),
  scanned: msg('import.failureScanned'),
  password: msg('import.failurePassword'),
  drm: msg('import.failureDrm'),
  damaged: msg('import.failureDamaged'),
  'too-large': msg('import.failureTooLarge'),
  cancelled: msg('import.failureCancelled'),
  'sheet-choice': msg('import.failureSheetChoice'),
  'not-a-report': msg('import.failureNotAReport'),
  'parse-failed': msg('import.failureParse'),
  storage: msg('import.failureStorage'),
};

/**
 * A failed import: what went wrong, for which file; nothing was stored. A reader's own message
 * (scanned PDF, password, DRM…) is the explanation; a technical detail is shown under it.
 */
export function ImportError({ step }: { step: ErrorStep }) {
  const t = useT();
  const dismiss = useImportFlow((state) => state.dismiss);
  const stated = typeof step.message === 'string' ? undefined : step.message;
  return (
    <section className="import-error" role="alert" data-failure={step.failure}>
      <h2>
        {t('import.importFailed')}: {step.name}
      </h2>
      <p>{t(stated ?? EXPLANATION[step.failure] ?? EXPLANATION['parse-failed'])}</p>
      {step.failure !== 'storage' && <p>{t('import.nothingStored')}</p>}
      {typeof step.message === 'string' && step.message !== step.name && (
        <p className="hint">
          {t('import.detail')}: {step.message}
        </p>
      )}
      <button type="button" onClick={dismiss}>
        {t('import.close')}
      </button>
    </section>
  );
}
