import { describe, expect, it } from 'vitest';
import { StoreError, hasErrorNamed, toStoreError } from '../../../renderer/src/db/errors';

describe('toStoreError', () => {
  it('finds a QuotaExceededError wrapped by Dexie as error.inner', () => {
    const wrapped = {
      name: 'AbortError',
      message: 'aborted',
      inner: new DOMException('full', 'QuotaExceededError'),
    };
    expect(hasErrorNamed(wrapped, 'QuotaExceededError')).toBe(true);
    expect(toStoreError(wrapped).code).toBe('quota');
  });

  it('turns any other DOMException into a storage error that keeps the browser’s reason', () => {
    const error = toStoreError(new DOMException('the disk went away', 'UnknownError'));
    expect(error).toBeInstanceOf(StoreError);
    expect(error.code).toBe('storage');
    expect(error.userMessage.ko).toMatch(/저장소 오류.*\(the disk went away\)/);
    expect(error.userMessage.en).toMatch(/your data is as it was/);
  });

  it('passes a StoreError through unchanged', () => {
    const original = new StoreError('not-found', { ko: '없음', en: 'missing' });
    expect(toStoreError(original)).toBe(original);
  });

  it('recognises a closed database (another window upgraded it)', () => {
    expect(toStoreError({ name: 'DatabaseClosedError', message: 'closed' }).code).toBe('closed');
  });

  it('explains running out of memory (a string or buffer too large) instead of showing a RangeError', () => {
    const error = toStoreError(new RangeError('Invalid string length'));
    expect(error.code).toBe('too-large');
    expect(error.userMessage.ko).toMatch(/너무 커서/);
  });
});
