/** Words several screens use. */
import type { Messages } from './types';

export const common = {
  'common.cancel': { ko: '취소', en: 'Cancel' },
  'common.fiscalYear': { ko: '회계연도', en: 'Fiscal year' },
  'common.all': { ko: '전체', en: 'All' },
  'common.document': { ko: '문서', en: 'Document' },
  'common.search': { ko: '검색', en: 'Search' },
  'common.loading': { ko: '불러오는 중…', en: 'Loading…' },
  'common.goLibrary': { ko: '자료실로 가기', en: 'Go to the Library' },
  'common.compare': { ko: '비교', en: 'Compare' },
  'common.department': { ko: '부서', en: 'Department' },
  'common.title': { ko: '제목', en: 'Title' },
  'common.kind': { ko: '종류', en: 'Kind' },
  'common.date': { ko: '일자', en: 'Date' },
  'common.fiscalYears': { ko: '회계연도', en: 'Fiscal years' },
  'common.delete': { ko: '삭제', en: 'Delete' },
  'common.library': { ko: '자료실', en: 'Library' },
  'common.briefingPacks': { ko: '브리핑 자료', en: 'Briefing packs' },
  'common.flagRules': { ko: '경고 기준', en: 'Flag rules' },
  'common.settings': { ko: '설정', en: 'Settings' },
} as const satisfies Messages;
