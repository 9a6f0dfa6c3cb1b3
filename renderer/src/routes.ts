import type { LocalizedText } from '@shared/model/localized-text';
import { msg } from '@i18n/text';

export type Route = 'library' | 'review' | 'compare' | 'packs' | 'settings';

export const ROUTES: readonly { route: Route; label: LocalizedText }[] = [
  { route: 'library', label: msg('common.library') },
  { route: 'review', label: msg('app.routeReview') },
  { route: 'compare', label: msg('common.compare') },
  { route: 'packs', label: msg('common.briefingPacks') },
  { route: 'settings', label: msg('common.settings') },
];

export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return ROUTES.find((entry) => entry.route === name)?.route ?? 'library';
}
