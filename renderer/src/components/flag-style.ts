import type { Text } from '@i18n/language';
import type { FlagRuleKind } from '@shared/flags';
import type { Severity } from '@shared/model/report';

/** Every mark a row can carry: its symbol, CSS class (colour) and what it means — for the legend too. */
export interface FlagStyle {
  symbol: string;
  className: string;
  label: Text;
}

export const SEVERITY_STYLE: Record<Severity, FlagStyle> = {
  error: {
    symbol: '✖',
    className: 'flag-error',
    label: { ko: '수치 불일치', en: 'Figures disagree' },
  },
  warning: { symbol: '▲', className: 'flag-warning', label: { ko: '확인 필요', en: 'Suspicious' } },
  info: {
    symbol: 'ⓘ',
    className: 'flag-info',
    label: { ko: '참고 (설명된 차이)', en: 'Explained difference' },
  },
};

export const RULE_STYLE: Record<FlagRuleKind, FlagStyle> = {
  'execution-below': {
    symbol: '⚑',
    className: 'flag-rule-execution',
    label: { ko: '집행률 기준 미달', en: 'Execution below threshold' },
  },
  'change-above': {
    symbol: '⇅',
    className: 'flag-rule-change',
    label: { ko: '증감률 기준 초과', en: 'Change above threshold' },
  },
  'lapse-above': {
    symbol: '◔',
    className: 'flag-rule-lapse',
    label: { ko: '예상 불용액 기준 초과', en: 'Projected lapse above threshold' },
  },
};

export const NOTE_STYLE: FlagStyle = {
  symbol: '✎',
  className: 'flag-note',
  label: { ko: '메모·질의 있음', en: 'Has notes' },
};

export const STATED_DIFFERS_STYLE: FlagStyle = {
  symbol: '≠',
  className: 'stated-differs',
  label: { ko: '문서 기재값과 계산값이 다름', en: 'Stated value differs from computed' },
};
