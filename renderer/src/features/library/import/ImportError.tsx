import { useT, type Text } from '@i18n/language';
import { useImportFlow, type ImportStep } from './useImportFlow';

type ErrorStep = Extract<ImportStep, { step: 'error' }>;

const EXPLANATION: Record<ErrorStep['failure'], Text> = {
  unsupported: {
    ko: '텍스트(.txt) 형식의 업무보고서만 가져올 수 있습니다.',
    en: 'Only work reports as text (.txt) files can be imported.',
  },
  empty: {
    ko: '파일이 비어 있습니다. 내용이 있는 업무보고서 텍스트 파일을 골라 주세요.',
    en: 'The file is empty. Choose a work report text file that has content.',
  },
  undecodable: {
    ko: '파일의 글자를 읽을 수 없습니다 (UTF-8 또는 EUC-KR 텍스트가 아닙니다).',
    en: 'The file’s characters cannot be read (it is not UTF-8 or EUC-KR text).',
  },
  'not-a-report': {
    ko: '업무보고서로 인식할 수 없습니다: 예산 표나 인원 표를 찾지 못했습니다.',
    en: 'This does not look like a work report: no budget or personnel table was found.',
  },
  'parse-failed': {
    ko: '보고서를 해석하는 중 문제가 생겼습니다.',
    en: 'Something went wrong while reading the report.',
  },
  storage: {
    ko: '저장하지 못했습니다. 아무것도 저장되지 않았습니다.',
    en: 'Could not store the document. Nothing was stored.',
  },
};

/** A failed import: what went wrong, for which file; nothing was stored. */
export function ImportError({ step }: { step: ErrorStep }) {
  const t = useT();
  const dismiss = useImportFlow((state) => state.dismiss);
  return (
    <section className="import-error" role="alert">
      <h2>
        {t({ ko: '가져오지 못했습니다', en: 'Import failed' })}: {step.name}
      </h2>
      <p>{t(EXPLANATION[step.failure])}</p>
      {step.message !== step.name && (
        <p className="hint">
          {typeof step.message === 'string'
            ? `${t({ ko: '세부 정보', en: 'Detail' })}: ${step.message}`
            : t(step.message)}
        </p>
      )}
      <button type="button" onClick={dismiss}>
        {t({ ko: '닫기', en: 'Close' })}
      </button>
    </section>
  );
}
