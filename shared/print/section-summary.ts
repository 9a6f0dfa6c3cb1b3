import type { Comparison } from '../compare/types';
import { basesLabel } from '../figures/labels';
import { basesOf } from '../figures/meaning';
import { figuresByScope } from '../figures/totals';
import type { LocalizedText } from '../model/localized-text';
import { normalizeName } from '../model/line-key';
import { noteKindLabel, noteStatusLabel } from '../model/note-status';
import type { BudgetLine } from '../model/report';
import { formatPercent, formatWonWithUnit } from '../money/format';
import type { PackSection, SectionNote, StatedTotal } from './pack-types';

type PackLine = BudgetLine & { documentId?: number };

/**
 * The department's own total for the comparison's latest year, from the document its projects
 * came from: the figure its 세출 총괄 (or a line named after it) states, by meaning.
 */
export function statedDepartmentTotal(
  lines: readonly PackLine[],
  department: string,
  budget: Comparison,
): StatedTotal | undefined {
  const year = budget.years?.after;
  if (year === undefined) return undefined;
  const documentId = budget.documentIds?.after;
  const scoped = lines.filter((l) => l.fiscalYear === year && l.documentId === documentId);
  const id = normalizeName(department);
  for (const scope of figuresByScope(scoped)) {
    if (scope.scope.category !== 'expenditure') continue;
    const group = scope.groups.find(
      (g) => g.statedTotal && g.department && normalizeName(g.department) === id,
    );
    const value = group?.figures.yearBudget;
    if (group && value !== undefined) {
      const total: StatedTotal = {
        fiscalYear: year,
        value,
        bases: basesOf(group.figures.yearBudgetBases),
      };
      if (documentId !== undefined) total.documentId = documentId;
      return total;
    }
  }
  return undefined;
}

const money = (won: number) => formatWonWithUnit(won, '천원');
const signed = (won: number) => (won > 0 ? `+${money(won)}` : money(won));

/**
 * The sentence under a department's heading in the pack: only figures its documents state — the
 * department's stated total, or the sum of the projects listed (saying so), for one year; a change
 * against the year before only where both years give a figure, naming both figures' kinds.
 */
export function sectionSummaryText(section: PackSection): LocalizedText {
  const { budget } = section;
  const { totals, years } = budget;
  const after = years?.after;
  const before = years?.before;
  const ko: string[] = [];
  const en: string[] = [];
  const afterBases = budget.bases?.after ?? [];
  const beforeBases = budget.bases?.before ?? [];
  const withFigure = budget.rows.filter((row) => row.values.after !== null).length;
  // a project known by its whole cost only is counted apart: that figure is no year's budget
  const wholeCostOnly = budget.rows.filter(
    (row) => row.values.after === null && (row.values.totalCost ?? null) !== null,
  ).length;
  if (section.statedTotal) {
    const what = basesLabel(section.statedTotal.bases);
    ko.push(
      `${section.statedTotal.fiscalYear}년 ${what.ko} ${money(section.statedTotal.value)}(부서 총괄)`,
    );
    en.push(
      `FY${section.statedTotal.fiscalYear} ${what.en} ${money(section.statedTotal.value)} (department total)`,
    );
  }
  if (totals.after !== null && totals.after !== undefined && after !== undefined) {
    const what = basesLabel(afterBases);
    ko.push(`${after}년 ${what.ko} 사업 ${withFigure}개 합계 ${money(totals.after)}`);
    en.push(`FY${after} ${what.en} of ${withFigure} projects ${money(totals.after)}`);
  } else if (!section.statedTotal) {
    ko.push(wholeCostOnly > 0 ? '연도 예산 자료 없음' : '예산 자료 없음');
    en.push(wholeCostOnly > 0 ? 'no yearly budget figures' : 'no budget figures');
  }
  if (wholeCostOnly > 0) {
    ko.push(`총사업비만 밝힌 사업 ${wholeCostOnly}개`);
    en.push(`${wholeCostOnly} projects with a total cost only`);
  }
  const difference = totals.difference;
  if (difference !== null && difference !== undefined && before !== undefined) {
    const rate =
      totals.rate === null || totals.rate === undefined ? '' : `(${formatPercent(totals.rate)})`;
    const changed = budget.rows.filter((row) => row.values.difference !== null).length;
    const scope = budget.changeCoverage === 'all' ? '' : `두 해 모두 있는 사업 ${changed}개 기준 `;
    const scopeEn =
      budget.changeCoverage === 'all' ? '' : ` over the ${changed} projects in both years`;
    const differ = basesLabel(beforeBases).ko !== basesLabel(afterBases).ko;
    const named = differ
      ? {
          ko: ` (${before}년 ${basesLabel(beforeBases).ko} → ${after}년 ${basesLabel(afterBases).ko})`,
          en: ` (FY${before} ${basesLabel(beforeBases).en} → FY${after} ${basesLabel(afterBases).en})`,
        }
      : { ko: '', en: '' };
    ko.push(`${scope}${before}년 대비 ${signed(difference)}${rate}${named.ko}`);
    en.push(`${signed(difference)}${rate} on FY${before}${scopeEn}${named.en}`);
  }
  const execution = totals.executionRate;
  if (execution !== null && execution !== undefined) {
    ko.push(`집행률 ${formatPercent(execution)}`);
    en.push(`execution ${formatPercent(execution)}`);
  }
  ko.push(
    `사업 ${budget.rows.length}개`,
    `지적 사항 ${section.flagged.length}건`,
    `메모 ${section.notes.length}건`,
  );
  en.push(
    `${budget.rows.length} projects`,
    `${section.flagged.length} findings`,
    `${section.notes.length} notes`,
  );
  return { ko: `${ko.join(', ')}.`, en: `${en.join(', ')}.` };
}

/** A note's row in the pack's notes table: project, kind, text, status — the app's words. */
export function noteCells(note: SectionNote): string[] {
  return [note.project, noteKindLabel(note.kind).ko, note.text, noteStatusLabel(note.status).ko];
}
