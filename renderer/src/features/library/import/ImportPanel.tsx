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

/** 자료실 top: import a report (picker or drop) or open the sample, then preview before storing. */
export function ImportPanel() {
  const t = useT();
  const { current, start, completed } = useImportFlow();
  const dragging = useDropFiles(start);
  const seen = useRef(completed);
  useEffect(() => {
    if (completed > seen.current) window.location.hash = '#/review';
    seen.current = completed;
  }, [completed]);
  const busy = current.step === 'reading' || current.step === 'saving';

  const pick = useCallback(async () => {
    const files = await platform.openFiles({ accept: ['.txt'], multiple: true });
    start(files);
  }, [start]);
  useAnswerPickerRequest(() => void pick());

  return (
    <section
      className="import-panel"
      aria-label={t({ ko: '보고서 가져오기', en: 'Import reports' })}
    >
      <div className="import-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void pick()}>
          {t({ ko: '보고서 가져오기', en: 'Import a report' })}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void loadSample().then((file) => start([file]))}
        >
          {t({ ko: '예시 자료 열기', en: 'Open the sample' })}
        </button>
        <span className="hint">
          {t({
            ko: '업무보고서 텍스트(.txt) 파일을 이 화면에 끌어다 놓아도 됩니다.',
            en: 'You can also drop report text (.txt) files on this page.',
          })}
        </span>
      </div>
      <div role="status" aria-live="polite" className="import-status">
        {current.step === 'reading' &&
          t({ ko: `${current.name} 읽는 중…`, en: `Reading ${current.name}…` })}
        {current.step === 'saving' &&
          t({ ko: `${current.name} 저장 중…`, en: `Saving ${current.name}…` })}
      </div>
      {(current.step === 'preview' || current.step === 'duplicate') && (
        <ImportPreview step={current} />
      )}
      {current.step === 'error' && <ImportError step={current} />}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t({ ko: '여기에 놓으면 미리보기를 엽니다', en: 'Drop to preview the report' })}
        </div>
      )}
    </section>
  );
}
