/** 자료실 › 보고서 가져오기: picking, preview, errors. */
import type { Messages } from './types';

export const importing = {
  'import.failureUnsupported': {
    ko: '텍스트(.txt) 형식의 업무보고서만 가져올 수 있습니다.',
    en: 'Only work reports as text (.txt) files can be imported.',
  },
  'import.failureEmpty': {
    ko: '파일이 비어 있습니다. 내용이 있는 업무보고서 텍스트 파일을 골라 주세요.',
    en: 'The file is empty. Choose a work report text file that has content.',
  },
  'import.failureUndecodable': {
    ko: '파일의 글자를 읽을 수 없습니다 (UTF-8 또는 EUC-KR 텍스트가 아닙니다).',
    en: 'The file’s characters cannot be read (it is not UTF-8 or EUC-KR text).',
  },
  'import.failureNotAReport': {
    ko: '업무보고서로 인식할 수 없습니다: 예산 표나 인원 표를 찾지 못했습니다.',
    en: 'This does not look like a work report: no budget or personnel table was found.',
  },
  'import.failureParse': {
    ko: '보고서를 해석하는 중 문제가 생겼습니다.',
    en: 'Something went wrong while reading the report.',
  },
  'import.failureStorage': {
    ko: '저장하지 못했습니다. 아무것도 저장되지 않았습니다.',
    en: 'Could not store the document. Nothing was stored.',
  },
  'import.importFailed': { ko: '가져오지 못했습니다', en: 'Import failed' },
  'import.detail': { ko: '세부 정보', en: 'Detail' },
  'import.close': { ko: '닫기', en: 'Close' },
  'import.panelLabel': { ko: '보고서 가져오기', en: 'Import reports' },
  'import.pickFiles': { ko: '보고서 가져오기', en: 'Import a report' },
  'import.openSample': { ko: '예시 자료 열기', en: 'Open the sample' },
  'import.dropHint': {
    ko: '업무보고서 텍스트(.txt) 파일을 이 화면에 끌어다 놓아도 됩니다.',
    en: 'You can also drop report text (.txt) files on this page.',
  },
  'import.reading': { ko: '{name} 읽는 중…', en: 'Reading {name}…' },
  'import.saving': { ko: '{name} 저장 중…', en: 'Saving {name}…' },
  'import.dropPreviewReport': {
    ko: '여기에 놓으면 미리보기를 엽니다',
    en: 'Drop to preview the report',
  },
  'import.importPreview': { ko: '가져오기 미리보기', en: 'Import preview' },
  'import.budgetLines': { ko: '예산 항목', en: 'Budget lines' },
  'import.personnelRows': { ko: '인원 행', en: 'Personnel rows' },
  'import.warningCount': { ko: '읽지 못한 부분', en: 'Warnings' },
  'import.showFindings': { ko: '검토 결과 보기', en: 'Show findings' },
  'import.notUnderstoodLineNumbers': {
    ko: '읽지 못한 부분 (행 번호)',
    en: 'Not understood (line numbers)',
  },
  'import.duplicateQuestion': {
    ko: '같은 내용의 문서가 이미 있습니다: "{title}" ({importedAt} 가져옴). 다시 추가할까요?',
    en: 'The same document is already stored: "{title}" (imported {importedAt}). Add it again?',
  },
  'import.addAgain': { ko: '다시 추가', en: 'Add again' },
  'import.confirmImport': { ko: '가져오기 확인', en: 'Confirm import' },
  'import.atLine': { ko: '{line}행: {message}', en: 'line {line}: {message}' },
} as const satisfies Messages;
