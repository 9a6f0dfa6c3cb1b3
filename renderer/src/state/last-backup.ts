/** When the user last saved a backup file by hand (설정 shows it in web mode). Set by services. */
import { create } from 'zustand';

export const useLastBackup = create<{ savedAt?: string; loaded: boolean }>()(() => ({
  loaded: false,
}));
