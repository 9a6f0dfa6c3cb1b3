import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useT } from '@i18n/language';
import { isCancelledPaint, type PageSize, type RenderablePdf } from '../../../pdf/rendering';
import {
  MAX_ZOOM,
  MIN_ZOOM,
  boxToRect,
  canvasScale,
  figureScale,
  fitWidthScale,
  scrollTarget,
  unionBox,
  type Size,
} from './page-geometry';
import { marksOnPage, otherMarkedPages, type SourceFocus } from './source-focus';

/** one zoom step (+ / −) */
const ZOOM_STEP = 1.25;
/** what a PDF viewer calls 100 %: 96 CSS pixels an inch, 72 points an inch */
const POINTS_TO_PERCENT = (72 / 96) * 100;

function usePageSize(pdf: RenderablePdf, page: number): PageSize | undefined {
  const [size, setSize] = useState<{ page: number; size: PageSize }>();
  useEffect(() => {
    let live = true;
    pdf
      .pageSize(page)
      .then((value) => live && setSize({ page, size: value }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [pdf, page]);
  return size?.page === page ? size.size : undefined;
}

/** the view's inner size, measured when it is laid out and whenever it changes */
function useViewSize(view: React.RefObject<HTMLDivElement | null>): Size | undefined {
  const [size, setSize] = useState<Size>();
  useLayoutEffect(() => {
    const element = view.current;
    if (!element) return;
    // the observer reports the first size as soon as it starts observing
    const observer = new ResizeObserver(() =>
      setSize({ width: element.clientWidth, height: element.clientHeight }),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [view]);
  return size;
}

/**
 * One page of the original PDF on a canvas (only the page shown is painted), the figure's box
 * highlighted and the other figures its finding used marked; page and zoom controls above. The
 * caller keys it by the focus, so a new figure starts on its page at the figure's zoom.
 */
export function PdfPageView({
  pdf,
  focus,
  fallback,
}: {
  pdf: RenderablePdf;
  focus: SourceFocus;
  /** shown below the page when it cannot be painted (the text around the line) */
  fallback: React.ReactNode;
}) {
  const t = useT();
  const target = focus.primary.page ?? 1;
  const [page, setPage] = useState(Math.min(Math.max(1, target), pdf.numPages));
  /** CSS pixels per point chosen by the user; undefined: fit to the figure */
  const [chosenScale, setChosenScale] = useState<number>();

  const view = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const viewSize = useViewSize(view);
  const size = usePageSize(pdf, page);
  const marks = useMemo(() => marksOnPage(focus, page), [focus, page]);
  const fit = size && viewSize ? fitWidthScale(size, viewSize) : 1;
  const figureBox = page === target ? focus.primary.box : undefined;
  const scale = chosenScale ?? (size && viewSize ? figureScale(figureBox, size, viewSize) : 1);

  const [painted, setPainted] = useState<string>();
  const paintKey = `${page}@${scale.toFixed(4)}`;
  useEffect(() => {
    const element = canvas.current;
    if (!element || !size || !viewSize) return;
    const paint = pdf.paint(page, element, scale, canvasScale(size, scale, devicePixelRatio));
    paint.promise.then(
      () => setPainted(paintKey),
      (error: unknown) => {
        if (!isCancelledPaint(error)) setPainted(`failed:${paintKey}`);
      },
    );
    return () => paint.cancel();
  }, [pdf, page, scale, size, viewSize, paintKey]);

  // the figure (or all the marks) in the middle of the view, before the page is painted
  useLayoutEffect(() => {
    const element = view.current;
    if (!element || !size || !viewSize) return;
    const content = { width: size.width * scale, height: size.height * scale };
    const box = (page === target && focus.primary.box) || unionBox(marks.map((m) => m.box));
    const at = box
      ? scrollTarget(
          boxToRect(box, scale),
          { width: element.clientWidth, height: element.clientHeight },
          content,
        )
      : { left: 0, top: 0 };
    element.scrollTo({ left: at.left, top: at.top });
  }, [size, viewSize, scale, page, target, marks, focus.primary.box]);

  const zoomBy = (factor: number) =>
    setChosenScale(Math.min(fit * MAX_ZOOM, Math.max(fit * MIN_ZOOM, scale * factor)));
  const otherPages = otherMarkedPages(focus, page);
  return (
    <div className="pdf-source">
      <div className="pdf-tools" role="toolbar" aria-label={t('source.pageTools')}>
        <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          ‹ <span className="sr-label">{t('source.previousPage')}</span>
        </button>
        <span className="pdf-page-number" aria-live="polite">
          {t('source.pageOf', { page, pages: pdf.numPages })}
        </span>
        <button type="button" disabled={page >= pdf.numPages} onClick={() => setPage(page + 1)}>
          <span className="sr-label">{t('source.nextPage')}</span> ›
        </button>
        <span className="pdf-zoom">
          <button
            type="button"
            aria-label={t('source.zoomOut')}
            onClick={() => zoomBy(1 / ZOOM_STEP)}
          >
            −
          </button>
          <span>{t('source.zoomLevel', { percent: Math.round(scale * POINTS_TO_PERCENT) })}</span>
          <button type="button" aria-label={t('source.zoomIn')} onClick={() => zoomBy(ZOOM_STEP)}>
            +
          </button>
          <button
            type="button"
            onClick={() => {
              setPage(target);
              setChosenScale(undefined);
            }}
          >
            {t('source.zoomFigure')}
          </button>
        </span>
      </div>
      {otherPages.length > 0 && (
        <p className="hint pdf-other-pages">
          {t('source.otherPages')}{' '}
          {otherPages.map((other) => (
            <button
              key={other}
              type="button"
              className="link-button"
              onClick={() => setPage(other)}
            >
              {t('source.goToPage', { page: other })}
            </button>
          ))}
        </p>
      )}
      <div className="pdf-view" ref={view}>
        <div
          className="pdf-page"
          data-page={page}
          data-scale={scale}
          data-painted={painted === paintKey ? 'true' : 'false'}
          style={size ? { width: size.width * scale, height: size.height * scale } : undefined}
        >
          <canvas ref={canvas} role="img" aria-label={t('source.pageImage', { page })} />
          {marks.map((mark, index) => {
            const rect = boxToRect(mark.box, scale);
            return (
              <div
                key={index}
                className={`pdf-mark ${mark.kind}`}
                data-box={mark.box.join(',')}
                style={{ left: rect.left, top: rect.top, width: rect.width, height: rect.height }}
              />
            );
          })}
        </div>
        {painted === `failed:${paintKey}` ? (
          <p className="error-text pdf-painting" role="alert">
            {t('source.paintFailed', { page })}
          </p>
        ) : (
          painted !== paintKey && <p className="hint pdf-painting">{t('source.painting')}</p>
        )}
      </div>
      {marks.length > 0 && (
        <p className="pdf-legend hint">
          <span className="pdf-mark-swatch figure" aria-hidden="true" /> {t('source.legendFigure')}
          {focus.used.length > 0 && (
            <>
              {' '}
              <span className="pdf-mark-swatch used" aria-hidden="true" /> {t('source.legendUsed')}
            </>
          )}
        </p>
      )}
      {painted === `failed:${paintKey}` && fallback}
    </div>
  );
}
