import { describe, expect, it } from 'vitest';
import { isReaders, readersFrom } from '../../eval/cli-readers';

const reader = async () => ({ format: 'pdf' as const, text: '', blocks: [], warnings: [] });

describe('finding the CLI’s readers in its module', () => {
  it('takes an exported map of format → reader', async () => {
    expect(await readersFrom({ nodeReaders: { pdf: reader } })).toEqual({ pdf: reader });
  });

  it('takes an exported readers factory', async () => {
    expect(await readersFrom({ makeReaders: () => ({ pdf: reader }) })).toEqual({ pdf: reader });
  });

  it('refuses maps with unknown formats or values that are not readers', () => {
    expect(isReaders({ pdf: reader, docx: reader })).toBe(false);
    expect(isReaders({ pdf: 'reader' })).toBe(false);
    expect(isReaders({})).toBe(false);
  });
});
