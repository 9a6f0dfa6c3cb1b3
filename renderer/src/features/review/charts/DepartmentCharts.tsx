import { useMemo } from 'react';
import type { HierarchyLine } from '@shared/hierarchy';
import type { MoneyUnit } from '@shared/money';
import { useT } from '@i18n/language';
import { ChartCanvas } from '@components/charts/ChartCanvas';
import { budgetVsSpentConfig, executionRankingConfig, yearOnYearConfig } from './chart-configs';
import {
  chartYear,
  departmentFigures,
  departmentsByYear,
  linesInBothYears,
  spansDocuments,
} from './department-series';

const MAX_BARS = 25;

interface Props {
  /** lines under the current filter */
  lines: readonly HierarchyLine[];
  /** lines of every year (same document filter), for the year-on-year chart */
  allYears: readonly HierarchyLine[];
  unit: MoneyUnit;
  threshold?: number;
  onDepartment(department: string): void;
}

function yearOnYear(lines: readonly HierarchyLine[]) {
  const years = [...new Set(lines.map((line) => line.fiscalYear))].sort();
  if (years.length < 2) return undefined;
  const last = years[years.length - 1] as number;
  const before = years[years.length - 2] as number;
  const { perYear } = departmentsByYear(linesInBothYears(lines, before, last));
  const now = perYear.get(last) ?? new Map<string, number>();
  const then = perYear.get(before) ?? new Map<string, number>();
  const rows = [...now]
    .filter(([name]) => then.has(name))
    .map(([name, value]) => ({ name, change: value - (then.get(name) ?? 0) }))
    .sort((a, b) => b.change - a.change)
    .slice(0, MAX_BARS);
  return { years: { before, last }, rows };
}

/** Budget vs spent, execution-rate ranking and year-on-year change, by department. */
export function DepartmentCharts({ lines, allYears, unit, threshold, onDepartment }: Props) {
  const t = useT();
  const year = useMemo(() => chartYear(lines), [lines]);
  const departments = useMemo(
    () =>
      departmentFigures(lines.filter((line) => line.fiscalYear === year))
        .sort((a, b) => b.budget - a.budget)
        .slice(0, MAX_BARS),
    [lines, year],
  );
  const ranking = useMemo(
    () =>
      departments
        .filter((d) => d.spent !== undefined && (d.budgetWithSpent ?? 0) > 0)
        .map((d) => ({
          department: d.department,
          rate: ((d.spent ?? 0) / (d.budgetWithSpent ?? 1)) * 100,
        }))
        .sort((a, b) => a.rate - b.rate),
    [departments],
  );
  const yoy = useMemo(() => yearOnYear(allYears), [allYears]);
  const budgetChart = useMemo(
    () => budgetVsSpentConfig(departments, unit, t),
    [departments, unit, t],
  );
  const rateChart = useMemo(
    () => executionRankingConfig(ranking, threshold, t),
    [ranking, threshold, t],
  );
  const yoyChart = useMemo(
    () => yoy && yearOnYearConfig(yoy.rows, yoy.years, unit, t),
    [yoy, unit, t],
  );
  const pick = (labels: readonly string[]) => (index: number) => {
    const name = labels[index];
    if (name) onDepartment(name);
  };
  // documents are never added into one department's figure: the charts show one document
  if (spansDocuments(lines)) return <p className="hint">{t('charts.chooseOneDocument')}</p>;
  if (departments.length === 0) return null;
  return (
    <section className="charts" aria-label={t('charts.chartsDepartment')}>
      <p className="hint">{t('charts.clickBarFilterGrid')}</p>
      <figure>
        <figcaption>{t('charts.budgetVsSpentTitle', { year: year ?? '—' })}</figcaption>
        <ChartCanvas
          config={budgetChart}
          label={t('charts.budgetVsSpentChart')}
          onBarClick={pick(departments.map((d) => d.department))}
        />
      </figure>
      {ranking.length > 0 && (
        <figure>
          <figcaption>{t('charts.executionRankingTitle', { year: year ?? '—' })}</figcaption>
          <ChartCanvas
            config={rateChart}
            label={t('charts.executionRateChart')}
            onBarClick={pick(ranking.map((r) => r.department))}
          />
        </figure>
      )}
      {yoy && yoy.rows.length === 0 && (
        <p className="hint">{t('charts.noProjectsInBothYears', yoy.years)}</p>
      )}
      {yoy && yoy.rows.length > 0 && yoyChart && (
        <figure>
          <figcaption>
            {t('charts.yearOnYearTitle', { before: yoy.years.before, last: yoy.years.last })}
          </figcaption>
          <ChartCanvas
            config={yoyChart}
            label={t('charts.yearOnYearChart')}
            onBarClick={pick(yoy.rows.map((r) => r.name))}
          />
        </figure>
      )}
    </section>
  );
}
