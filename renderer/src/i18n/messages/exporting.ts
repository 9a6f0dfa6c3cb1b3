/** 내보내기: the review grid, findings and notes as XLSX/CSV. */
import type { Messages } from './types';

export const exporting = {
  'export.xlsx': { ko: '엑셀로 내보내기', en: 'Export to Excel' },
  'export.csv': { ko: 'CSV로 내보내기', en: 'Export to CSV' },
  'export.findingsXlsx': { ko: '검산 결과 엑셀로', en: 'Findings to Excel' },
  'export.notesXlsx': { ko: '메모 엑셀로', en: 'Notes to Excel' },
  'export.saved': { ko: '{name} 저장함', en: 'Saved {name}' },
  'export.failed': { ko: '내보내지 못했습니다: {error}', en: 'Export failed: {error}' },
  'export.gridTitle': { ko: '예산 검토', en: 'Budget review' },
  'export.filterDocument': { ko: '문서: {value}', en: 'Document: {value}' },
  'export.filterYear': { ko: '회계연도: {value}', en: 'Fiscal year: {value}' },
  'export.filterDepartment': { ko: '부서: {value}', en: 'Department: {value}' },
  'export.filterFlag': { ko: '표시: {value}', en: 'Flag: {value}' },
  'export.filterSearch': { ko: '검색: {value}', en: 'Search: {value}' },
  'export.gridFile': { ko: '예산검토', en: 'budget-review' },
  'export.findingsFile': { ko: '검산결과', en: 'findings' },
  'export.notesFile': { ko: '메모', en: 'notes' },
  'export.findingsNote': { ko: '문서: {document}', en: 'Document: {document}' },
} as const satisfies Messages;
