import type { Text } from '@i18n/language';

export type Route = 'library' | 'review' | 'compare' | 'packs' | 'settings';

export const ROUTES: readonly { route: Route; label: Text }[] = [
  { route: 'library', label: { ko: '자료실', en: 'Library' } },
  { route: 'review', label: { ko: '검토', en: 'Review' } },
  { route: 'compare', label: { ko: '비교', en: 'Compare' } },
  { route: 'packs', label: { ko: '브리핑 자료', en: 'Briefing packs' } },
  { route: 'settings', label: { ko: '설정', en: 'Settings' } },
];

export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return ROUTES.find((entry) => entry.route === name)?.route ?? 'library';
}
