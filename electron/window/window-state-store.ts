import { readFileSync, writeFileSync } from 'node:fs';
import { parseWindowState, type Area, type WindowState } from './window-state';

export interface WindowStateStore {
  load(): WindowState | null;
  save(state: WindowState): void;
}

/** A store in one JSON file; a failed write is only logged (losing a window size is harmless). */
export function fileWindowStateStore(
  file: string,
  displays: () => readonly Area[],
): WindowStateStore {
  return {
    load() {
      let text: string | null;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        text = null;
      }
      return parseWindowState(text, displays());
    },
    save(state) {
      try {
        writeFileSync(file, JSON.stringify(state));
      } catch (error) {
        console.warn(`could not remember the window size in ${file}: ${String(error)}`);
      }
    },
  };
}
