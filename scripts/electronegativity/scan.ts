import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { SecurityFinding } from './allowlist';

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
}

interface RunResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: RawIssue[];
}

type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>;

/** the code of a finding that points at no line (a global check) */
export const NO_SOURCE_LINE = '(no source line)';

export interface ScanResult {
  checks: number;
  findings: SecurityFinding[];
  /** files the tool could not parse: they were NOT checked */
  parseErrors: string[];
}

/**
 * Runs Electronegativity's programmatic API on a folder of sources (it parses TypeScript).
 * The online "newer Electron release" check is excluded: it needs GitHub, and the Electron version
 * is pinned in package.json and upgraded deliberately.
 */
export async function scanWithElectronegativity(
  input: string,
  electronVersion: string,
): Promise<ScanResult> {
  const require = createRequire(import.meta.url);
  const loaded = require('@doyensec/electronegativity') as Run | { default: Run };
  const run = typeof loaded === 'function' ? loaded : loaded.default;
  const result = await run(
    {
      input,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      parserPlugins: [],
    },
    false,
  );
  const lines = new Map<string, string[]>();
  const sourceLines = (file: string) => {
    try {
      return readFileSync(join(input, file), 'utf8').split(/\r?\n/);
    } catch {
      return []; // global checks report file "N/A"
    }
  };
  const codeAt = (file: string, line: number) => {
    if (!lines.has(file)) lines.set(file, sourceLines(file));
    return lines.get(file)![line - 1]?.trim() || NO_SOURCE_LINE;
  };
  return {
    checks: result.globalChecks + result.atomicChecks,
    findings: result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file,
      line: issue.location.line,
      column: issue.location.column,
      code: codeAt(issue.file, issue.location.line),
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      description: issue.description,
    })),
    parseErrors: result.errors
      .filter((error) => !error.tolerable)
      .map((error) => `${error.file}: ${error.message}`),
  };
}
