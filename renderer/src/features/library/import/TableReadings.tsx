import { useState } from 'react';
import type { DocumentCorrections, TableReading } from '@shared/import';
import { platform } from '@platform';
import { correctionsJson, readCorrectionsFile } from '@services';
import { useT } from '@i18n/language';
import { msg } from '@i18n/text';
import type { LocalizedText } from '@shared/model/localized-text';
import { mergeFromFile } from './reading-corrections';
import { TableReadingCard } from './TableReadingCard';

interface Props {
  fileName: string;
  readings: readonly TableReading[];
  corrections: DocumentCorrections;
  disabled: boolean;
  onChange(next: DocumentCorrections): void;
}

/** Every table the importer read, each open to correction; corrections go out and come in as JSON. */
export function TableReadings({ fileName, readings, corrections, disabled, onChange }: Props) {
  const t = useT();
  const [problem, setProblem] = useState<LocalizedText>();
  const exportCorrections = () =>
    void platform.saveFile(
      `${fileName.replace(/\.[^.]+$/, '')}.corrections.json`,
      correctionsJson(corrections),
      'application/json',
    );
  const importCorrections = async () => {
    const [file] = await platform.openFiles({ accept: ['.json'], multiple: false });
    if (!file) return;
    const read = readCorrectionsFile(new TextDecoder().decode(file.bytes));
    if (!read.ok) {
      setProblem(
        read.problem === 'json'
          ? msg('reading.correctionsNotJson', { detail: read.detail })
          : msg('reading.correctionsBadFormat', { detail: read.detail }),
      );
      return;
    }
    if (!read.corrections.some((document) => document.sha256 === corrections.sha256)) {
      setProblem(msg('reading.correctionsOtherDocument'));
      return;
    }
    setProblem(undefined);
    onChange(mergeFromFile(corrections, read.corrections));
  };
  return (
    <section className="table-readings" aria-label={t('reading.tablesTitle')}>
      <h3>{t('reading.tablesTitle')}</h3>
      {readings.length === 0 ? (
        <p className="hint">{t('reading.noTables')}</p>
      ) : (
        <>
          <p className="hint">{t('reading.tablesHint')}</p>
          <div className="table-reading-list">
            {readings.map((reading, index) => (
              <TableReadingCard
                // a block read as two tables (정원 and 현원) shares one signature
                key={`${reading.signature}:${index}`}
                reading={reading}
                corrections={corrections}
                disabled={disabled}
                onChange={onChange}
              />
            ))}
          </div>
        </>
      )}
      <div className="reading-file-actions">
        <button
          type="button"
          disabled={corrections.tables.length === 0}
          onClick={exportCorrections}
        >
          {t('reading.exportCorrections')}
        </button>
        <button type="button" disabled={disabled} onClick={() => void importCorrections()}>
          {t('reading.importCorrections')}
        </button>
        {problem && (
          <span className="reading-problem" role="alert">
            {t(problem)}
          </span>
        )}
      </div>
    </section>
  );
}
