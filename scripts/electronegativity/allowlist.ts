import { z } from 'zod';

/** One finding of Electronegativity, as this project reads it. */
export interface SecurityFinding {
  id: string;
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  description: string;
}

export const AllowlistSchema = z.object({
  allowed: z.array(
    z.strictObject({
      check: z.string().min(1),
      file: z.string().min(1),
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

/** Splits findings into those a reviewed allowlist entry covers (same check id and file) and the rest. */
export function partitionFindings(
  findings: readonly SecurityFinding[],
  allowlist: Allowlist,
): Partition {
  const used = new Set<AllowedFinding>();
  const partition: Partition = { allowed: [], unexpected: [], stale: [] };
  for (const finding of findings) {
    const entry = allowlist.allowed.find(
      (candidate) => candidate.check === finding.id && samePath(candidate.file, finding.file),
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
  return `${finding.id} at ${finding.file}:${finding.line}:${finding.column} (${finding.severity}, ${finding.confidence}): ${finding.description}`;
}
