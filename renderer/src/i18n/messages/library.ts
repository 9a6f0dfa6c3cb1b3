/** 자료실: the document list, delete and undo. */
import type { Messages } from './types';

export const library = {
  'library.errorCount': { ko: '오류', en: 'errors' },
  'library.warningCount': { ko: '경고', en: 'warnings' },
  'library.infoCount': { ko: '참고', en: 'info' },
  'library.importedDocuments': { ko: '가져온 문서', en: 'Imported documents' },
  'library.councilSession': { ko: '의회 · 회기', en: 'Council · session' },
  'library.lines': { ko: '예산 항목', en: 'Lines' },
  'library.findings': { ko: '검토 결과', en: 'Findings' },
  'library.imported': { ko: '가져온 시각', en: 'Imported' },
  'library.actions': { ko: '작업', en: 'Actions' },
  'library.deleteNamed': { ko: '‘{title}’ 삭제', en: 'Delete ‘{title}’' },
  'library.undoLastImport': { ko: '마지막 가져오기 취소', en: 'Undo last import' },
  'library.emptyTitle': { ko: '자료실이 비어 있습니다', en: 'The library is empty' },
  'library.emptyBody': {
    ko: '가져온 업무보고서가 여기에 목록으로 나타납니다. 위에서 보고서 파일(PDF, HWP, HWPX, CSV, XLSX, 텍스트)을 가져오면 문서, 예산 항목 수, 검토 결과가 표시됩니다.',
    en: 'Imported work reports are listed here. Import a report file above (PDF, HWP, HWPX, CSV, XLSX or text) to see its documents, line counts and findings.',
  },
  'library.deleteQuestion': { ko: '문서를 삭제할까요?', en: 'Delete this document?' },
  'library.undoLastImportQuestion': {
    ko: '마지막 가져오기를 취소할까요?',
    en: 'Undo the last import?',
  },
  'library.undoImport': { ko: '가져오기 취소', en: 'Undo import' },
  'library.keepImport': { ko: '그대로 두기', en: 'Keep it' },
  'library.reload': { ko: '새로 고침', en: 'Reload' },
  'library.kindPlan': { ko: '계획', en: 'Plan' },
  'library.kindReport': { ko: '보고', en: 'Report' },
  'library.kindOther': { ko: '기타 자료', en: 'Other' },
  'library.kindUnknown': { ko: '미상', en: 'Unknown' },
  'library.removalSummary': {
    ko: '‘{title}’({fileName})와 예산 항목 {lineCount}개, 인원 {personnelCount}행, 검토 결과 {findings}건이 삭제됩니다. 메모는 남으며, 같은 파일을 다시 가져오면 그 문서에 다시 나타납니다.',
    en: '‘{title}’ ({fileName}) goes, with {lineCount} budget lines, {personnelCount} personnel rows and {findings} findings. Notes are kept and reappear on it if the same file is imported again.',
  },
  'library.deleted': { ko: '‘{title}’ 문서를 삭제했습니다.', en: 'Deleted ‘{title}’.' },
  'library.undidImport': {
    ko: '마지막 가져오기(‘{title}’)를 취소했습니다.',
    en: 'Undid the import of ‘{title}’.',
  },
} as const satisfies Messages;
