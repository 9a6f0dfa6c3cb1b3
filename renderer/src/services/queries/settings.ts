/** Reading settings: flag rules, the review's remembered unit and column layout, automatic backup. */
import { AUTO_BACKUP_SETTING, type AutoBackupSetting } from '@db/backup/auto';
import { FLAG_RULES_SETTING, readFlagRules } from '@shared/flags';
import { useFlagRules } from '@state/flag-rules';
import { getStore } from '../store';

export const UNIT_SETTING = 'review.unit';
export const COLUMN_STATE_SETTING = 'review.columnState';
/** the document 검토 shows (null: all) */
export const DOCUMENT_IN_VIEW_SETTING = 'review.documentId';

export type { AutoBackupSetting };

/** (re)loads the flag rules into state/flag-rules */
export async function loadFlagRules(): Promise<void> {
  try {
    const stored = await (await getStore()).getSetting<unknown>(FLAG_RULES_SETTING);
    useFlagRules.setState((state) => ({
      rules: readFlagRules(stored),
      loaded: true,
      loads: state.loads + 1,
      error: undefined,
    }));
  } catch (error) {
    useFlagRules.setState({
      loaded: true,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/** the review's remembered money unit and grid column layout, as stored (the review checks them) */
export async function reviewPreferences(): Promise<{
  unit?: unknown;
  columnState?: unknown;
  documentId?: unknown;
}> {
  const store = await getStore();
  const [unit, columnState, documentId] = await Promise.all([
    store.getSetting<unknown>(UNIT_SETTING),
    store.getSetting<unknown>(COLUMN_STATE_SETTING),
    store.getSetting<unknown>(DOCUMENT_IN_VIEW_SETTING),
  ]);
  return { unit, columnState, documentId };
}

export async function autoBackupSetting(): Promise<AutoBackupSetting | undefined> {
  return (await getStore()).getSetting<AutoBackupSetting>(AUTO_BACKUP_SETTING);
}
