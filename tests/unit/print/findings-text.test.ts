import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/model/report';
import { findingText } from '../../../renderer/src/features/print/findings-table';

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

  it('adds stated and computed figures, △ for negatives, when the message has none', () => {
    expect(findingText(finding('합계가 맞지 않습니다', -1_500, 2_000))).toBe(
      '합계가 맞지 않습니다 (기재 △1,500 / 계산 2,000)',
    );
  });
});
