import { auditReport } from '../audit/index';
import type { AuditInput } from '../model/audit-input';
import type { Finding } from '../model/report';

/** The one place the importer calls the consistency audit; a failing audit becomes a finding, not a crash. */
export function runAudit(input: AuditInput): Finding[] {
  try {
    return auditReport(input);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [
      {
        severity: 'warning',
        code: 'audit-failed',
        message: {
          ko: `검산을 끝내지 못했습니다: ${message}`,
          en: `The consistency audit failed: ${message}`,
        },
        source: { line: 1 },
      },
    ];
  }
}
