/** The print view’s toolbar and errors. */
import type { Messages } from './types';

export const print = {
  'print.failedTitle': {
    ko: '인쇄용 문서를 만들 수 없습니다',
    en: 'Could not make the printable document',
  },
  'print.back': { ko: '돌아가기', en: 'Back' },
  'print.preparing': {
    ko: '인쇄용 문서를 준비하는 중입니다…',
    en: 'Preparing the printable document…',
  },
  'print.printTools': { ko: '인쇄 도구', en: 'Print tools' },
  'print.printButton': { ko: '인쇄 / PDF 저장', en: 'Print / save as PDF' },
} as const satisfies Messages;
