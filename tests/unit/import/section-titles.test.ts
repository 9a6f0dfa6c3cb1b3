import { describe, expect, it } from 'vitest';
import { readSectionTitle } from '../../../shared/import/interpret/sections';

describe('a section title naming its year and kind', () => {
  it('is read after a Roman numeral or a letter a font printed in its place', () => {
    expect(readSectionTitle('Ⅱ. 2024년 주요업무 추진실적')).toEqual({
      fiscalYear: 2024,
      kind: 'report',
    });
    expect(readSectionTitle('a. 2024년 주요업무 추진실적')).toEqual({
      fiscalYear: 2024,
      kind: 'report',
    });
    expect(readSectionTitle('c. 2025년 주요업무계획')).toEqual({ fiscalYear: 2025, kind: 'plan' });
  });

  it('is not read from a title that only mentions a year among other words', () => {
    expect(readSectionTitle('b. 2025년 정책환경 및 대응방향')).toBeNull();
    expect(readSectionTitle('ab. 2024년 주요업무 추진실적')).toBeNull();
  });
});
