import { useT } from '@i18n/language';
import type { ImportStep } from './useImportFlow';

type ReadingStep = Extract<ImportStep, { step: 'reading' }>;

/** "Reading report.pdf… 12 of 40", a progress bar, and the button that stops it. */
export function ReadingStatus({ step, onStop }: { step: ReadingStep; onStop: () => void }) {
  const t = useT();
  const { progress } = step;
  return (
    <span className="import-reading">
      <span>
        {progress && progress.total > 0
          ? t('import.readingPages', {
              name: step.name,
              done: progress.done.toLocaleString(),
              total: progress.total.toLocaleString(),
            })
          : t('import.reading', { name: step.name })}
      </span>
      <progress
        max={progress?.total || 1}
        {...(progress ? { value: progress.done } : {})}
        aria-label={t('import.reading', { name: step.name })}
      />
      <button type="button" onClick={onStop}>
        {t('import.stopReading')}
      </button>
    </span>
  );
}
