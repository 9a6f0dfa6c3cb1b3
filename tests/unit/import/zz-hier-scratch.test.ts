import { it } from 'vitest';
import { inferHierarchy } from '../../../shared/import/interpret/hierarchy';
function rng(seed: number) { return () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }; }
it('big', () => {
  for (const seedBase of [1, 2, 3]) {
    const r = rng(seedBase);
    const rows: number[][] = [[0, 0, 0]];
    const parents: (number | undefined)[] = [undefined];
    const build = (parent: number, depth: number, budget: number): number[] => {
      const idx = rows.length; rows.push([]); parents.push(parent);
      let sums: number[];
      if (depth >= 4 || r() < 0.4 || rows.length > budget) sums = [1, 2, 3].map(() => Math.floor(r() * 1e6) + 1);
      else { sums = [0, 0, 0]; const k = 2 + Math.floor(r() * 4); for (let i = 0; i < k; i++) { const s = build(idx, depth + 1, budget); sums = sums.map((v, c) => v + s[c]!); } }
      rows[idx] = sums; return sums;
    };
    let total = [0, 0, 0];
    while (rows.length < 300) { const s = build(0, 1, 300); total = total.map((v, c) => v + s[c]!); }
    rows[0] = total;
    let t0 = performance.now();
    const p = inferHierarchy(rows, { totalIndex: 0 });
    const ok = JSON.stringify(p) === JSON.stringify(parents);
    const t1 = performance.now() - t0;
    const m = rows.map((x) => [...x]); m[150]![1]! += 777;
    t0 = performance.now();
    const q = inferHierarchy(m, { totalIndex: 0 });
    console.log(rows.length, ok, t1.toFixed(1), JSON.stringify(q) === JSON.stringify(parents), (performance.now() - t0).toFixed(1));
    const flatRows = [[0,0,0], ...Array.from({ length: 300 }, () => [1,2,3].map(() => Math.floor(r() * 1e6) + 1))];
    flatRows[0] = [0,1,2].map((c) => flatRows.slice(1).reduce((s, x) => s + x[c]!, 0) + (c === 1 ? 5 : 0));
    t0 = performance.now();
    const f = inferHierarchy(flatRows, { totalIndex: 0 });
    console.log('flat', f.every((x, i) => i === 0 || x === 0), (performance.now() - t0).toFixed(1));
  }
});
