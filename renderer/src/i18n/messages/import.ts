/** 자료실 › 보고서 가져오기: picking, preview, errors. */
import type { Messages } from './types';

export const importing = {
  'import.failureUnsupported': {
    ko: '읽을 수 있는 형식(PDF, HWP, HWPX, CSV, XLSX, 텍스트)이 아닙니다.',
    en: 'This is not a format the app reads (PDF, HWP, HWPX, CSV, XLSX, text).',
  },
  'import.failureScanned': {
    ko: '이 PDF에는 글자 정보가 없습니다(스캔 이미지).',
    en: 'This PDF has no text layer (a scanned image).',
  },
  'import.failurePassword': {
    ko: '암호가 걸린 파일입니다. 암호를 해제해 저장한 뒤 가져오세요.',
    en: 'The file is password-protected; remove the password, save it and import again.',
  },
  'import.failureDrm': {
    ko: '문서보안(DRM)으로 잠긴 파일입니다.',
    en: 'The file is locked by document security (DRM).',
  },
  'import.failureDamaged': {
    ko: '파일이 손상되어 읽을 수 없습니다.',
    en: 'The file is damaged and cannot be read.',
  },
  'import.failureTooLarge': {
    ko: '파일이 너무 커서 가져올 수 없습니다.',
    en: 'The file is too large to import.',
  },
  'import.tooLargeDetail': {
    ko: '파일 크기 {size} MB, 가져올 수 있는 크기는 {limit} MB까지입니다. 문서를 나누어 저장해 주세요.',
    en: 'The file is {size} MB; the app reads files up to {limit} MB. Split the document and import the parts.',
  },
  'import.failureCancelled': {
    ko: '가져오기를 취소했습니다.',
    en: 'The import was cancelled.',
  },
  'import.failureSheetChoice': {
    ko: '고른 시트가 파일에 없습니다.',
    en: 'The chosen sheet is not in the file.',
  },
  'import.nothingStored': {
    ko: '아무것도 저장되지 않았습니다.',
    en: 'Nothing was stored.',
  },
  'import.readingPages': {
    ko: '{name} 읽는 중… {done}/{total}',
    en: 'Reading {name}… {done} of {total}',
  },
  'import.stopReading': { ko: '가져오기 취소', en: 'Cancel import' },
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
    ko: 'PDF, HWP, HWPX, CSV, XLSX, 텍스트 파일을 이 화면에 끌어다 놓아도 됩니다.',
    en: 'You can also drop PDF, HWP, HWPX, CSV, XLSX or text files on this page.',
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
