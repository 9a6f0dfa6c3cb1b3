import { useCallback, useEffect, useState } from 'react';

export interface StorageInfo {
  supported: boolean;
  usage?: number;
  quota?: number;
  persisted?: boolean;
  /** the answer to the last persist() request, if one was made */
  requested?: boolean;
}

async function readStorageInfo(): Promise<StorageInfo> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.estimate) return { supported: false };
  const [estimate, persisted] = await Promise.all([
    storage.estimate(),
    storage.persisted ? storage.persisted() : Promise.resolve(undefined),
  ]);
  return { supported: true, usage: estimate.usage, quota: estimate.quota, persisted };
}

/** navigator.storage: how much space the app uses, and whether the browser may evict it */
export function useStorageInfo() {
  const [info, setInfo] = useState<StorageInfo>({ supported: true });
  const load = useCallback(
    () => readStorageInfo().then((next) => setInfo((current) => ({ ...current, ...next }))),
    [],
  );

  useEffect(() => {
    let live = true;
    void readStorageInfo().then((next) => {
      if (live) setInfo((current) => ({ ...current, ...next }));
    });
    return () => {
      live = false;
    };
  }, []);

  const requestPersistence = async () => {
    const storage = navigator.storage as StorageManager | undefined;
    if (!storage?.persist) return;
    const granted = await storage.persist();
    setInfo((current) => ({ ...current, persisted: granted, requested: granted }));
    await load();
  };

  return { info, refresh: load, requestPersistence };
}

/** 1234567 → "1.2 MB" */
export function bytesLabel(bytes: number | undefined): string {
  if (bytes === undefined) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}
