import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAmounts, parseTableUnit } from '../../../shared/money';

const corpus = join(__dirname, '../../../../shared/corpus');
const present = existsSync(corpus);
if (!present) console.log(`money corpus tests skipped: ${corpus} is absent`);

function lines(prefix: string): string[] {
  const file = readdirSync(corpus).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no corpus file starting with ${prefix}`);
  return readFileSync(join(corpus, file), 'utf8').split(/\r?\n/);
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
