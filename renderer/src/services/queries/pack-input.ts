import type { PackInput } from '@shared/print/pack-types';
import type { Store } from '@db/api';
import type { BriefingPack } from '@data/stored';

/** Everything a saved pack prints, read from the store (documents in the pack's order). */
export async function loadPackInput(store: Store, pack: BriefingPack): Promise<PackInput> {
  const filter = { documentIds: pack.documentIds };
  const [documents, lines, personnel, findings] = await Promise.all([
    store.listDocuments(),
    store.linesFor(filter),
    store.personnelFor(filter),
    store.findingsFor(filter),
  ]);
  const order = new Map(pack.documentIds.map((id, index) => [id, index]));
  const byOrder = <T extends { documentId: number }>(rows: T[]) =>
    rows.sort((a, b) => (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0));
  // the notes written on the pack's documents, not on other documents sharing a line key
  const notes = pack.includeNotes ? await store.notesFor({ documentIds: pack.documentIds }) : [];
  return {
    pack,
    documents: documents
      .filter((doc) => order.has(doc.id))
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
      .map((doc) => ({ id: doc.id, meta: doc.meta, fileName: doc.fileName })),
    lines: byOrder(lines),
    personnel: byOrder(personnel),
    findings: byOrder(findings),
    notes,
  };
}
