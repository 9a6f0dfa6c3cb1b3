import { describe, expect, it } from 'vitest';
import { readPart } from '../../../shared/import/interpret/statement-parts';

describe('one part of a statement’s parenthesis', () => {
  it.each([
    ['비공원 1조 3,154', 1_315_400_000_000],
    ['비공원 1조 3,154억원', 1_315_400_000_000],
    ['공원 5,262', 526_200_000_000],
    ['국 2조', 2_000_000_000_000],
    ['시 6억', 600_000_000],
  ])('reads %s in a 억원 statement as %d won', (part, won) => {
    expect(readPart(part, '억원')?.won).toBe(won);
  });
});
