import { normalizeName } from '../model/line-key';
import type { BudgetLine } from '../model/report';
import { resolveParents } from './parents';
import { tableTotalRows } from './total-row';
import { compareScopes, scopeKey, scopeOf, type FigureScope } from './scope';
import {
  PAIRED,
  addMeaning,
  emptyMeaning,
  meaningOfLine,
  withMeaningFallback,
  type MeaningFigures,
} from './sum';

type ScopedLine = BudgetLine & { documentId?: number };

/** A department (or the lines of a bureau that name no department) within one scope. */
export interface GroupFigures {
  bureau?: string;
  department?: string;
  /** the group's own total line (a line named like it, e.g. in 세출 총괄) states its figures */
  statedTotal: boolean;
  figures: MeaningFigures;
  /** the lines at the group's top level (its total lines included) */
  lines: number;
}

export interface ScopeFigures {
  scope: FigureScope;
  /** what the document states for the scope as a whole, by meaning */
  figures: MeaningFigures;
  groups: GroupFigures[];
}

/**
 * Several lines stating one group's total (the 세출 총괄 row and an execution-table row): each
 * meaning from the first that states it; rates pair the figures so chosen.
 */
export function firstStated(stated: readonly MeaningFigures[]): MeaningFigures {
  const result = emptyMeaning();
  for (const own of stated) {
    if (result.yearBudget === undefined && own.yearBudget !== undefined) {
      result.yearBudget = own.yearBudget;
      result.yearBudgetBases = own.yearBudgetBases;
    }
    if (result.lastYear === undefined && own.lastYear !== undefined) {
      result.lastYear = own.lastYear;
      result.lastYearBases = own.lastYearBases;
    }
    result.spent ??= own.spent;
    result.obligated ??= own.obligated;
    result.projectedSpend ??= own.projectedSpend;
  }
  if (result.yearBudget !== undefined)
    for (const part of PAIRED) {
      if (result[part] === undefined) continue;
      result.withBudget[part] = result[part];
      result.budgetWith[part] = result.yearBudget;
    }
  return result;
}

const sumOf = (figures: readonly MeaningFigures[]) =>
  figures.reduce((total, each) => addMeaning(total, each), emptyMeaning());

/**
 * The domain's definition of what a set of lines states, per document, fiscal year and category:
 * a line with parts stands for them (a figure it does not state is its parts' sum); a department's
 * or bureau's own total line stands for the lines under it; everything else adds up. Figures are
 * by meaning (see yearBudgetOf), so a plan's 소요예산 and a report's 예산현액 both count as the
 * year's budget and the sum records which fields it took. Different scopes are never added.
 */
export function figuresByScope(lines: readonly ScopedLine[]): ScopeFigures[] {
  const parentOf = resolveParents(lines);
  const children: number[][] = lines.map(() => []);
  parentOf.forEach((parent, index) => {
    if (parent !== undefined) children[parent]!.push(index);
  });
  const unit = unitFigures(lines, parentOf, children);
  type Bureau = { departments: Map<string, number[]>; loose: number[] };
  const scopes = new Map<string, { scope: FigureScope; bureaus: Map<string, Bureau> }>();
  lines.forEach((line, index) => {
    if (parentOf[index] !== undefined) return;
    const scope = scopeOf(line);
    const key = scopeKey(scope);
    let entry = scopes.get(key);
    if (!entry) scopes.set(key, (entry = { scope, bureaus: new Map() }));
    const bureauName = line.bureau || '';
    let bureau = entry.bureaus.get(bureauName);
    if (!bureau) entry.bureaus.set(bureauName, (bureau = { departments: new Map(), loose: [] }));
    if (line.department) {
      const members = bureau.departments.get(line.department) ?? [];
      members.push(index);
      bureau.departments.set(line.department, members);
    } else bureau.loose.push(index);
  });

  const group = (name: string, members: readonly number[], extra: readonly MeaningFigures[]) => {
    const id = normalizeName(name);
    const named = members.filter((index) => normalizeName(lines[index]!.project) === id);
    // without a line named like the group, its one 계 row is its total (as the review tree reads it)
    const totals =
      named.length > 0 ? named : tableTotalRows(members, (index) => lines[index]!.project);
    const parts = [
      ...members.filter((index) => !totals.includes(index)).map((index) => unit[index]!),
      ...totals.flatMap((index) => children[index]!.map((child) => unit[child]!)),
      ...extra,
    ];
    if (totals.length === 0) return { figures: sumOf(parts), statedTotal: false };
    const own = firstStated(totals.map((index) => meaningOfLine(lines[index]!)));
    const figures = withMeaningFallback(own, parts.length > 0 ? sumOf(parts) : undefined);
    return { figures, statedTotal: true, totals };
  };

  const result: ScopeFigures[] = [];
  for (const { scope, bureaus } of scopes.values()) {
    const figures = emptyMeaning();
    const groups: GroupFigures[] = [];
    for (const [bureauName, bureau] of bureaus) {
      const departments = [...bureau.departments].map(([department, members]) => {
        const { figures: own, statedTotal } = group(department, members, []);
        const entry: GroupFigures = {
          department,
          statedTotal,
          figures: own,
          lines: members.length,
        };
        if (bureauName) entry.bureau = bureauName;
        groups.push(entry);
        return own;
      });
      if (!bureauName) {
        addMeaning(figures, sumOf(departments));
        addMeaning(figures, sumOf(bureau.loose.map((index) => unit[index]!)));
        if (bureau.loose.length > 0) groups.push(looseGroup(undefined, bureau.loose, unit));
        continue;
      }
      const outcome = group(bureauName, bureau.loose, departments);
      addMeaning(figures, outcome.figures);
      const loose = bureau.loose.filter((index) => !outcome.totals?.includes(index));
      if (loose.length > 0) groups.push(looseGroup(bureauName, loose, unit));
    }
    result.push({ scope, figures, groups });
  }
  return result.sort((a, b) => compareScopes(a.scope, b.scope));
}

function looseGroup(
  bureau: string | undefined,
  members: readonly number[],
  unit: readonly MeaningFigures[],
): GroupFigures {
  const entry: GroupFigures = {
    statedTotal: false,
    figures: sumOf(members.map((index) => unit[index]!)),
    lines: members.length,
  };
  if (bureau) entry.bureau = bureau;
  return entry;
}

/** Each line's figures with its parts' sums filled in, parts before parents (no recursion). */
function unitFigures(
  lines: readonly ScopedLine[],
  parentOf: readonly (number | undefined)[],
  children: readonly number[][],
): MeaningFigures[] {
  const order: number[] = [];
  parentOf.forEach((parent, index) => {
    if (parent === undefined) order.push(index);
  });
  for (let i = 0; i < order.length; i++) order.push(...children[order[i]!]!);
  const unit: MeaningFigures[] = new Array<MeaningFigures>(lines.length);
  for (let i = order.length - 1; i >= 0; i--) {
    const index = order[i]!;
    const kids = children[index]!;
    const own = meaningOfLine(lines[index]!);
    unit[index] =
      kids.length === 0 ? own : withMeaningFallback(own, sumOf(kids.map((kid) => unit[kid]!)));
  }
  return unit;
}
