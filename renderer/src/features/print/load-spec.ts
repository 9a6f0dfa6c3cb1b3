import { buildPackModel } from '@shared/print/pack';
import { loadComparison, packPrintInput } from '@services';
import { choiceFromQuery } from '@features/compare/compare-query';
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
  if (target.kind === 'pack') return packSpec(buildPackModel(await packPrintInput(target.packId)));
  const loaded = await loadComparison(choiceFromQuery(target.query));
  return comparisonSpec(loaded.comparison, { ...loaded.context, date: today() });
}
