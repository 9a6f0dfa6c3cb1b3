/** 검토 › 차트: the department charts. */
import type { Messages } from './types';

export const charts = {
  'charts.chartsDepartment': { ko: '부서별 차트', en: 'Charts by department' },
  'charts.clickBarFilterGrid': {
    ko: '막대를 누르면 그 부서로 표를 거릅니다.',
    en: 'Click a bar to filter the grid to that department.',
  },
  'charts.budgetVsSpentTitle': {
    ko: '부서별 예산 대비 지출·예상집행 ({year}년)',
    en: 'Budget vs spent and projected (FY {year})',
  },
  'charts.budgetVsSpentChart': { ko: '부서별 예산 대비 지출 차트', en: 'Budget vs spent chart' },
  'charts.executionRankingTitle': {
    ko: '부서별 집행률 순위 ({year}년)',
    en: 'Execution rate ranking (FY {year})',
  },
  'charts.executionRateChart': { ko: '집행률 순위 차트', en: 'Execution rate chart' },
  'charts.yearOnYearTitle': {
    ko: '부서별 전년 대비 증감 ({before}→{last})',
    en: 'Year-on-year change ({before}→{last})',
  },
  'charts.yearOnYearChart': { ko: '전년 대비 증감 차트', en: 'Year-on-year chart' },
  'charts.budget': { ko: '예산', en: 'Budget' },
  'charts.spent': { ko: '지출', en: 'Spent' },
  'charts.projected': { ko: '예상집행', en: 'Projected' },
  'charts.thresholdLabel': { ko: '기준 {threshold}%', en: 'Threshold {threshold}%' },
  'charts.executionRateAxis': { ko: '집행률 (%)', en: 'Execution rate (%)' },
  'charts.changeAxis': {
    ko: '증감액(두 해 모두 있는 사업)',
    en: 'Change (projects in both years)',
  },
} as const satisfies Messages;
