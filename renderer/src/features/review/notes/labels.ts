import type { NoteKind, NoteStatus } from '@data/stored';
import type { Text } from '@i18n/language';

export const NOTE_KINDS: { value: NoteKind; label: Text }[] = [
  { value: 'question', label: { ko: '질의', en: 'Question' } },
  { value: 'finding', label: { ko: '지적', en: 'Finding' } },
  { value: 'follow-up', label: { ko: '후속 확인', en: 'Follow-up' } },
];

export const NOTE_STATUSES: { value: NoteStatus; label: Text }[] = [
  { value: 'open', label: { ko: '미답변', en: 'Open' } },
  { value: 'answered', label: { ko: '답변', en: 'Answered' } },
  { value: 'closed', label: { ko: '종결', en: 'Closed' } },
];

export const kindLabel = (kind: NoteKind) =>
  NOTE_KINDS.find((entry) => entry.value === kind)?.label ?? { ko: kind, en: kind };
export const statusLabel = (status: NoteStatus) =>
  NOTE_STATUSES.find((entry) => entry.value === status)?.label ?? { ko: status, en: status };
