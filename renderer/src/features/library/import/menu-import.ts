import { useEffect } from 'react';
import { create } from 'zustand';
import { platform } from '@platform';

/** Set when the Electron menu's 파일 › 보고서 가져오기… asks for the picker; the import panel answers it. */
export const usePickerRequest = create<{ requested: boolean; set(requested: boolean): void }>()(
  (set) => ({ requested: false, set: (requested) => set({ requested }) }),
);

/** App-wide: the menu command opens 자료실 and asks its import panel to show the file picker. */
export function useMenuImportCommand(): void {
  useEffect(
    () =>
      platform.onMenuCommand?.((command) => {
        if (command !== 'import-report') return;
        window.location.hash = '#/library';
        usePickerRequest.getState().set(true);
      }),
    [],
  );
}

/** In the import panel: runs `pick` once for each pending menu request. */
export function useAnswerPickerRequest(pick: () => void): void {
  const requested = usePickerRequest((state) => state.requested);
  useEffect(() => {
    // read the store, not the render's value: a re-run of this effect must not open a second picker
    if (!requested || !usePickerRequest.getState().requested) return;
    usePickerRequest.getState().set(false);
    pick();
  }, [requested, pick]);
}
