import './import.css';
import { useCallback, useEffect, useRef } from 'react';
import { platform } from '@platform';
import { useT } from '@i18n/language';
import { ImportPreview } from './ImportPreview';
import { ImportError } from './ImportError';
import { useDropFiles } from './useDropFiles';
import { useImportFlow } from './useImportFlow';
import { loadSample } from './sample';
import { useAnswerPickerRequest } from './menu-import';
import { IMPORT_ACCEPT } from './accepted-formats';
import { ReadingStatus } from './ReadingStatus';

/** 자료실 top: import a report (picker or drop) or open the sample, then preview before storing. */
export function ImportPanel() {
  const t = useT();
  const { current, start, completed, stopReading } = useImportFlow();
  const dragging = useDropFiles(start);
  const seen = useRef(completed);
  useEffect(() => {
    if (completed > seen.current) window.location.hash = '#/review';
    seen.current = completed;
  }, [completed]);
  const busy = current.step === 'reading' || current.step === 'saving';

  const pick = useCallback(async () => {
    const files = await platform.openFiles({ accept: IMPORT_ACCEPT, multiple: true });
    start(files);
  }, [start]);
  useAnswerPickerRequest(() => void pick());

  return (
    <section className="import-panel" aria-label={t('import.panelLabel')}>
      <div className="import-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void pick()}>
          {t('import.pickFiles')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void loadSample().then((file) => start([file]))}
        >
          {t('import.openSample')}
        </button>
        <span className="hint">{t('import.dropHint')}</span>
      </div>
      <div role="status" aria-live="polite" className="import-status">
        {current.step === 'reading' && <ReadingStatus step={current} onStop={stopReading} />}
        {current.step === 'saving' && t('import.saving', { name: current.name })}
      </div>
      {(current.step === 'preview' || current.step === 'duplicate') && (
        <ImportPreview step={current} />
      )}
      {current.step === 'error' && <ImportError step={current} />}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('import.dropPreviewReport')}
        </div>
      )}
    </section>
  );
}
