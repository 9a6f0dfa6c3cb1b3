/**
 * The first step of `npm test`: the browser and PDF tests need Chromium, CJK fonts (Korean text in
 * screenshots and PDFs) and poppler (pdftotext, pdftoppm). Where they are missing and we run as
 * root with apt-get, they are installed (saying so); otherwise the run stops at once with the one
 * command to run. So README's `npm test` is the whole set-up on a fresh machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findChromium } from '../cli/pack/find-chromium';

export interface TestTool {
  /** the Debian package that provides it */
  debianPackage: string;
  what: string;
  present(): boolean;
}

const onPath = (command: string) =>
  spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function koreanFontInstalled(): boolean {
  if (onPath('fc-list')) {
    const fonts = spawnSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' });
    return /CJK/i.test(fonts.stdout ?? '');
  }
  return existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
}

export const TEST_TOOLS: readonly TestTool[] = [
  {
    debianPackage: 'chromium',
    what: 'Chromium (browser tests, PDF packs; CHROME_PATH names another)',
    present: () => 'path' in findChromium(),
  },
  {
    debianPackage: 'fonts-noto-cjk',
    what: 'Noto CJK fonts (Korean text in screenshots and PDFs)',
    present: koreanFontInstalled,
  },
  {
    debianPackage: 'poppler-utils',
    what: 'poppler (pdftotext, pdftoppm: PDF checks)',
    present: () => onPath('pdftotext') && onPath('pdftoppm'),
  },
];

export type ToolPlan =
  | { action: 'ready' }
  | { action: 'install'; packages: string[] }
  | { action: 'stop'; missing: TestTool[]; command: string };

/** What to do about the missing tools: nothing, install them (root with apt-get), or stop. */
export function planTestTools(
  missing: readonly TestTool[],
  machine: { root: boolean; aptGet: boolean },
): ToolPlan {
  if (missing.length === 0) return { action: 'ready' };
  const packages = missing.map((tool) => tool.debianPackage);
  if (machine.root && machine.aptGet) return { action: 'install', packages };
  const command = machine.aptGet
    ? `sudo apt-get install -y ${packages.join(' ')}`
    : `install ${packages.join(', ')} with your package manager (or set CHROME_PATH for Chromium)`;
  return { action: 'stop', missing: [...missing], command };
}

function aptInstall(packages: readonly string[], log: (line: string) => void): boolean {
  log(
    `npm test: installing ${packages.join(' ')} with apt-get (needed by the browser and PDF tests)…`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env,
  });
  return install.status === 0;
}

/** 0 when every tool is there (after installing, where we may); 1 with the command to run. */
export function ensureTestTools(
  tools: readonly TestTool[] = TEST_TOOLS,
  log: (line: string) => void = console.log,
  fail: (line: string) => void = console.error,
  machine = () => ({ root: process.getuid?.() === 0, aptGet: onPath('apt-get') }),
): number {
  const missing = tools.filter((tool) => !tool.present());
  const plan = planTestTools(missing, machine());
  if (plan.action === 'ready') return 0;
  if (plan.action === 'install') {
    const stillMissing = aptInstall(plan.packages, log)
      ? tools.filter((tool) => !tool.present())
      : missing;
    if (stillMissing.length === 0) return 0;
    fail(
      `npm test: apt-get could not install ${stillMissing.map((t) => t.debianPackage).join(' ')}.`,
    );
    return 1;
  }
  fail(`npm test needs: ${plan.missing.map((tool) => tool.what).join('; ')}.`);
  fail(`Run once:\n  ${plan.command}`);
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = ensureTestTools();
}
