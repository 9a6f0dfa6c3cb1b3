/** Reading briefing packs: the saved list, the departments to choose from, what a pack prints. */
import type { PackInput } from '@shared/print/pack-types';
import { usePacks } from '@state/packs';
import { getStore } from '../store';
import { loadPackInput } from './pack-input';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** (re)loads the saved packs into state/packs, the most recently changed first */
export async function loadPacks(): Promise<void> {
  try {
    const packs = await (await getStore()).listPacks();
    usePacks.setState({
      packs: packs.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
      error: undefined,
    });
  } catch (error) {
    usePacks.setState({ packs: [], error: messageOf(error) });
  }
}

const TOTAL_ROW = /^(계|합계|소계|총계)$/;

/** department names found in the chosen documents (lines and personnel), in document order */
export async function packDepartments(documentIds: readonly number[]): Promise<string[]> {
  if (documentIds.length === 0) return [];
  const store = await getStore();
  const filter = { documentIds: [...documentIds] };
  const [lines, personnel] = await Promise.all([
    store.linesFor(filter),
    store.personnelFor(filter),
  ]);
  const names = new Set<string>();
  for (const line of lines)
    if (line.department && (line.category ?? 'expenditure') === 'expenditure')
      names.add(line.department);
  for (const row of personnel)
    if (row.department && !TOTAL_ROW.test(row.department.replace(/\s/g, '')))
      names.add(row.department);
  return [...names];
}

/** everything saved pack `packId` prints; throws a readable Error when it is gone */
export async function packPrintInput(packId: number): Promise<PackInput> {
  const store = await getStore();
  const pack = (await store.listPacks()).find((candidate) => candidate.id === packId);
  if (!pack) throw new Error(`브리핑 자료 ${packId}번을 찾을 수 없습니다. 삭제되었을 수 있습니다.`);
  return loadPackInput(store, pack);
}
