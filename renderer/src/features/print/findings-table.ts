import type { Finding } from '@shared/model/report';
import type { PrintTable } from './print-spec';

const SEVERITY = { error: '오류', warning: '주의', info: '참고' } as const;

const figure = (value: number | undefined) =>
  value === undefined
    ? ''
    : value.toLocaleString('ko-KR', { maximumFractionDigits: 1 }).replace('-', '△');

/**
 * The finding's message, with stated vs computed figures only when the message does not already
 * give figures: the raw values are in won, so beside "512,000천원" they would read as a different
 * amount.
 */
export function findingText(finding: Finding): string {
  const hasFigures = finding.stated !== undefined || finding.computed !== undefined;
  const figures =
    hasFigures && !/\d/.test(finding.message.ko)
      ? ` (기재 ${figure(finding.stated)} / 계산 ${figure(finding.computed)})`
      : '';
  return `${finding.message.ko}${figures}`;
}

/** the source sentence, with its line number, and its page where the original has pages (PDF) */
export function sourceText(finding: Finding): string {
  const { line, page } = finding.source;
  const text = finding.source.text?.replace(/\t+/g, ' · ').trim();
  const where = page !== undefined ? `p. ${page} · ${line}행` : `${line}행`;
  return text ? `${where}: ${text}` : where;
}

/** Findings with what they are about and the line of the document they come from. */
export function findingsTable(
  rows: readonly { label: string; finding: Finding }[],
  labelHeading: string,
): PrintTable {
  return {
    unit: rows.some(({ finding }) => finding.source.page !== undefined)
      ? '(원문 쪽·행 번호 기준)'
      : '(원문 행 번호 기준)',
    columns: [
      { label: labelHeading, width: 18 },
      { label: '구분', width: 7 },
      { label: '지적 내용', width: 37 },
      { label: '원문', width: 38 },
    ],
    rows: rows.map(({ label, finding }) => ({
      flagged: finding.severity === 'error',
      cells: [label, SEVERITY[finding.severity], findingText(finding), sourceText(finding)],
    })),
    empty: '지적 사항이 없습니다.',
  };
}
