/** The app shell: title, menu, language switch. */
import type { Messages } from './types';

export const app = {
  'app.title': { ko: '의회 예산검토', en: 'Council Budget Review' },
  'app.mainMenu': { ko: '주 메뉴', en: 'Main menu' },
  'app.language': { ko: '언어', en: 'Language' },
  'app.routeReview': { ko: '검토', en: 'Review' },
} as const satisfies Messages;
