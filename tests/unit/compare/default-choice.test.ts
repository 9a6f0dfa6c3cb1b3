import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../../renderer/src/db/api';
import {
  choiceComplete,
  defaultChoice,
} from '../../../renderer/src/features/compare/default-choice';
import { cityDepartment, sample, sample2024 } from './invented-pairs';

const stored = (id: number, meta: StoredDocument['meta'], fileName = `${id}.txt`) =>
  ({ id, meta, fileName }) as StoredDocument;

describe('what 비교 opens on', () => {
  it('pairs one bureau’s two reports on their reported years, and says why', () => {
    const { choice, reason } = defaultChoice('year-over-year', [
      stored(1, sample.document),
      stored(2, sample2024.document),
    ]);
    expect(choice).toEqual({
      kind: 'year-over-year',
      beforeId: 2,
      afterId: 1,
      beforeYear: 2024,
      afterYear: 2025,
    });
    expect(reason.ko).toBe('같은 기관·부서의 2024년과 2025년');
  });

  it('never pairs the sample with another government’s document: it compares the sample’s own years', () => {
    const { choice } = defaultChoice(
      'year-over-year',
      [stored(1, sample.document), stored(2, cityDepartment.document)],
      1,
    );
    expect(choice).toMatchObject({ beforeId: 1, afterId: 1, beforeYear: 2025, afterYear: 2026 });
  });

  it('leaves the earlier side open when nothing belongs with the document, and computes nothing yet', () => {
    const { choice, reason } = defaultChoice('plan-vs-results', [
      stored(2, cityDepartment.document),
    ]);
    expect(choice.beforeId).toBeUndefined();
    expect(choiceComplete(choice)).toBe(false);
    expect(reason.ko).toContain('이전 문서를 골라 주세요');
  });

  it('needs only the one document for 부서별', () => {
    expect(choiceComplete({ kind: 'departments', afterId: 3 })).toBe(true);
    expect(choiceComplete({ kind: 'year-over-year', afterId: 3 })).toBe(false);
  });
});
