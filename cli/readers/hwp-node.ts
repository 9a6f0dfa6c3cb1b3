/**
 * HWP and HWPX for the CLI. Both readers are pure TypeScript (no native code, no WebAssembly), so
 * the CLI runs them in its own process, as the import worker does in the app.
 */
import type { Readers } from '../../shared/import/readers';
import { readHwp } from '../../shared/import/readers/hwp/hwp-reader';
import { readHwpx } from '../../shared/import/readers/hwpx/hwpx-reader';

export const hwpReaders: Readers = { hwp: readHwp, hwpx: readHwpx };
