/**
 * Storage failures turned into something the UI can show: a code and a message in Korean and
 * English. Dexie wraps the browser's DOMException (error.inner), so the whole chain is searched.
 */
import type { LocalizedText } from '@shared/model/localized-text';

export type StoreErrorCode =
  | 'quota'
  | 'storage'
  | 'upgrade-failed'
  | 'closed'
  | 'blocked'
  | 'not-found'
  | 'too-large'
  | 'backup-invalid';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    readonly userMessage: LocalizedText,
    options?: { cause?: unknown },
  ) {
    super(userMessage.en, options);
  }
}

const MESSAGES: Record<Exclude<StoreErrorCode, 'backup-invalid' | 'not-found'>, LocalizedText> = {
  quota: {
    ko: '저장 공간이 부족해 작업을 취소했습니다. 데이터는 작업 전 그대로입니다. 필요 없는 문서를 지우거나 백업한 뒤 공간을 확보하세요.',
    en: 'Not enough storage space, so the operation was cancelled and your data is as it was. Delete documents you no longer need, or back up and free some space.',
  },
  storage: {
    ko: '저장소 오류로 작업을 취소했습니다. 데이터는 작업 전 그대로입니다.',
    en: 'A storage error cancelled the operation; your data is as it was.',
  },
  'upgrade-failed': {
    ko: '데이터베이스를 새 버전으로 올리지 못했습니다. 기존 데이터는 그대로이며 읽기와 백업은 할 수 있습니다. 백업 파일을 만든 뒤 앱을 다시 시작하세요.',
    en: 'The database could not be upgraded. Your existing data is untouched and can still be read and backed up. Make a backup, then restart the app.',
  },
  closed: {
    ko: '다른 창에서 데이터베이스를 새 버전으로 올렸습니다. 이 창을 새로 고침하세요.',
    en: 'Another window upgraded the database. Reload this window.',
  },
  'too-large': {
    ko: '자료가 너무 커서 한 번에 메모리에 담을 수 없어 작업을 취소했습니다. 데이터는 작업 전 그대로입니다.',
    en: 'The data is too large to hold in memory at once, so the operation was cancelled; your data is as it was.',
  },
  blocked: {
    ko: '다른 창이 이전 버전의 데이터베이스를 쓰고 있습니다. 다른 창을 닫거나 새로 고침하세요.',
    en: 'Another window is still using the old database version. Close or reload the other windows.',
  },
};

function errorChain(error: unknown): { name?: string; message?: string }[] {
  const chain: { name?: string; message?: string }[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 6; depth++) {
    chain.push(current as { name?: string; message?: string });
    const next = current as { inner?: unknown; cause?: unknown };
    current = next.inner ?? next.cause;
  }
  return chain;
}

/** true when any error in the chain is named `name` (e.g. 'QuotaExceededError') */
export function hasErrorNamed(error: unknown, name: string): boolean {
  return errorChain(error).some((entry) => entry.name === name);
}

export function storeError(
  code: Exclude<StoreErrorCode, 'backup-invalid' | 'not-found'>,
  cause?: unknown,
) {
  return new StoreError(code, MESSAGES[code], { cause });
}

/** Any thrown value → StoreError; a StoreError passes through unchanged. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (hasErrorNamed(error, 'QuotaExceededError')) return storeError('quota', error);
  if (hasErrorNamed(error, 'UpgradeError') || hasErrorNamed(error, 'VersionError'))
    return storeError('upgrade-failed', error);
  if (hasErrorNamed(error, 'DatabaseClosedError')) return storeError('closed', error);
  // "Invalid string length", "Array buffer allocation failed": a backup of millions of lines
  if (error instanceof RangeError) return storeError('too-large', error);
  const detail = errorChain(error)
    .map((entry) => entry.message)
    .find(Boolean);
  const base = MESSAGES.storage;
  return new StoreError(
    'storage',
    detail ? { ko: `${base.ko} (${detail})`, en: `${base.en} (${detail})` } : base,
    { cause: error },
  );
}

/** Runs `work`, turning whatever it throws into a StoreError. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStoreError(error);
  }
}
