import { useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { HierarchyLine } from '../../../../shared/hierarchy';
import { convertWon, formatPercent, type MoneyUnit } from '../../../../shared/money';
import { useT } from '../../i18n/language';
import { ChartCanvas } from './ChartCanvas';
import { departmentFigures, departmentsByYear } from './department-series';

const COLOURS = {
  budget: '#9fb7d9',
  spent: '#1f4e8c',
  projected: '#e0a040',
  low: '#b3261e',
  ok: '#2e7d4f',
};
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

const amount = (value: unknown) =>
  Number(value).toLocaleString('ko-KR', { maximumFractionDigits: 1 });

/** Budget vs spent, execution-rate ranking and year-on-year change, by department. */
export function DepartmentCharts({ lines, allYears, unit, threshold, onDepartment }: Props) {
  const t = useT();
  const departments = useMemo(
    () =>
      departmentFigures(lines)
        .sort((a, b) => b.budget - a.budget)
        .slice(0, MAX_BARS),
    [lines],
  );
  const inUnit = (won: number | undefined) => (won === undefined ? null : convertWon(won, unit));

  const budgetChart = useMemo(
    (): ChartConfiguration<'bar'> => ({
      type: 'bar',
      data: {
        labels: departments.map((d) => d.department),
        datasets: [
          {
            label: `${t({ ko: '예산', en: 'Budget' })} (${unit})`,
            data: departments.map((d) => inUnit(d.budget)),
            backgroundColor: COLOURS.budget,
          },
          {
            label: `${t({ ko: '지출', en: 'Spent' })} (${unit})`,
            data: departments.map((d) => inUnit(d.spent)),
            backgroundColor: COLOURS.spent,
          },
          {
            label: `${t({ ko: '예상집행', en: 'Projected' })} (${unit})`,
            data: departments.map((d) => inUnit(d.projectedSpend)),
            backgroundColor: COLOURS.projected,
          },
        ],
      },
      options: {
        plugins: {
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${amount(c.raw)}` } },
        },
      },
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }),
    [departments, unit, t({ ko: 'ko', en: 'en' })],
  );

  const ranking = useMemo(
    () =>
      departments
        .filter((d) => d.spent !== undefined && d.budget > 0)
        .map((d) => ({ department: d.department, rate: ((d.spent ?? 0) / d.budget) * 100 }))
        .sort((a, b) => a.rate - b.rate),
    [departments],
  );
  const rateChart = useMemo(
    (): ChartConfiguration<'bar' | 'line'> => ({
      type: 'bar',
      data: {
        labels: ranking.map((r) => r.department),
        datasets: [
          {
            type: 'bar',
            label: t({ ko: '집행률 (%)', en: 'Execution rate (%)' }),
            data: ranking.map((r) => Math.round(r.rate * 10) / 10),
            backgroundColor: ranking.map((r) =>
              threshold !== undefined && r.rate < threshold ? COLOURS.low : COLOURS.ok,
            ),
          },
          ...(threshold === undefined
            ? []
            : [
                {
                  type: 'line' as const,
                  label: t({ ko: `기준 ${threshold}%`, en: `Threshold ${threshold}%` }),
                  data: ranking.map(() => threshold),
                  borderColor: COLOURS.low,
                  borderDash: [6, 4],
                  pointRadius: 0,
                  borderWidth: 2,
                },
              ]),
        ],
      },
      options: {
        indexAxis: 'x',
        plugins: {
          tooltip: {
            callbacks: {
              label: (c) => `${c.dataset.label}: ${formatPercent(Number(c.raw), 1, 'minus')}`,
            },
          },
        },
      },
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }),
    [ranking, threshold, t({ ko: 'ko', en: 'en' })],
  );

  const yoy = useMemo(() => {
    const { years, perYear } = departmentsByYear(allYears);
    if (years.length < 2) return undefined;
    const last = years[years.length - 1] as number;
    const before = years[years.length - 2] as number;
    const now = perYear.get(last) ?? new Map<string, number>();
    const then = perYear.get(before) ?? new Map<string, number>();
    const rows = [...now]
      .filter(([name]) => then.has(name))
      .map(([name, value]) => ({ name, change: value - (then.get(name) ?? 0) }));
    return { last, before, rows: rows.sort((a, b) => b.change - a.change).slice(0, MAX_BARS) };
  }, [allYears]);
  const yoyChart = useMemo(
    (): ChartConfiguration<'bar'> | undefined =>
      yoy && {
        type: 'bar',
        data: {
          labels: yoy.rows.map((r) => r.name),
          datasets: [
            {
              label: `${t({ ko: '증감액', en: 'Change' })} ${yoy.before}→${yoy.last} (${unit})`,
              data: yoy.rows.map((r) => inUnit(r.change)),
              backgroundColor: yoy.rows.map((r) => (r.change < 0 ? COLOURS.low : COLOURS.spent)),
            },
          ],
        },
        // eslint-disable-next-line react-hooks/exhaustive-deps
      },
    [yoy, unit, t({ ko: 'ko', en: 'en' })],
  );

  const pick = (labels: readonly string[]) => (index: number) => {
    const name = labels[index];
    if (name) onDepartment(name);
  };
  if (departments.length === 0) return null;
  return (
    <section className="charts" aria-label={t({ ko: '부서별 차트', en: 'Charts by department' })}>
      <p className="hint">
        {t({
          ko: '막대를 누르면 그 부서로 표를 거릅니다.',
          en: 'Click a bar to filter the grid to that department.',
        })}
      </p>
      <figure>
        <figcaption>
          {t({
            ko: '부서별 예산 대비 지출·예상집행',
            en: 'Budget vs spent and projected, by department',
          })}
        </figcaption>
        <ChartCanvas
          config={budgetChart}
          label={t({ ko: '부서별 예산 대비 지출 차트', en: 'Budget vs spent chart' })}
          onBarClick={pick(departments.map((d) => d.department))}
        />
      </figure>
      {ranking.length > 0 && (
        <figure>
          <figcaption>{t({ ko: '부서별 집행률 순위', en: 'Execution rate ranking' })}</figcaption>
          <ChartCanvas
            config={rateChart}
            label={t({ ko: '집행률 순위 차트', en: 'Execution rate chart' })}
            onBarClick={pick(ranking.map((r) => r.department))}
          />
        </figure>
      )}
      {yoy && yoyChart && (
        <figure>
          <figcaption>
            {t({
              ko: `부서별 전년 대비 증감 (${yoy.before}→${yoy.last})`,
              en: `Year-on-year change (${yoy.before}→${yoy.last})`,
            })}
          </figcaption>
          <ChartCanvas
            config={yoyChart}
            label={t({ ko: '전년 대비 증감 차트', en: 'Year-on-year chart' })}
            onBarClick={pick(yoy.rows.map((r) => r.name))}
          />
        </figure>
      )}
    </section>
  );
}
