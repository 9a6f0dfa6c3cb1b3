import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditNames } from '../../../shared/audit';
import { pairsOneSyllableApart } from '../../../shared/audit/rules/name-neighbours';
import { normalizeName } from '../../../shared/model/line-key';
import type { ObservedName } from '../../../shared/model/audit-input';
import { editDistance, jamoDistance } from '../../../shared/text/similarity';
import { name } from '../../fixtures/audit/build';

const RUNS = { numRuns: 300 };

/** The rule as first written: every pair of names compared directly. */
function referenceOneSyllableApart(a: string, b: string): boolean {
  const left = [...a];
  const right = [...b];
  if (left.length !== right.length || left.length < 4) return false;
  if (editDistance(a, b) !== 1) return false;
  const at = left.findIndex((char, index) => char !== right[index]);
  const pair = [left[at] ?? '', right[at] ?? ''];
  if (!pair.every((char) => /^[가-힣]$/.test(char))) return false;
  return jamoDistance(pair[0] ?? '', pair[1] ?? '') <= 2;
}

function referencePairs(names: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  names.forEach((a, i) => {
    names.forEach((b, j) => {
      if (i < j && referenceOneSyllableApart(a, b)) pairs.push([i, j]);
    });
  });
  return pairs;
}

// syllables a jamo or two apart (속/숙/석/삭, 시/사), others far apart, non-Hangul characters and
// loose tail jamo (ᆨ, ᆫ: 사 + ᆨ reads 삭), so random names often land one edit apart
const SYLLABLES = ['속', '숙', '석', '삭', '시', '사', '민', '의', '예', '산', '담', '관', '과'];
const OTHERS = ['1', '2', 'A', '·', '\u11a8', '\u11ab'];
const charArbitrary = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...SYLLABLES) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHERS) },
);
const stemArbitrary = fc
  .array(charArbitrary, { minLength: 3, maxLength: 7 })
  .map((c) => c.join(''));
/** a stem and variants of it with one character replaced, sometimes decomposed (NFD) */
const familyArbitrary = fc
  .tuple(stemArbitrary, fc.array(fc.tuple(fc.nat(), charArbitrary), { maxLength: 4 }), fc.boolean())
  .map(([stem, edits, decompose]) => {
    const variants = edits.map(([at, char]) => {
      const chars = [...stem];
      chars[at % chars.length] = char;
      return chars.join('');
    });
    return [stem, ...variants].map((text, i) =>
      decompose && i === 0 ? text.normalize('NFD') : text,
    );
  });
const namesArbitrary = fc
  .array(familyArbitrary, { maxLength: 12 })
  .map((families) => [...new Set(families.flat())]);

describe('one-syllable-apart index', () => {
  it('finds exactly the pairs a comparison of every pair finds, in the same order', () => {
    fc.assert(
      fc.property(namesArbitrary, (names) => {
        expect(pairsOneSyllableApart(names)).toEqual(referencePairs(names));
      }),
      RUNS,
    );
  });

  it('finds a pair that only lines up once a loose tail jamo joins its syllable (가 + ᆨ = 각)', () => {
    const names = ['가\u11a8나다', '각나다라'];
    expect(referencePairs(names)).toEqual([[0, 1]]);
    expect(pairsOneSyllableApart(names)).toEqual([[0, 1]]);
  });

  it('finds the pair in 시민속의예산담당관 / 시민숙의예산담당관 and none between unrelated names', () => {
    const names = [
      '시민숙의예산담당관',
      '건설과',
      '시민속의예산담당관',
      '공원녹지과',
      '공원녹지팀',
    ];
    expect(pairsOneSyllableApart(names)).toEqual([[0, 2]]);
  });
});

describe('department name rule on many names', () => {
  it('flags the rarer spelling of every pair the brute-force comparison finds', () => {
    const observationsArbitrary = fc
      .tuple(namesArbitrary, fc.array(fc.nat(), { maxLength: 40 }))
      .map(([names, picks]) =>
        [...names, ...picks.map((pick) => names[pick % Math.max(names.length, 1)] ?? '')].map(
          (text, i) => name('department', text, i + 1),
        ),
      );
    fc.assert(
      fc.property(observationsArbitrary, (observed) => {
        const expected = referenceFindings(observed);
        const findings = auditNames(observed);
        expect(findings.map((finding) => finding.code)).toEqual(
          expected.map(() => 'name-typo-department'),
        );
        expect(findings.map((finding) => finding.source)).toEqual(
          expected.map((pair) => pair.rarer.source),
        );
        findings.forEach((finding, i) => {
          const usual = expected[i]?.usual;
          expect(finding.message.ko).toContain(`'${usual?.name}'(${usual?.count}회)`);
        });
      }),
      RUNS,
    );
  });
});

interface Spelling {
  name: string;
  count: number;
  source: ObservedName['source'];
}

/** Old rule: spellings in first-seen order, each pair compared, the rarer (later on ties) flagged. */
function referenceFindings(observed: ObservedName[]): { rarer: Spelling; usual: Spelling }[] {
  const spellings: Spelling[] = [];
  for (const item of observed) {
    const text = normalizeName(item.name);
    const known = spellings.find((spelling) => normalizeName(spelling.name) === text);
    if (text === '') continue;
    if (known) known.count += 1;
    else spellings.push({ name: item.name, count: 1, source: item.source });
  }
  const found: { rarer: Spelling; usual: Spelling }[] = [];
  for (const [i, j] of referencePairs(spellings.map((spelling) => normalizeName(spelling.name)))) {
    const a = spellings[i];
    const b = spellings[j];
    if (!a || !b) continue;
    found.push(b.count <= a.count ? { rarer: b, usual: a } : { rarer: a, usual: b });
  }
  return found;
}
