/** What each candidate's worker prints (one JSON line) for one file. */
export interface CandidateCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

export interface CandidateResult {
  ok: boolean;
  error?: string;
  /** loading the library (WebAssembly start-up, native module) */
  initMs: number;
  /** reading this file, after the library is loaded */
  readMs?: number;
  /** table objects found, nested ones and boxes included */
  tableObjects?: number;
  /** the top-level tables' cells, for checking against the hand-read keys */
  tables?: CandidateCell[][];
  /** the body text holds the word the open twin of a distribution document has */
  sample?: string;
}

export function print(result: CandidateResult): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

export function clip(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 80);
}
