/** 설정 › 경고 기준: the flag rules form. */
import type { Messages } from './types';

export const flagRules = {
  'flagRules.hint': {
    ko: '검토 표에서 아래 기준에 걸리는 사업을 표시와 색으로 강조합니다.',
    en: 'Lines that meet these rules are marked with an icon and colour in the review grid.',
  },
  'flagRules.saveRules': { ko: '기준 저장', en: 'Save rules' },
  'flagRules.reset': { ko: '기본값으로', en: 'Reset to defaults' },
  'flagRules.saved': { ko: '저장되었습니다.', en: 'Saved.' },
  'flagRules.couldNotSave': { ko: '저장하지 못했습니다', en: 'Could not save' },
  'flagRules.executionLabel': { ko: '집행률 기준', en: 'Execution rate below' },
  'flagRules.executionThreshold': { ko: '집행률 기준 (%)', en: 'Execution threshold (%)' },
  'flagRules.month': { ko: '기준일 월', en: 'Month' },
  'flagRules.day': { ko: '기준일 일', en: 'Day' },
  'flagRules.changeLabel': { ko: '증감률이 ±', en: 'Change beyond ±' },
  'flagRules.changeThreshold': { ko: '증감률 기준 (%)', en: 'Change threshold (%)' },
  'flagRules.lapseLabel': { ko: '예상 불용액이', en: 'Projected lapse above' },
  'flagRules.lapseThresholdWon': { ko: '예상 불용액 기준 (원)', en: 'Lapse threshold (won)' },
  'flagRules.executionRest': {
    ko: '{percent}% 미만, 기준일 {month}월 {day}일 이후 보고분',
    en: '{percent}%, as of {month}/{day} or later',
  },
  'flagRules.changeRest': { ko: '{percent}% 초과', en: '{percent}%' },
  'flagRules.lapseRest': { ko: '{won}원 초과', en: '{won} won' },
  'flagRules.lapseAmount': { ko: '({amount}원)', en: '({amount} won)' },
} as const satisfies Messages;
