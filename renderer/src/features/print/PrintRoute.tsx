import { useEffect, useState } from 'react';
import { useT } from '@i18n/language';
import { platform } from '@platform';
import { Paginated } from './Paginated';
import type { PrintSpec } from './print-spec';
import type { PrintTarget } from './print-target';
import { loadPrintSpec } from './load-spec';
import './print.css';

type State =
  | { status: 'loading' }
  | { status: 'ready'; spec: PrintSpec }
  | { status: 'error'; message: string };

/** The print route (#/print/…): A4 pages without the app's chrome, plus a toolbar hidden in print. */
export function PrintRoute({ target }: { target: PrintTarget }) {
  const t = useT();
  const [state, setState] = useState<State>({ status: 'loading' });
  const targetKey = JSON.stringify(target);
  useEffect(() => {
    let live = true;
    loadPrintSpec(JSON.parse(targetKey) as PrintTarget).then(
      (spec) => live && setState({ status: 'ready', spec }),
      (error: unknown) =>
        live &&
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [targetKey]);

  if (state.status === 'error')
    return (
      <div className="print-root">
        <div className="print-error" role="alert">
          <h2>{t('print.failedTitle')}</h2>
          <p>{state.message}</p>
          <a href={target.kind === 'compare' ? '#/compare' : '#/packs'}>{t('print.back')}</a>
        </div>
      </div>
    );
  if (state.status === 'loading')
    return (
      <div className="print-root" aria-busy="true">
        <p className="print-toolbar">{t('print.preparing')}</p>
      </div>
    );
  const { spec } = state;
  const print = () =>
    void platform.printToPdf({
      title: spec.title,
      suggestedName: `${spec.title.replace(/[\\/:*?"<>|]/g, '_')}.pdf`,
      landscape: spec.orientation === 'landscape',
    });
  return (
    <div className="print-root">
      <style>{`@page { size: A4 ${spec.orientation}; margin: 0; }`}</style>
      <nav className="print-toolbar" aria-label={t('print.printTools')}>
        <button type="button" onClick={() => window.history.back()}>
          ← {t('print.back')}
        </button>
        <strong>{spec.title}</strong>
        <button type="button" onClick={print}>
          {t('print.printButton')}
        </button>
      </nav>
      <Paginated spec={spec} />
    </div>
  );
}
