/** 검토 › 원문 보기: the original page, table or sheet behind a figure. */
import type { Messages } from './types';

export const source = {
  'source.pageOf': { ko: '{page} / {pages}쪽', en: 'Page {page} of {pages}' },
  'source.previousPage': { ko: '이전 쪽', en: 'Previous page' },
  'source.nextPage': { ko: '다음 쪽', en: 'Next page' },
  'source.zoomIn': { ko: '확대', en: 'Zoom in' },
  'source.zoomOut': { ko: '축소', en: 'Zoom out' },
  'source.zoomFigure': { ko: '수치에 맞춤', en: 'Fit to figure' },
  'source.zoomLevel': { ko: '배율 {percent}%', en: 'Zoom {percent}%' },
  'source.pageImage': { ko: '원본 {page}쪽', en: 'Original page {page}' },
  'source.pageTools': { ko: '원본 쪽 넘기기와 배율', en: 'Page and zoom' },
  'source.painting': { ko: '쪽을 그리는 중…', en: 'Drawing the page…' },
  'source.paintFailed': {
    ko: '{page}쪽을 그리지 못해 가져온 텍스트로 보여 줍니다.',
    en: 'Page {page} could not be drawn: the imported text is shown below.',
  },
  'source.loadingOriginal': { ko: '원본을 여는 중…', en: 'Opening the original…' },
  'source.noOriginal': {
    ko: '원본 파일이 저장되어 있지 않아 가져온 텍스트로 보여 줍니다(원본 보관 전에 가져왔거나 예전 백업에서 복원한 자료).',
    en: 'The original file is not stored (imported before originals were kept, or restored from an older backup): showing the imported text.',
  },
  'source.originalFailed': {
    ko: '원본을 열지 못해 가져온 텍스트로 보여 줍니다: {error}',
    en: 'The original could not be opened, so the imported text is shown: {error}',
  },
  'source.noPosition': {
    ko: '이 수치는 원본 쪽 위치가 기록되지 않아 가져온 텍스트로 보여 줍니다.',
    en: 'No page position was recorded for this figure: showing the imported text.',
  },
  'source.legendFigure': { ko: '이 수치', en: 'This figure' },
  'source.legendUsed': { ko: '검토에 함께 쓰인 수치', en: 'Other figures the check used' },
  'source.otherPages': { ko: '함께 쓰인 수치가 있는 쪽:', en: 'Figures also on:' },
  'source.goToPage': { ko: '{page}쪽', en: 'p. {page}' },
  'source.tableLabel': { ko: '원문 표', en: 'Table in the source' },
  'source.sheetLabel': { ko: '시트 {sheet}', en: 'Sheet {sheet}' },
  'source.sheetCell': { ko: '{cell} 셀', en: 'Cell {cell}' },
  'source.hwpPlace': {
    ko: '구역 {section} · 문단 {paragraph}',
    en: 'Section {section} · paragraph {paragraph}',
  },
  'source.hwpRow': { ko: '표 {table} · {row}행', en: 'Table {table} · row {row}' },
  'source.hwpCell': {
    ko: '표 {table} · {row}행 {col}열',
    en: 'Table {table} · row {row}, column {col}',
  },
  'source.showFinding': { ko: '원문에서 이 수치 보기', en: 'Show this finding in the source' },
  'source.showLine': { ko: '사업 행 원문 보기', en: 'Show the line in the source' },
  'source.findingAtPage': { ko: '(원문 {page}쪽)', en: '(p. {page})' },
} as const satisfies Messages;
