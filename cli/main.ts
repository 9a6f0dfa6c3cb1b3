/**
 * `npm run cli -- parse FILE|- [--json|--csv]`, `audit FILE… [--lang en]`, `pack …`.
 * A thin shell over shared/import; problems with input become one clear line and exit code 2.
 */
import { runAudit } from './audit-command';
import { endQuietlyWhenPipeCloses } from './closed-pipe';
import { CliError } from './errors';
import { runParse } from './parse-command';

const USAGE = `사용법 / usage:
  npm run cli -- parse 파일|- [--json|--csv]     보고서를 읽어 JSON 또는 CSV(사업 줄)로 출력
  npm run cli -- audit 파일… [--lang en]         검산 결과 표와 요약 (오류 있으면 종료 코드 1)
  npm run cli -- pack …                          브리핑 자료 PDF 만들기`;

const out = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

async function runPack(args: string[]): Promise<number> {
  const specifier = './pack';
  let module: { runPack?: (args: string[]) => Promise<number | void> | number | void };
  try {
    module = (await import(specifier)) as typeof module;
  } catch {
    err('pack: 아직 사용할 수 없습니다 / not available yet');
    return 2;
  }
  if (typeof module.runPack !== 'function') {
    err('pack: 아직 사용할 수 없습니다 / not available yet');
    return 2;
  }
  const code = await module.runPack(args);
  return typeof code === 'number' ? code : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'parse':
      return runParse(args, (text) => process.stdout.write(text));
    case 'audit':
      return runAudit(args, out, err);
    case 'pack':
      return runPack(args);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      err(`알 수 없는 명령 / unknown command: ${command}\n${USAGE}`);
      return 2;
  }
}

endQuietlyWhenPipeCloses(process.stdout);
endQuietlyWhenPipeCloses(process.stderr);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      err(error.message);
      process.exitCode = error.exitCode;
      return;
    }
    err(
      `예기치 못한 오류 / unexpected error: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 2;
  },
);
