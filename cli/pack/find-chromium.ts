import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
] as const;

/**
 * The Chromium to print with: CHROME_PATH when set (and only that — a wrong CHROME_PATH is an
 * error, not a reason to silently use another browser), else the usual install paths.
 */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
): { path: string } | { error: string } {
  const configured = env.CHROME_PATH?.trim();
  if (configured) {
    return exists(configured)
      ? { path: configured }
      : {
          error: `CHROME_PATH가 가리키는 파일이 없습니다: ${configured} (CHROME_PATH points nowhere)`,
        };
  }
  const found = CHROMIUM_CANDIDATES.find((path) => exists(path));
  if (found) return { path: found };
  return {
    error:
      `PDF를 만들 Chromium을 찾을 수 없습니다. chromium을 설치하거나 CHROME_PATH를 지정하세요. ` +
      `(No Chromium found in ${CHROMIUM_CANDIDATES.join(', ')}; install chromium or set CHROME_PATH.)`,
  };
}
