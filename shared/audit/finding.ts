import type { Finding, FindingCell, Severity, SourceRef } from '../model/report';
import type { LocalizedText } from '../model/localized-text';
import { roundTo } from '../variance/rounding';

export interface FindingDraft {
  severity: Severity;
  code: string;
  ko: string;
  en: string;
  stated?: number;
  computed?: number;
  source: SourceRef;
  lineKey?: string;
  /** the figures the check used, the stated one first */
  cells?: FindingCell[];
  /** the check written out with its figures */
  arithmetic?: LocalizedText;
  /** what the check rests on that was guessed: an error becomes a warning that says so */
  inferred?: readonly LocalizedText[];
}

function joined(guesses: readonly LocalizedText[]): LocalizedText {
  const unique = (texts: string[]) => [...new Set(texts)];
  return {
    ko: unique(guesses.map((guess) => guess.ko)).join('; '),
    en: unique(guesses.map((guess) => guess.en)).join('; '),
  };
}

/**
 * A finding with its difference (stated − computed) filled in. An error that rests on a guess (a
 * column role, a hierarchy or a unit the importer inferred) is shown as a warning naming the guess:
 * only a certain reading of the figures may call them wrong.
 */
export function makeFinding(draft: FindingDraft): Finding {
  const guessed = draft.inferred && draft.inferred.length > 0 ? joined(draft.inferred) : undefined;
  const downgraded = draft.severity === 'error' && guessed !== undefined;
  const message = downgraded
    ? {
        ko: `${draft.ko} — 다만 ${guessed.ko}(으)로 추정해 읽은 표라 경고로 표시합니다`,
        en: `${draft.en} This rests on a guess (${guessed.en}), so it is a warning, not an error.`,
      }
    : { ko: draft.ko, en: draft.en };
  const finding: Finding = {
    severity: downgraded ? 'warning' : draft.severity,
    code: draft.code,
    message,
    source: draft.source,
  };
  if (draft.stated !== undefined) finding.stated = draft.stated;
  if (draft.computed !== undefined) finding.computed = draft.computed;
  if (draft.stated !== undefined && draft.computed !== undefined) {
    const difference = draft.stated - draft.computed;
    // rounding only strips binary noise from rate differences; large figures are whole already
    finding.difference = Math.abs(difference) < 1e12 ? roundTo(difference, 6) : difference;
  }
  if (draft.lineKey !== undefined) finding.lineKey = draft.lineKey;
  if (draft.cells && draft.cells.length > 0) finding.cells = draft.cells;
  if (draft.arithmetic) finding.arithmetic = draft.arithmetic;
  if (downgraded) finding.inferred = guessed;
  return finding;
}

/** Codes of every finding the audit can give, for filters and documentation. */
export const FINDING_CODES = {
  totalMismatch: 'total-mismatch',
  totalRounding: 'total-rounding',
  subprojectTotalMismatch: 'subproject-total-mismatch',
  subprojectTotalRounding: 'subproject-total-rounding',
  rateMismatch: 'rate-mismatch',
  rateTruncated: 'rate-truncated',
  changeMismatch: 'change-mismatch',
  changeRounding: 'change-rounding',
  lapseRounding: 'lapse-rounding',
  lapseMismatch: 'lapse-mismatch',
  fundingMismatch: 'funding-mismatch',
  fundingRounding: 'funding-rounding',
  accountMismatch: 'account-mismatch',
  accountRounding: 'account-rounding',
  personnelTotalMismatch: 'personnel-total-mismatch',
  personnelSurplusMismatch: 'personnel-surplus-mismatch',
  unitAnomaly: 'unit-anomaly',
  formulaMismatch: 'formula-mismatch',
  nameTypoFunding: 'name-typo-funding',
  nameTypoDepartment: 'name-typo-department',
  auditSkipped: 'audit-skipped',
} as const;
