import { describe, expect, it } from 'vitest';
import { acceptToFilters } from '../../electron/ipc/accept-filters';
import { IMPORT_ACCEPT } from '../../renderer/src/features/library/import/accepted-formats';

describe('the open dialog’s filters', () => {
  it('list every format the import reads, once each, then all files', () => {
    const [supported, all] = acceptToFilters(IMPORT_ACCEPT);
    expect(supported?.extensions).toEqual(['pdf', 'hwp', 'hwpx', 'csv', 'xlsx', 'txt']);
    expect(all).toEqual({ name: '모든 파일', extensions: ['*'] });
  });

  it('turn MIME types into extensions and ignore what they do not know', () => {
    expect(acceptToFilters(['application/x-hwp', 'image/png'])[0]?.extensions).toEqual(['hwp']);
    expect(acceptToFilters([])).toEqual([]);
  });
});
