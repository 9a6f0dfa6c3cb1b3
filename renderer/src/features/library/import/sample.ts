import sampleText from '@assets/samples/sample-report.txt?raw';
import type { IncomingFile } from './useImportFlow';

export const SAMPLE_FILE_NAME = 'sample-report.txt';

/** The invented sample report shipped with the app (bundled: no network). */
export async function loadSample(): Promise<IncomingFile> {
  return { name: SAMPLE_FILE_NAME, bytes: new TextEncoder().encode(sampleText) };
}
