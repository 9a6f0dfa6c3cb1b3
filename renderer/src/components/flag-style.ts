import type { LocalizedText } from '@shared/model/localized-text';
import type { FlagRuleKind } from '@shared/flags';
import type { Severity } from '@shared/model/report';
import { msg } from '@i18n/text';

/** Every mark a row can carry: its symbol, CSS class (colour) and what it means — for the legend too. */
export interface FlagStyle {
  symbol: string;
  className: string;
  label: LocalizedText;
}

export const SEVERITY_STYLE: Record<Severity, FlagStyle> = {
  error: {
    symbol: '✖',
    className: 'flag-error',
    label: msg('flags.figuresDisagree'),
  },
  warning: { symbol: '▲', className: 'flag-warning', label: msg('flags.suspicious') },
  info: {
    symbol: 'ⓘ',
    className: 'flag-info',
    label: msg('flags.explainedDifference'),
  },
};

export const RULE_STYLE: Record<FlagRuleKind, FlagStyle> = {
  'execution-below': {
    symbol: '⚑',
    className: 'flag-rule-execution',
    label: msg('flags.executionBelowThreshold'),
  },
  'change-above': {
    symbol: '⇅',
    className: 'flag-rule-change',
    label: msg('flags.changeAboveThreshold'),
  },
  'lapse-above': {
    symbol: '◔',
    className: 'flag-rule-lapse',
    label: msg('flags.projectedLapseAboveThreshold'),
  },
};

export const NOTE_STYLE: FlagStyle = {
  symbol: '✎',
  className: 'flag-note',
  label: msg('flags.hasNotes'),
};

export const STATED_DIFFERS_STYLE: FlagStyle = {
  symbol: '≠',
  className: 'stated-differs',
  label: msg('flags.statedValueDiffersFrom'),
};
