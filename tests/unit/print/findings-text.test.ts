import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/model/report';
import {
  findingText,
  findingsTable,
  sourceText,
} from '../../../renderer/src/features/print/findings-table';

const finding = (ko: string, stated: number, computed: number): Finding => ({
  severity: 'error',
  code: 'total-mismatch',
  message: { ko, en: ko },
  stated,
  computed,
  source: { line: 194 },
});

describe('a finding as printed in a report', () => {
  it('does not add raw won figures to a message that already gives them in its unit', () => {
    const text = findingText(
      finding('사업비 512,000천원이 재원별 합계 502,000천원과 다릅니다', 512_000_000, 502_000_000),
    );
    expect(text).toBe('사업비 512,000천원이 재원별 합계 502,000천원과 다릅니다');
    expect(text).not.toContain('512,000,000');
  });

  it('adds stated and computed figures in won, △ for negatives, when the message has none', () => {
    expect(findingText(finding('합계가 맞지 않습니다', -1_500, 2_000))).toBe(
      '합계가 맞지 않습니다 (기재 △1,500원 / 계산 2,000원)',
    );
  });
});

describe('where a printed finding points in the original', () => {
  const atLine = finding('합계가 맞지 않습니다', 1, 2);
  const onPage: Finding = {
    ...atLine,
    source: { line: 149, page: 8, box: [74.8, 242.1, 514, 257.1], text: '○ 사업비\t450억원' },
  };

  it('names the page of a PDF source before its line', () => {
    expect(sourceText(onPage)).toBe('p. 8 · 149행: ○ 사업비 · 450억원');
  });

  it('names only the line where the original has no pages', () => {
    expect(sourceText(atLine)).toBe('194행');
  });

  it('says the table counts pages and lines when a finding has a page', () => {
    expect(findingsTable([{ label: '사업', finding: onPage }], '사업').unit).toBe(
      '(원문 쪽·행 번호 기준)',
    );
    expect(findingsTable([{ label: '사업', finding: atLine }], '사업').unit).toBe(
      '(원문 행 번호 기준)',
    );
  });
});
