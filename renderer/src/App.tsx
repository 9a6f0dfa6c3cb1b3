import { useEffect, useState } from 'react';
import { useLanguage, useT } from './i18n/language';
import { ROUTES, routeFromHash, type Route } from './routes';
import { LibraryPage } from './features/library/LibraryPage';
import { ReviewPage } from './features/review/ReviewPage';
import { ComparePage } from './features/compare/ComparePage';
import { PacksPage } from './features/packs/PacksPage';
import { SettingsPage } from './features/settings/SettingsPage';

const PAGES: Record<Route, () => React.JSX.Element> = {
  library: LibraryPage,
  review: ReviewPage,
  compare: ComparePage,
  packs: PacksPage,
  settings: SettingsPage,
};

function useRoute(): Route {
  const [route, setRoute] = useState(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return route;
}

export function App() {
  const t = useT();
  const route = useRoute();
  const { language, setLanguage } = useLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t({ ko: '의회 예산검토', en: 'Council Budget Review' });
  }, [language, t]);
  const Page = PAGES[route];
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">{t({ ko: '의회 예산검토', en: 'Council Budget Review' })}</h1>
        <nav className="app-nav" aria-label={t({ ko: '주 메뉴', en: 'Main menu' })}>
          {ROUTES.map((entry) => (
            <a
              key={entry.route}
              href={`#/${entry.route}`}
              aria-current={entry.route === route ? 'page' : undefined}
            >
              {t(entry.label)}
            </a>
          ))}
        </nav>
        <div
          className="language-toggle"
          role="group"
          aria-label={t({ ko: '언어', en: 'Language' })}
        >
          <button type="button" aria-pressed={language === 'ko'} onClick={() => setLanguage('ko')}>
            한국어
          </button>
          <button type="button" aria-pressed={language === 'en'} onClick={() => setLanguage('en')}>
            English
          </button>
        </div>
      </header>
      <main className="app-main">
        <Page />
      </main>
    </div>
  );
}
