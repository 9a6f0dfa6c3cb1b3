import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWindowState } from '../../electron/window/window-state';
import { fileWindowStateStore } from '../../electron/window/window-state-store';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
const valid = { x: 100, y: 80, width: 1400, height: 900, maximized: false };

describe('parseWindowState', () => {
  it('restores a valid saved state', () => {
    expect(parseWindowState(JSON.stringify(valid), screen)).toEqual(valid);
  });

  it('ignores a missing file, broken JSON and wrong shapes', () => {
    expect(parseWindowState(null, screen)).toBeNull();
    expect(parseWindowState('{"x": 1,', screen)).toBeNull();
    expect(parseWindowState(JSON.stringify({ ...valid, width: 'wide' }), screen)).toBeNull();
    expect(parseWindowState(JSON.stringify([1, 2, 3]), screen)).toBeNull();
  });

  it('ignores sizes too small to use or absurdly large', () => {
    expect(parseWindowState(JSON.stringify({ ...valid, width: 10 }), screen)).toBeNull();
    expect(parseWindowState(JSON.stringify({ ...valid, height: 1e9 }), screen)).toBeNull();
  });

  it('ignores a position on a display that is no longer connected', () => {
    expect(parseWindowState(JSON.stringify({ ...valid, x: 3000 }), screen)).toBeNull();
    const twoScreens = [...screen, { x: 1920, y: 0, width: 1920, height: 1080 }];
    expect(parseWindowState(JSON.stringify({ ...valid, x: 3000 }), twoScreens)).not.toBeNull();
  });
});

describe('fileWindowStateStore', () => {
  it('saves the state and loads it back', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cbr-window-')), 'window-state.json');
    const store = fileWindowStateStore(file, () => screen);
    expect(store.load()).toBeNull();
    store.save(valid);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(valid);
    expect(store.load()).toEqual(valid);
  });

  it('ignores a corrupted file instead of failing to start', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cbr-window-')), 'window-state.json');
    writeFileSync(file, '\u0000garbage');
    expect(fileWindowStateStore(file, () => screen).load()).toBeNull();
  });
});
