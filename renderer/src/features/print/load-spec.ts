import { buildPackModel } from '@shared/print/pack';
import { getStore } from '@db/connection';
import { loadComparisonFromQuery } from '@features/compare/load-comparison';
import { loadPackInput } from '@features/packs/pack-input';
import { comparisonSpec } from './compare-blocks';
import { packSpec } from './pack-blocks';
import { waitForPayload } from './payload';
import type { PrintSpec } from './print-spec';
import type { PrintTarget } from './print-target';

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}. ${now.getMonth() + 1}. ${now.getDate()}.`;
};

/** Loads what the target names and lays it out as printable blocks; throws a readable Error. */
export async function loadPrintSpec(target: PrintTarget): Promise<PrintSpec> {
  if (target.kind === 'payload') {
    const payload = await waitForPayload();
    if (payload.kind === 'pack') return packSpec(buildPackModel(payload.input));
    if (payload.kind === 'pack-model') return packSpec(payload.model);
    return comparisonSpec(payload.comparison, { ...payload, date: today() });
  }
  const store = await getStore();
  if (target.kind === 'pack') {
    const pack = (await store.listPacks()).find((candidate) => candidate.id === target.packId);
    if (!pack)
      throw new Error(`브리핑 자료 ${target.packId}번을 찾을 수 없습니다. 삭제되었을 수 있습니다.`);
    return packSpec(buildPackModel(await loadPackInput(store, pack)));
  }
  const loaded = await loadComparisonFromQuery(store, target.query);
  return comparisonSpec(loaded.comparison, { ...loaded.context, date: today() });
}
