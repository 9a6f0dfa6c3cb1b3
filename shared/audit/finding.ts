import type { Finding, Severity, SourceRef } from '../model/report';
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
}

/** A finding with its difference (stated − computed) filled in. */
export function makeFinding(draft: FindingDraft): Finding {
  const finding: Finding = {
    severity: draft.severity,
    code: draft.code,
    message: { ko: draft.ko, en: draft.en },
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
  return finding;
}

/** Codes of every finding the audit can give, for filters and documentation. */
export const FINDING_CODES = {
  totalMismatch: 'total-mismatch',
  totalRounding: 'total-rounding',
  rateMismatch: 'rate-mismatch',
  rateTruncated: 'rate-truncated',
  changeMismatch: 'change-mismatch',
  changeRounding: 'change-rounding',
  lapseRounding: 'lapse-rounding',
  lapseMismatch: 'lapse-mismatch',
  fundingMismatch: 'funding-mismatch',
  fundingRounding: 'funding-rounding',
  personnelTotalMismatch: 'personnel-total-mismatch',
  personnelSurplusMismatch: 'personnel-surplus-mismatch',
  unitAnomaly: 'unit-anomaly',
  nameTypoFunding: 'name-typo-funding',
  nameTypoDepartment: 'name-typo-department',
  auditSkipped: 'audit-skipped',
} as const;
