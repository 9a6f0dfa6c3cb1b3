import { describe, expect, it } from 'vitest';
import { createPdfCache } from '../../../renderer/src/features/review/source/pdf-cache';

function fakeOpener() {
  const opened: number[] = [];
  const destroyed: number[] = [];
  const open = (documentId: number) => {
    opened.push(documentId);
    if (documentId < 0) return Promise.reject(new Error('damaged'));
    if (documentId === 0) return Promise.resolve(undefined);
    return Promise.resolve({
      id: documentId,
      destroy: async () => {
        destroyed.push(documentId);
      },
    });
  };
  return { open, opened, destroyed };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the PDFs the source panel keeps open', () => {
  it('opens a document once for everyone showing it and destroys it when the last lets go', async () => {
    const fake = fakeOpener();
    const cache = createPdfCache(fake.open);
    const [a, b] = await Promise.all([cache.acquire(7), cache.acquire(7)]);
    expect(a).toBe(b);
    expect(fake.opened).toEqual([7]);
    cache.release(7);
    await settle();
    expect(fake.destroyed).toEqual([]);
    cache.release(7);
    await settle();
    expect(fake.destroyed).toEqual([7]);
    expect(cache.size()).toBe(0);
  });

  it('opens the document again after the panel closed and reopened', async () => {
    const fake = fakeOpener();
    const cache = createPdfCache(fake.open);
    await cache.acquire(3);
    cache.release(3);
    await cache.acquire(3);
    expect(fake.opened).toEqual([3, 3]);
    expect(cache.size()).toBe(1);
  });

  it('keeps one document open while another is shown and released', async () => {
    const fake = fakeOpener();
    const cache = createPdfCache(fake.open);
    await cache.acquire(1);
    await cache.acquire(2);
    cache.release(2);
    await settle();
    expect(fake.destroyed).toEqual([2]);
    expect(cache.size()).toBe(1);
  });

  it('answers nothing for a document without a stored original, and tries a failed open again', async () => {
    const fake = fakeOpener();
    const cache = createPdfCache(fake.open);
    await expect(cache.acquire(0)).resolves.toBeUndefined();
    await expect(cache.acquire(-1)).rejects.toThrow('damaged');
    await settle();
    await expect(cache.acquire(-1)).rejects.toThrow('damaged');
    expect(fake.opened).toEqual([0, -1, -1]);
  });
});
