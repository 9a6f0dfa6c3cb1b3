/** 브리핑 자료: the list and the editor. */
import type { Messages } from './types';

export const packs = {
  'packs.enterTitle': { ko: '제목을 입력하세요.', en: 'Enter a title.' },
  'packs.chooseLeastOneDocument': {
    ko: '문서를 하나 이상 고르세요.',
    en: 'Choose at least one document.',
  },
  'packs.editBriefingPack': { ko: '브리핑 자료 편집', en: 'Edit briefing pack' },
  'packs.cover': { ko: '표지', en: 'Cover' },
  'packs.council': { ko: '의회', en: 'Council' },
  'packs.session': { ko: '회기', en: 'Session' },
  'packs.date': { ko: '작성일', en: 'Date' },
  'packs.preparedBy': { ko: '작성자', en: 'Prepared by' },
  'packs.documents': { ko: '문서', en: 'Documents' },
  'packs.departments': { ko: '부서', en: 'Departments' },
  'packs.noDepartmentChosen': { ko: '(고르지 않으면 전체)', en: '(none chosen = all)' },
  'packs.departmentsChosen': {
    ko: '({departmentsCount}개 선택)',
    en: '({departmentsCount} chosen)',
  },
  'packs.contents': { ko: '내용', en: 'Contents' },
  'packs.includeFindings': { ko: '검토 지적 사항과 부록', en: 'Findings and the appendix' },
  'packs.includeNotes': { ko: '메모 및 질의', en: 'Notes and questions' },
  'packs.save': { ko: '저장', en: 'Save' },
  'packs.savePrint': { ko: '저장하고 인쇄', en: 'Save and print' },
  'packs.noSavedPacksYet': { ko: '저장된 브리핑 자료가 없습니다.', en: 'No saved packs yet.' },
  'packs.savedPacks': { ko: '저장된 브리핑 자료', en: 'Saved packs' },
  'packs.documentCount': { ko: '문서 {documentIdsCount}개', en: '{documentIdsCount} document(s)' },
  'packs.allDepartments': { ko: '전체 부서', en: 'all departments' },
  'packs.departmentCount': {
    ko: '부서 {departmentsCount}개',
    en: '{departmentsCount} department(s)',
  },
  'packs.open': { ko: '열기', en: 'Open' },
  'packs.print': { ko: '인쇄', en: 'Print' },
  'packs.deleteLabel': { ko: '삭제', en: 'delete' },
  'packs.readFailed': { ko: '자료를 읽지 못했습니다', en: 'Could not read the store' },
  'packs.emptyTitle': { ko: '브리핑 자료가 없습니다', en: 'No briefing packs yet' },
  'packs.emptyBody': {
    ko: '자료실에서 보고서를 가져오면 문서와 부서를 골라 표지, 목차, 지적 사항, 메모가 담긴 A4 브리핑 자료를 만들 수 있습니다.',
    en: 'Import reports in the Library, then choose documents and departments to build an A4 briefing pack with a cover, contents, findings and notes.',
  },
  'packs.newBriefingPack': { ko: '새 브리핑 자료', en: 'New briefing pack' },
  'packs.deleteQuestion': { ko: "'{title}'을(를) 삭제할까요?", en: "Delete '{title}'?" },
} as const satisfies Messages;
