/**
 * Tests that need Chromium outside the browser suite (the CLI's PDF pack) skip with a printed
 * reason when it is absent — except under CI=true, where a missing Chromium is a failure, as for
 * the corpus (tests/support/corpus.ts). The browser suite itself always fails without it.
 */
import { findChromium } from '../../cli/pack/find-chromium';

export function chromiumPresent(
  who: string,
  found: ReturnType<typeof findChromium> = findChromium(),
): boolean {
  if ('path' in found) return true;
  const reason = `${who}: ${found.error}`;
  if (process.env.CI === 'true') throw new Error(`${reason} (CI=true requires Chromium)`);
  console.log(`[skipped] ${reason}`);
  return false;
}
