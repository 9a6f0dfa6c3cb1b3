import type { ChartConfiguration } from 'chart.js';
import { convertWon, formatPercent, type MoneyUnit } from '@shared/money';
import type { Translate } from '@i18n/language';
import { unitName } from '@i18n/unit-name';
import type { DepartmentFigures } from './department-series';

const COLOURS = {
  budget: '#9fb7d9',
  spent: '#1f4e8c',
  projected: '#e0a040',
  low: '#b3261e',
  ok: '#2e7d4f',
};

const inUnitOf = (unit: MoneyUnit) => (won: number | undefined) =>
  won === undefined ? null : convertWon(won, unit);
const amount = (value: unknown) =>
  Number(value).toLocaleString('ko-KR', { maximumFractionDigits: 1 });

export function budgetVsSpentConfig(
  departments: readonly DepartmentFigures[],
  unit: MoneyUnit,
  t: Translate,
): ChartConfiguration<'bar'> {
  const inUnit = inUnitOf(unit);
  return {
    type: 'bar',
    data: {
      labels: departments.map((d) => d.department),
      datasets: [
        {
          label: `${t('charts.budget')} (${t(unitName(unit))})`,
          data: departments.map((d) => inUnit(d.budget)),
          backgroundColor: COLOURS.budget,
        },
        {
          label: `${t('charts.spent')} (${t(unitName(unit))})`,
          data: departments.map((d) => inUnit(d.spent)),
          backgroundColor: COLOURS.spent,
        },
        {
          label: `${t('charts.projected')} (${t(unitName(unit))})`,
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
  };
}

export interface RateRank {
  department: string;
  rate: number;
}

export function executionRankingConfig(
  ranking: readonly RateRank[],
  threshold: number | undefined,
  t: Translate,
): ChartConfiguration<'bar' | 'line'> {
  const thresholdLine =
    threshold === undefined
      ? []
      : [
          {
            type: 'line' as const,
            label: t('charts.thresholdLabel', { threshold }),
            data: ranking.map(() => threshold),
            borderColor: COLOURS.low,
            borderDash: [6, 4],
            pointRadius: 0,
            borderWidth: 2,
          },
        ];
  return {
    type: 'bar',
    data: {
      labels: ranking.map((r) => r.department),
      datasets: [
        {
          type: 'bar',
          label: t('charts.executionRateAxis'),
          data: ranking.map((r) => Math.round(r.rate * 10) / 10),
          backgroundColor: ranking.map((r) =>
            threshold !== undefined && r.rate < threshold ? COLOURS.low : COLOURS.ok,
          ),
        },
        ...thresholdLine,
      ],
    },
    options: {
      plugins: {
        tooltip: {
          callbacks: {
            label: (c) => `${c.dataset.label}: ${formatPercent(Number(c.raw), 1, 'minus')}`,
          },
        },
      },
    },
  };
}

export interface YearChange {
  name: string;
  change: number;
}

export function yearOnYearConfig(
  rows: readonly YearChange[],
  years: { before: number; last: number },
  unit: MoneyUnit,
  t: Translate,
): ChartConfiguration<'bar'> {
  const inUnit = inUnitOf(unit);
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.name),
      datasets: [
        {
          label: `${t('charts.changeAxis')} ${years.before}→${years.last} (${t(unitName(unit))})`,
          data: rows.map((r) => inUnit(r.change)),
          backgroundColor: rows.map((r) => (r.change < 0 ? COLOURS.low : COLOURS.spent)),
        },
      ],
    },
    options: {
      plugins: {
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${amount(c.raw)}` } },
      },
    },
  };
}
