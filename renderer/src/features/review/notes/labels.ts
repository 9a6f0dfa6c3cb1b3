import type { NoteKind, NoteStatus } from '@data/stored';
import type { LocalizedText } from '@shared/model/localized-text';
import { asIs, msg } from '@i18n/text';

export const NOTE_KINDS: { value: NoteKind; label: LocalizedText }[] = [
  { value: 'question', label: msg('notes.question') },
  { value: 'finding', label: msg('notes.finding') },
  { value: 'follow-up', label: msg('notes.followUp') },
];

export const NOTE_STATUSES: { value: NoteStatus; label: LocalizedText }[] = [
  { value: 'open', label: msg('notes.open') },
  { value: 'answered', label: msg('notes.answered') },
  { value: 'closed', label: msg('notes.closed') },
];

export const kindLabel = (kind: NoteKind) =>
  NOTE_KINDS.find((entry) => entry.value === kind)?.label ?? asIs(kind);
export const statusLabel = (status: NoteStatus) =>
  NOTE_STATUSES.find((entry) => entry.value === status)?.label ?? asIs(status);
