/** Briefing packs and settings: small rows, plain CRUD. */
import type { BriefingPack } from '../api';
import type { CbrDatabase } from '../database';
import { guarded } from '../errors';
import type { PackRecord } from '../records';

export function packsRepository(db: CbrDatabase) {
  async function savePack(
    pack: Omit<BriefingPack, 'id' | 'createdAt' | 'updatedAt'> & { id?: number },
  ): Promise<BriefingPack> {
    return guarded(() =>
      db.transaction('rw', db.packs, async () => {
        const now = new Date().toISOString();
        const existing = pack.id === undefined ? undefined : await db.packs.get(pack.id);
        const record: PackRecord = {
          ...pack,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        };
        const id = await db.packs.put(record);
        return { ...record, id };
      }),
    );
  }

  async function listPacks(): Promise<BriefingPack[]> {
    return guarded(async () => (await db.packs.toArray()) as BriefingPack[]);
  }

  async function deletePack(id: number): Promise<void> {
    return guarded(() => db.packs.delete(id));
  }

  async function getSetting<T>(key: string): Promise<T | undefined> {
    return guarded(async () => (await db.settings.get(key))?.value as T | undefined);
  }

  async function setSetting(key: string, value: unknown): Promise<void> {
    return guarded(async () => {
      await db.settings.put({ key, value });
    });
  }

  return { savePack, listPacks, deletePack, getSetting, setSetting };
}
