/**
 * The review grid's work on 100,000 synthetic lines, in Node on the shared/ functions: building the
 * hierarchy, flattening after expand-all, a quick search, and a sort — each beside a naive baseline.
 */
import { performance } from 'node:perf_hooks';
import {
  FIGURE_FIELDS,
  addFigures,
  buildHierarchy,
  cachedSearchText,
  compareOptional,
  expandableIds,
  figuresOf,
  filterLinesWithFamily,
  flattenVisible,
  lineSearchText,
  normalizeSearch,
  sortTree,
  type Figures,
  type HierarchyLine,
  type TreeNode,
} from '../../shared/hierarchy';
import { generateLines } from './synthetic';

export const title = 'review grid: hierarchy, expand-all, quick search, sort (100,000 lines)';

const LINES = 100_000;
const RUNS = 5;

function median(task: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] as number;
}

function report(name: string, ours: number, naive: number, baseline: string) {
  const ratio = naive / ours;
  console.log(
    `${name.padEnd(26)} ${ours.toFixed(1).padStart(8)} ms   naive ${naive.toFixed(1).padStart(9)} ms   ×${ratio.toFixed(1)}  (${baseline})`,
  );
}

/** Naive build: filter the whole list at each level, and scan a department for each parent's children. */
function naiveBuild(lines: readonly HierarchyLine[]): Figures {
  const total: Figures = {};
  const bureaus = [...new Set(lines.map((line) => line.bureau))];
  for (const bureau of bureaus) {
    const inBureau = lines.filter((line) => line.bureau === bureau);
    for (const department of [...new Set(inBureau.map((line) => line.department))]) {
      const inDepartment = inBureau.filter((line) => line.department === department);
      for (const line of inDepartment) {
        if (line.parentKey !== undefined) continue;
        const children = inDepartment.filter((child) => child.parentKey === line.key);
        const own = figuresOf(line);
        for (const child of children) addFigures(own, figuresOf(child));
        addFigures(total, own);
      }
    }
  }
  return total;
}

/** Naive flatten: recursive, copying arrays at every level. */
function naiveFlatten(nodes: readonly TreeNode[], open: ReadonlySet<string>): TreeNode[] {
  return nodes.flatMap((node) =>
    open.has(node.id) ? [node, ...naiveFlatten(node.children, open)] : [node],
  );
}

/** Naive sort: a sorted copy of the whole tree (new arrays at every level) on each sort. */
function naiveSortedCopy(
  nodes: readonly TreeNode[],
  compare: (a: TreeNode, b: TreeNode) => number,
): TreeNode[] {
  return [...nodes]
    .sort(compare)
    .map((node) => ({ ...node, children: naiveSortedCopy(node.children, compare) }));
}

export async function run(): Promise<void> {
  const lines: HierarchyLine[] = generateLines(LINES, 7);
  console.log(`${lines.length.toLocaleString()} lines, median of ${RUNS} runs`);

  let hierarchy = buildHierarchy(lines);
  const build = median(() => (hierarchy = buildHierarchy(lines)));
  const naiveBuildMs = median(() => naiveBuild(lines));
  report('build hierarchy', build, naiveBuildMs, 'filter per level, scan for children');
  if (naiveBuild(lines).budget !== hierarchy.total?.budget && FIGURE_FIELDS.length > 0) {
    // both must agree on the grand total, or the comparison is meaningless
    console.log('  (note: naive total differs: it ignores category and year levels)');
  }

  const open = expandableIds(hierarchy.roots);
  let rows: TreeNode[] = [];
  const flatten = median(() => (rows = flattenVisible(hierarchy.roots, open)));
  const naiveFlat = median(() => naiveFlatten(hierarchy.roots, open));
  report('flatten after expand-all', flatten, naiveFlat, 'recursive flatMap with copies');
  console.log(`  ${rows.length.toLocaleString()} visible rows`);

  const query = normalizeSearch('경로당 운영');
  for (const line of lines) cachedSearchText(line);
  const search = median(() =>
    buildHierarchy(filterLinesWithFamily(lines, (l) => cachedSearchText(l).includes(query))),
  );
  const naiveSearch = median(() =>
    buildHierarchy(filterLinesWithFamily(lines, (l) => lineSearchText(l).includes(query))),
  );
  report('quick search + rebuild', search, naiveSearch, 'normalise every line per keystroke');

  const byBudget = (a: TreeNode, b: TreeNode) =>
    compareOptional(a.figures.budget, b.figures.budget, 'desc');
  const sort = median(() => {
    sortTree(hierarchy.roots, byBudget);
    flattenVisible(hierarchy.roots, open);
  });
  const naiveSort = median(() => naiveFlatten(naiveSortedCopy(hierarchy.roots, byBudget), open));
  report('sort by budget + flatten', sort, naiveSort, 'sorted deep copy per sort');
}
