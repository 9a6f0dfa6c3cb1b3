/**
 * 브리핑 자료 › 저장 (and 저장하고 인쇄, which then opens the print view) and 삭제. Each reloads the
 * pack list and schedules the automatic backup.
 */
import type { BriefingPack } from '@data/stored';
import { packsChanged } from '../after-change';
import { getStore } from '../store';

/** a pack as the editor holds it: new (no id) or saved before */
export type PackDraft = Omit<BriefingPack, 'id' | 'createdAt' | 'updatedAt'> & { id?: number };

export async function savePack(draft: PackDraft): Promise<BriefingPack> {
  const saved = await (await getStore()).savePack(draft);
  await packsChanged();
  return saved;
}

export async function deletePack(id: number): Promise<void> {
  await (await getStore()).deletePack(id);
  await packsChanged();
}
