import { useEffect, useState } from 'react';
import { loadDocumentList, loadPacks, packDepartments } from '@services';
import { useDocumentList } from '@state/documents';
import { usePacks } from '@state/packs';
import { asIs } from '@i18n/text';

/** Saved packs and the stored documents (packs null until both have loaded), loaded on visit. */
export function usePacksPage() {
  const { packs, error } = usePacks();
  const { documents, loaded, error: documentsError } = useDocumentList();
  useEffect(() => {
    void loadPacks();
    void loadDocumentList();
  }, []);
  return {
    packs: loaded ? packs : null,
    documents,
    error: error ? asIs(error) : documentsError,
  };
}

/** Department names found in the chosen documents (lines and personnel), in document order. */
export function useDepartments(documentIds: readonly number[]): string[] {
  const [departments, setDepartments] = useState<string[]>([]);
  const key = documentIds.join(',');
  useEffect(() => {
    let live = true;
    const ids = key ? key.split(',').map(Number) : [];
    void packDepartments(ids).then((names) => live && setDepartments(names));
    return () => {
      live = false;
    };
  }, [key]);
  return departments;
}
