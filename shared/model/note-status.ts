import type { LocalizedText } from './localized-text';

/** What a member's note on a line is: a question to ask, a finding, something to follow up. */
export type NoteKind = 'question' | 'finding' | 'follow-up';
/** Where a note stands; one vocabulary for the app and the print. */
export type NoteStatus = 'open' | 'answered' | 'closed';

export const NOTE_KIND_LABEL: Record<NoteKind, LocalizedText> = {
  question: { ko: '질의', en: 'Question' },
  finding: { ko: '지적', en: 'Finding' },
  'follow-up': { ko: '후속 확인', en: 'Follow-up' },
};

export const NOTE_STATUS_LABEL: Record<NoteStatus, LocalizedText> = {
  open: { ko: '미답변', en: 'Open' },
  answered: { ko: '답변', en: 'Answered' },
  closed: { ko: '종결', en: 'Closed' },
};

export const NOTE_KINDS: readonly NoteKind[] = ['question', 'finding', 'follow-up'];
export const NOTE_STATUSES: readonly NoteStatus[] = ['open', 'answered', 'closed'];

/** The label of a note kind; an unknown stored value shows as itself. */
export function noteKindLabel(kind: string): LocalizedText {
  return NOTE_KIND_LABEL[kind as NoteKind] ?? { ko: kind, en: kind };
}

/** The label of a note status; an unknown stored value shows as itself. */
export function noteStatusLabel(status: string): LocalizedText {
  return NOTE_STATUS_LABEL[status as NoteStatus] ?? { ko: status, en: status };
}
