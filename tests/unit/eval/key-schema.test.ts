import { describe, expect, it } from 'vitest';
import { parseKey } from '../../eval/key-schema';

const valid = {
  document: 'invented/가상구 2025 업무계획.pdf',
  readFrom: 'invented for this test',
  facts: [{ page: 3, name: '별빛 도서관', fiscalYear: 2025, field: 'budget', amount: 1000 }],
  headcounts: [{ page: 1, department: '가상과', authorized: 3, current: 4 }],
  errors: [],
  checked: [{ page: 1, what: '계', stated: 7, computed: 7 }],
};

function withFact(fact: Record<string, unknown>) {
  return JSON.stringify({ ...valid, facts: [fact] });
}

describe('answer-key validation', () => {
  it('accepts a well-formed key', () => {
    expect(parseKey(JSON.stringify(valid), 'good.key.json').facts).toHaveLength(1);
  });

  it('fails naming the file and the field when a field is misspelt', () => {
    const bad = withFact({ ...valid.facts[0], ammount: 1000 });
    expect(() => parseKey(bad, 'typo.key.json')).toThrow(/typo\.key\.json[\s\S]*facts\.0/);
  });

  it('fails naming the field for a fractional amount or an unknown field kind', () => {
    expect(() => parseKey(withFact({ ...valid.facts[0], amount: 12.5 }), 'x.key.json')).toThrow(
      /facts\.0\.amount/,
    );
    expect(() => parseKey(withFact({ ...valid.facts[0], field: 'spend' }), 'x.key.json')).toThrow(
      /facts\.0\.field/,
    );
  });

  it('requires exactly one of page and line', () => {
    const both = withFact({ ...valid.facts[0], line: 4 });
    const neither = withFact({ ...valid.facts[0], page: undefined });
    expect(() => parseKey(both, 'x.key.json')).toThrow(/exactly one/);
    expect(() => parseKey(neither, 'x.key.json')).toThrow(/exactly one/);
  });

  it('places an HWP entry by paragraph (with its section), never together with a page or line', () => {
    const { page: _page, ...placeless } = valid.facts[0]!;
    const hwp = withFact({ ...placeless, section: 1, paragraph: 29 });
    expect(parseKey(hwp, 'x.key.json').facts[0]).toMatchObject({ section: 1, paragraph: 29 });
    expect(() => parseKey(withFact({ ...valid.facts[0], paragraph: 3 }), 'x.key.json')).toThrow(
      /exactly one/,
    );
    expect(() => parseKey(withFact({ ...valid.facts[0], section: 1 }), 'x.key.json')).toThrow(
      /`section` goes with `paragraph`/,
    );
    expect(() => parseKey(withFact({ ...placeless, paragraph: -1 }), 'x.key.json')).toThrow(
      /facts\.0\.paragraph/,
    );
  });

  it('accepts a fact with no fiscal year (the document prints none)', () => {
    const { fiscalYear: _year, ...yearless } = valid.facts[0]!;
    expect(parseKey(withFact(yearless), 'x.key.json').facts[0]?.fiscalYear).toBeUndefined();
  });

  it('rejects an error whose stated and computed agree, and a headcount with no figure', () => {
    const noError = JSON.stringify({
      ...valid,
      errors: [{ page: 1, what: '계', stated: 7, computed: 7 }],
    });
    expect(() => parseKey(noError, 'x.key.json')).toThrow(/errors\.0/);
    const empty = JSON.stringify({ ...valid, headcounts: [{ page: 1, department: '가상과' }] });
    expect(() => parseKey(empty, 'x.key.json')).toThrow(/headcounts\.0/);
  });

  it('says the file is not JSON', () => {
    expect(() => parseKey('{ "document": ', 'broken.key.json')).toThrow(
      /broken\.key\.json: not valid JSON/,
    );
  });
});
