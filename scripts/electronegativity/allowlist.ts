import { z } from 'zod';

/** One finding of Electronegativity, as this project reads it. */
export interface SecurityFinding {
  id: string;
  file: string;
  line: number;
  column: number;
  /** the source line the finding points at, trimmed: what an allowlist entry was reviewed against */
  code: string;
  severity: string;
  confidence: string;
  description: string;
}

export const AllowlistSchema = z.object({
  allowed: z.array(
    z.strictObject({
      check: z.string().min(1),
      file: z.string().min(1),
      /** the trimmed source line of the finding: a new finding of the same check in the same file is not covered */
      code: z.string().min(1, 'each allowed finding names the code it points at'),
      reason: z.string().min(20, 'each allowed finding needs a written reason'),
    }),
  ),
});
export type Allowlist = z.infer<typeof AllowlistSchema>;
export type AllowedFinding = Allowlist['allowed'][number];

export interface Partition {
  allowed: { finding: SecurityFinding; entry: AllowedFinding }[];
  unexpected: SecurityFinding[];
  /** allowlist entries that matched nothing: the code changed, the entry should go */
  stale: AllowedFinding[];
}

const samePath = (a: string, b: string) => a.replaceAll('\\', '/') === b.replaceAll('\\', '/');

/**
 * Splits findings into those a reviewed allowlist entry covers and the rest. An entry covers one
 * finding: same check id, same file, same code (the trimmed source line), so a second finding of
 * the kind in that file — even on an identical line — is not allowed by the first one's review.
 */
export function partitionFindings(
  findings: readonly SecurityFinding[],
  allowlist: Allowlist,
): Partition {
  const used = new Set<AllowedFinding>();
  const partition: Partition = { allowed: [], unexpected: [], stale: [] };
  for (const finding of findings) {
    const entry = allowlist.allowed.find(
      (candidate) =>
        !used.has(candidate) &&
        candidate.check === finding.id &&
        samePath(candidate.file, finding.file) &&
        candidate.code === finding.code,
    );
    if (entry) {
      used.add(entry);
      partition.allowed.push({ finding, entry });
    } else {
      partition.unexpected.push(finding);
    }
  }
  partition.stale = allowlist.allowed.filter((entry) => !used.has(entry));
  return partition;
}

export function describeFinding(finding: SecurityFinding): string {
  return (
    `${finding.id} at ${finding.file}:${finding.line}:${finding.column} (${finding.severity}, ${finding.confidence}): ${finding.description}\n` +
    `    code: ${JSON.stringify(finding.code)}`
  );
}
