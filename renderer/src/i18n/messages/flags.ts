/** The markers of findings, flag rules and notes (grid, source panel, preview, legend). */
import type { Messages } from './types';

export const flags = {
  'flags.figuresDisagree': { ko: '수치 불일치', en: 'Figures disagree' },
  'flags.suspicious': { ko: '확인 필요', en: 'Suspicious' },
  'flags.explainedDifference': { ko: '참고 (설명된 차이)', en: 'Explained difference' },
  'flags.executionBelowThreshold': { ko: '집행률 기준 미달', en: 'Execution below threshold' },
  'flags.changeAboveThreshold': { ko: '증감률 기준 초과', en: 'Change above threshold' },
  'flags.projectedLapseAboveThreshold': {
    ko: '예상 불용액 기준 초과',
    en: 'Projected lapse above threshold',
  },
  'flags.hasNotes': { ko: '메모·질의 있음', en: 'Has notes' },
  'flags.statedValueDiffersFrom': {
    ko: '문서 기재값과 계산값이 다름',
    en: 'Stated value differs from computed',
  },
} as const satisfies Messages;
