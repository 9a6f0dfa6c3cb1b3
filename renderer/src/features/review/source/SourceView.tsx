import { useEffect, useRef } from 'react';
import { useT } from '@i18n/language';
import { figureRanges, splitByRanges } from './marks';
import { useDocumentLines } from './useDocumentText';

const CONTEXT_LINES = 12;

/** The document's text around one line, that line highlighted and its figures marked. */
export function SourceView({ documentId, line }: { documentId: number; line: number }) {
  const t = useT();
  const { lines, error } = useDocumentLines(documentId);
  const target = useRef<HTMLLIElement>(null);
  useEffect(() => {
    // scroll the list only (scrollIntoView would scroll the side panel too, hiding what is above)
    const item = target.current;
    const list = item?.parentElement;
    if (!item || !list) return;
    list.scrollTop = item.offsetTop - list.offsetTop - (list.clientHeight - item.offsetHeight) / 2;
  }, [lines, line]);
  if (error) {
    return (
      <p className="error-text" role="alert">
        {t('review.couldNotLoadSource')} {error}
      </p>
    );
  }
  if (!lines) return <p className="hint">{t('review.loadingSource')}</p>;
  const first = Math.max(1, line - CONTEXT_LINES);
  const last = Math.min(lines.length, line + CONTEXT_LINES);
  const shown = lines.slice(first - 1, last);
  return (
    <ol className="source-text" start={first} aria-label={t('review.sourceText')}>
      {shown.map((text, index) => {
        const number = first + index;
        const current = number === line;
        return (
          <li
            key={number}
            ref={current ? target : undefined}
            className={current ? 'source-line current' : 'source-line'}
            aria-current={current ? 'true' : undefined}
          >
            <span className="line-number" aria-hidden="true">
              {number}
            </span>
            <span className="line-text">
              {current
                ? splitByRanges(text, figureRanges(text)).map((piece, i) =>
                    piece.marked ? (
                      <mark key={i}>{piece.text}</mark>
                    ) : (
                      <span key={i}>{piece.text}</span>
                    ),
                  )
                : text}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
