/**
 * What the user said about how a file is read, remembered in the settings table (so the backup
 * carries it, and it outlives the document: deleting and importing the same file again applies it):
 * table corrections by the document's SHA-256, spreadsheet column mappings by header signature.
 * No schema change was needed: settings are already key → value and in every backup.
 */
import type { ColumnMapping, DocumentCorrections } from '@shared/import';
import { readCorrectionsData } from '@shared/import/corrections-file';
import { settingsChanged } from '../after-change';
import { getStore } from '../store';

export const TABLE_CORRECTIONS_SETTING = 'import.tableCorrections';
export const SHEET_MAPPINGS_SETTING = 'import.sheetMappings';

/** how many confirmed mappings are kept (the latest first): enough for every portal layout */
const MAX_MAPPINGS = 50;

export async function storedCorrections(): Promise<DocumentCorrections[]> {
  const stored = await (await getStore()).getSetting<unknown>(TABLE_CORRECTIONS_SETTING);
  const checked = readCorrectionsData(stored ?? []);
  return checked.ok ? checked.corrections : [];
}

export async function storedMappings(): Promise<ColumnMapping[]> {
  const stored = await (await getStore()).getSetting<unknown>(SHEET_MAPPINGS_SETTING);
  return Array.isArray(stored) ? (stored as ColumnMapping[]) : [];
}

/** Keeps one document's corrections (replacing what was kept for it; none left removes it). */
export async function rememberCorrections(corrections: DocumentCorrections): Promise<void> {
  const stored = await storedCorrections();
  const others = stored.filter((document) => document.sha256 !== corrections.sha256);
  const next = corrections.tables.length > 0 ? [...others, corrections] : others;
  if (next.length === stored.length && corrections.tables.length === 0) return;
  await (await getStore()).setSetting(TABLE_CORRECTIONS_SETTING, next);
  settingsChanged();
}

/** Keeps a confirmed column mapping, offered again for files with the same headers. */
export async function rememberMapping(mapping: ColumnMapping): Promise<void> {
  const stored = await storedMappings();
  const next = [mapping, ...stored.filter((m) => m.signature !== mapping.signature)];
  await (await getStore()).setSetting(SHEET_MAPPINGS_SETTING, next.slice(0, MAX_MAPPINGS));
  settingsChanged();
}

/** The JSON `npm run cli -- parse FILE --corrections FILE.json` reads. */
export function correctionsJson(corrections: DocumentCorrections): string {
  return `${JSON.stringify(corrections, null, 2)}\n`;
}

export type CorrectionsFile =
  | { ok: true; corrections: DocumentCorrections[] }
  /** `json`: the file is not JSON; `format`: JSON, but not a corrections file */
  | { ok: false; problem: 'json' | 'format'; detail: string };

/** An exported corrections file read back (the screen says what was wrong, in its language). */
export function readCorrectionsFile(text: string): CorrectionsFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return { ok: false, problem: 'json', detail: (error as Error).message };
  }
  const checked = readCorrectionsData(data);
  if (!checked.ok) return { ok: false, problem: 'format', detail: checked.problem };
  return { ok: true, corrections: checked.corrections };
}
