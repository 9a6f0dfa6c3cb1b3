/** 검토 › 메모·질의. */
import type { Messages } from './types';

export const notes = {
  'notes.listLabel': { ko: '메모 목록', en: 'Notes list' },
  'notes.status': { ko: '상태', en: 'Status' },
  'notes.noNotes': { ko: '메모가 없습니다.', en: 'No notes.' },
  'notes.panelLabel': { ko: '메모', en: 'Notes' },
  'notes.heading': { ko: '메모·질의', en: 'Notes and questions' },
  'notes.noteText': { ko: '메모 내용', en: 'Note text' },
  'notes.addNote': { ko: '메모 추가', en: 'Add note' },
  'notes.couldNotSaveNote': { ko: '메모를 저장하지 못했습니다', en: 'Could not save the note' },
  'notes.question': { ko: '질의', en: 'Question' },
  'notes.finding': { ko: '지적', en: 'Finding' },
  'notes.followUp': { ko: '후속 확인', en: 'Follow-up' },
  'notes.open': { ko: '미답변', en: 'Open' },
  'notes.answered': { ko: '답변', en: 'Answered' },
  'notes.closed': { ko: '종결', en: 'Closed' },
} as const satisfies Messages;
