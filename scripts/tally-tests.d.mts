export interface StagesReport {
  planned: string[];
  results: { name: string; status: 'passed' | 'failed'; exitCode: number; seconds?: number }[];
}

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  todo: number;
  /** what .ci/run prints: "N passed, N failed (…)" first, then details */
  lines: string[];
}

export function tally(stages: StagesReport | undefined, reports: readonly object[]): Tally;
export function tallyFolder(folder: string): Tally;
