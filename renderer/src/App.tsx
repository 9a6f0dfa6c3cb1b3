import { useEffect, useState } from 'react';
import { useLanguage, useT } from '@i18n/language';
import { ROUTES, routeFromHash, type Route } from './routes';
import { LibraryPage } from '@features/library/LibraryPage';
import { ReviewPage } from '@features/review/ReviewPage';
import { ComparePage } from '@features/compare/ComparePage';
import { PacksPage } from '@features/packs/PacksPage';
import { SettingsPage } from '@features/settings/SettingsPage';
import { PrintRoute } from '@features/print/PrintRoute';
import { printTargetFromHash } from '@features/print/print-target';
import { StorageBanner } from '@features/library/StorageBanner';
import { useMenuImportCommand } from '@features/library/import/menu-import';

const PAGES: Record<Route, () => React.JSX.Element> = {
  library: LibraryPage,
  review: ReviewPage,
  compare: ComparePage,
  packs: PacksPage,
  settings: SettingsPage,
};

function useHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onHashChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return hash;
}

export function App() {
  const hash = useHash();
  const printTarget = printTargetFromHash(hash);
  // the print view (#/print/…) is A4 pages only, without the app's chrome
  if (printTarget) return <PrintRoute target={printTarget} />;
  return <AppShell route={routeFromHash(hash)} />;
}

function AppShell({ route }: { route: Route }) {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  useMenuImportCommand();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);
  const Page = PAGES[route];
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <nav className="app-nav" aria-label={t('app.mainMenu')}>
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
        <div className="language-toggle" role="group" aria-label={t('app.language')}>
          <button type="button" aria-pressed={language === 'ko'} onClick={() => setLanguage('ko')}>
            한국어
          </button>
          <button type="button" aria-pressed={language === 'en'} onClick={() => setLanguage('en')}>
            English
          </button>
        </div>
      </header>
      <main className="app-main">
        <StorageBanner />
        <Page />
      </main>
    </div>
  );
}
