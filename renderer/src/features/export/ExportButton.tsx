import { useState } from 'react';
import { platform } from '@platform';
import { useT } from '@i18n/language';
import type { LocalizedText } from '@shared/model/localized-text';

/** What an export makes: the file's suggested name, its bytes (or text) and type. */
export interface ExportFile {
  name: string;
  data: Uint8Array | string;
  mimeType: string;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv;charset=utf-8';

/** today as files are named: 2026-11-30 */
export function fileDay(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A button that makes a file and saves it where the platform says: a download in the browser, the
 * save dialog in Electron (through the validated `file:save` channel). Says what happened.
 */
export function ExportButton({
  label,
  disabled,
  make,
}: {
  label: LocalizedText;
  disabled?: boolean;
  make(): Promise<ExportFile>;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState('');
  const run = async () => {
    setBusy(true);
    setOutcome('');
    try {
      const file = await make();
      const saved = await platform.saveFile(file.name, file.data, file.mimeType);
      if (saved) setOutcome(t('export.saved', { name: file.name }));
    } catch (error) {
      setOutcome(t('export.failed', { error: (error as Error).message ?? String(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" disabled={disabled || busy} onClick={() => void run()}>
        {t(label)}
      </button>
      {outcome && (
        <span className="export-outcome" role="status">
          {outcome}
        </span>
      )}
    </>
  );
}
