import type { Finding } from '@shared/model/report';
import { findingCellsText } from '@shared/print/finding-cells';
import type { PrintTable } from './print-spec';

/** the app's words for a finding's severity (검토 화면, 자료실, 내보내기): 오류 / 경고 / 참고 */
const SEVERITY = { error: '오류', warning: '경고', info: '참고' } as const;

// a finding's raw figures are in won: said so, beside tables in 천원
const figure = (value: number | undefined) =>
  value === undefined
    ? ''
    : `${value.toLocaleString('ko-KR', { maximumFractionDigits: 1 }).replace('-', '△')}원`;

/**
 * The finding's message, then the check written out with its figures (계산) and, for a warning,
 * what the importer inferred rather than read (추정), each on a line of its own, so a member can
 * redo it. Stated vs computed figures are added only when nothing else gives figures: the raw
 * values are in won, so beside "512,000천원" they would read as a different amount.
 */
export function findingText(finding: Finding): string {
  const hasFigures = finding.stated !== undefined || finding.computed !== undefined;
  const figures =
    hasFigures && !/\d/.test(finding.message.ko) && !finding.arithmetic
      ? ` (기재 ${figure(finding.stated)} / 계산 ${figure(finding.computed)})`
      : '';
  const lines = [`${finding.message.ko}${figures}`];
  if (finding.arithmetic) lines.push(`계산: ${finding.arithmetic.ko}`);
  if (finding.inferred) lines.push(`추정: ${finding.inferred.ko}`);
  return lines.join('\n');
}

/**
 * The source sentence, with its line number, and its page where the original has pages (PDF);
 * then the cells the check used ('사용한 칸: p. 31 · 761~769행 사업비').
 */
export function sourceText(finding: Finding): string {
  const { line, page } = finding.source;
  const text = finding.source.text
    ?.replace(/\t+/g, ' · ')
    .replace(/( · )+$/, '')
    .trim();
  const where = page !== undefined ? `p. ${page} · ${line}행` : `${line}행`;
  const cells = findingCellsText(finding.cells);
  return [text ? `${where}: ${text}` : where, ...(cells ? [`사용한 칸: ${cells}`] : [])].join('\n');
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
      { label: '지적 내용', width: 45 },
      { label: '원문', width: 30 },
    ],
    rows: rows.map(({ label, finding }) => ({
      flagged: finding.severity === 'error',
      cells: [label, SEVERITY[finding.severity], findingText(finding), sourceText(finding)],
    })),
    empty: '지적 사항이 없습니다.',
  };
}
