import { useCallback, useEffect, useState } from 'react';
import type { BriefingPack, StoredDocument } from '@db/api';
import { getStore } from '@db/connection';

export type PackDraft = Omit<BriefingPack, 'id' | 'createdAt' | 'updatedAt'> & { id?: number };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface Loaded {
  packs: BriefingPack[] | null;
  documents: StoredDocument[];
  error?: string;
}

async function readAll(): Promise<Loaded> {
  try {
    const store = await getStore();
    const [packs, documents] = await Promise.all([store.listPacks(), store.listDocuments()]);
    return { packs: packs.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), documents };
  } catch (failure) {
    return { packs: [], documents: [], error: messageOf(failure) };
  }
}

/** Saved packs and documents from the store, with save and delete that refresh the list. */
export function usePacks() {
  const [loaded, setLoaded] = useState<Loaded>({ packs: null, documents: [] });
  const refresh = useCallback(() => readAll().then(setLoaded), []);
  useEffect(() => {
    let live = true;
    void readAll().then((next) => live && setLoaded(next));
    return () => {
      live = false;
    };
  }, []);

  const save = useCallback(
    async (draft: PackDraft) => {
      const saved = await (await getStore()).savePack(draft);
      await refresh();
      return saved;
    },
    [refresh],
  );
  const remove = useCallback(
    async (id: number) => {
      await (await getStore()).deletePack(id);
      await refresh();
    },
    [refresh],
  );
  return { ...loaded, save, remove };
}

/** Department names found in the chosen documents (lines and personnel), in document order. */
export function useDepartments(documentIds: readonly number[]): string[] {
  const [departments, setDepartments] = useState<string[]>([]);
  const key = documentIds.join(',');
  useEffect(() => {
    let live = true;
    const ids = key ? key.split(',').map(Number) : [];
    if (ids.length === 0) {
      queueMicrotask(() => live && setDepartments([]));
      return;
    }
    void getStore().then(async (store) => {
      const [lines, personnel] = await Promise.all([
        store.linesFor({ documentIds: ids }),
        store.personnelFor({ documentIds: ids }),
      ]);
      const names = new Set<string>();
      for (const line of lines)
        if (line.department && (line.category ?? 'expenditure') === 'expenditure')
          names.add(line.department);
      for (const row of personnel)
        if (row.department && !/^(계|합계|소계|총계)$/.test(row.department.replace(/\s/g, '')))
          names.add(row.department);
      if (live) setDepartments([...names]);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return departments;
}
