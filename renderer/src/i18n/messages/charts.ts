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
  'charts.chooseOneDocument': {
    ko: '부서별 차트는 문서 하나를 보여 줍니다. 위의 문서 목록에서 하나를 고르세요(여러 문서의 금액은 더하지 않습니다).',
    en: 'The department charts show one document: choose one in the document list above (figures of several documents are not added up).',
  },
  'charts.noProjectsInBothYears': {
    ko: '{before}년과 {last}년에 모두 있는 사업이 없어 전년 대비 증감 차트를 그리지 않았습니다.',
    en: 'No project appears in both FY{before} and FY{last}, so there is no year-on-year chart.',
  },
} as const satisfies Messages;
