import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { endQuietlyWhenPipeCloses } from '../../../cli/closed-pipe';
import { chromiumArgs } from '../../../cli/pack/render-pdf';

const ROOT = join(import.meta.dirname, '../../..');
const REPORT = 'tests/fixtures/reports/mixed-results-plan.txt';

describe('the CLI piped into head', () => {
  it('ends quietly when the reader closes the pipe (no EPIPE stack trace)', () => {
    // 80 audits print far more than `head -2` reads: the later writes hit a closed pipe
    const files = Array.from({ length: 80 }, () => REPORT).join(' ');
    const result = spawnSync(
      'bash',
      [
        '-c',
        `node --import tsx cli/main.ts audit ${files} | head -2; echo "cli=\${PIPESTATUS[0]}"`,
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    expect(result.stdout.split('\n').slice(0, 2).join('\n')).toContain(REPORT);
    expect(result.stdout).toMatch(/cli=0/);
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled|at /);
  });

  it('exits on EPIPE and lets any other output error through', () => {
    const stream = new EventEmitter() as unknown as NodeJS.WritableStream;
    const exit = vi.fn();
    endQuietlyWhenPipeCloses(stream, exit);
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(exit).toHaveBeenCalledOnce();
    expect(() => stream.emit('error', Object.assign(new Error('disk'), { code: 'EIO' }))).toThrow(
      'disk',
    );
  });
});

describe('pack starts Chromium', () => {
  it('without its sandbox only when running as root', () => {
    expect(chromiumArgs(true)).toContain('--no-sandbox');
    expect(chromiumArgs(false)).not.toContain('--no-sandbox');
    expect(chromiumArgs(false)).toContain('--disable-background-networking');
  });
});
