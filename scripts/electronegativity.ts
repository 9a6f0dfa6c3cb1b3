import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  AllowlistSchema,
  describeFinding,
  partitionFindings,
  type Allowlist,
} from './electronegativity/allowlist';
import { scanWithElectronegativity } from './electronegativity/scan';

const root = join(import.meta.dirname, '..');

export function readAllowlist(file: string): Allowlist {
  const parsed = AllowlistSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a valid allowlist: ${parsed.error.message}`);
  return parsed.data;
}

/** Scans electron/ and returns the exit code: 0 only when every finding is allowlisted with a reason. */
export async function checkElectronSecurity(
  sources = join(root, 'electron'),
  allowlistFile = join(root, 'security', 'electronegativity-allowlist.json'),
): Promise<number> {
  const fileCount = readdirSync(sources, { recursive: true }).filter((name) =>
    /\.(ts|js|cjs|mjs)$/.test(String(name)),
  ).length;
  if (fileCount === 0) {
    console.error(`Electronegativity: no sources found in ${sources}; nothing was checked.`);
    return 1;
  }
  const electronVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const allowlist = readAllowlist(allowlistFile);
  const scan = await scanWithElectronegativity(sources, electronVersion);
  const { allowed, unexpected, stale } = partitionFindings(scan.findings, allowlist);

  console.log(
    `Electronegativity: ${scan.checks} checks on ${fileCount} files in ${sources} (Electron ${electronVersion}): ` +
      `${scan.findings.length} findings, ${allowed.length} allowlisted, ${unexpected.length} not allowed.`,
  );
  for (const { finding, entry } of allowed) {
    console.log(`  allowed  ${finding.id} ${finding.file}:${finding.line} — ${entry.reason}`);
  }
  for (const entry of stale) {
    console.log(
      `  note: allowlist entry ${entry.check} for ${entry.file} (${JSON.stringify(entry.code)}) matched nothing; remove it.`,
    );
  }
  for (const error of scan.parseErrors) console.error(`  NOT SCANNED (parse error) ${error}`);
  for (const finding of unexpected) console.error(`  NOT ALLOWED ${describeFinding(finding)}`);
  if (unexpected.length > 0) {
    console.error(`Fix these, or add them with a reason to ${allowlistFile} after review.`);
  }
  return unexpected.length > 0 || scan.parseErrors.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  checkElectronSecurity(process.argv[2], process.argv[3])
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      console.error(
        `Electronegativity could not run: ${error instanceof Error ? error.stack : String(error)}`,
      );
      process.exit(1);
    });
}
