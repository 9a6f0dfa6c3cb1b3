import { describe, expect, it } from 'vitest';
import { findAmounts, parseTableUnit } from '../../../shared/money';
import { corpusPresent, corpusReportText } from '../../support/corpus';

const present = corpusPresent('', 'money parsing on the sample reports');

function lines(prefix: string): string[] {
  return corpusReportText(prefix).split(/\r?\n/);
}

describe.skipIf(!present)('money parsing on the sample reports', () => {
  it('reads every (단위: …) declaration in the samples', () => {
    for (const prefix of ['000', '002', '004']) {
      const declarations = lines(prefix).filter((line) => /단\s*위\s*:/.test(line));
      expect(declarations.length).toBeGreaterThan(0);
      for (const line of declarations) expect(parseTableUnit(line), line).not.toBeNull();
    }
  });

  it('finds the 855,000천원 project total and the 5,000천원~10,000천원 range in the plan', () => {
    const values = lines('000').flatMap((line) => findAmounts(line).map((found) => found.value));
    expect(values).toContainEqual(expect.objectContaining({ kind: 'money', won: 855_000_000 }));
    expect(values).toContainEqual(
      expect.objectContaining({ kind: 'range', min: 5_000_000, max: 10_000_000, unit: '천원' }),
    );
  });

  it('reads the suspicious 원 amount in the bureau report as 원', () => {
    const values = lines('004').flatMap((line) => findAmounts(line).map((found) => found.value));
    expect(values).toContainEqual(
      expect.objectContaining({ kind: 'money', won: 721_791, unit: '원' }),
    );
  });

  it('gives offsets that point at the amount text on every line', () => {
    for (const prefix of ['000', '002', '004']) {
      for (const line of lines(prefix)) {
        for (const found of findAmounts(line)) {
          expect(line.slice(found.start, found.end)).toBe(found.value.text);
          expect(found.value.text).toMatch(/원|내외|정도/);
        }
      }
    }
  });
});
