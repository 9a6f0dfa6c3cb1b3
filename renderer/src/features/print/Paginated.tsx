import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { firstPageOf, paginate, type Page } from '@shared/print/paginate';
import { PageFrame } from './PageFrame';
import { PrintTableView } from './PrintTableView';
import type { PrintBlock, PrintSpec } from './print-spec';
import { fontsSettled, measureBlocks } from './measure';

/** a pixel of slack for rounding between measured rows and the printed page */
const SLACK = 2;

function BlockView({
  block,
  pageOf,
}: {
  block: PrintBlock;
  pageOf?: (id: string) => number | undefined;
}) {
  return block.kind === 'block' ? (
    block.node
  ) : (
    <PrintTableView table={block.table} pageOf={pageOf} />
  );
}

/**
 * Lays a document out on A4 pages by measuring, not guessing: every block is first rendered in
 * an off-screen sheet of the page's width, the heights are read, the pure paginator decides the
 * breaks, and then the pages are rendered. When done it marks <html data-print-ready="true">.
 */
export function Paginated({
  spec,
  onReady,
}: {
  spec: PrintSpec;
  onReady?: (pages: number) => void;
}) {
  const measureRef = useRef<HTMLDivElement>(null);
  const emptyPageRef = useRef<HTMLDivElement>(null);
  // pages belong to the spec they were measured for: a new spec is measured afresh
  const [laidOut, setLaidOut] = useState<{ spec: PrintSpec; pages: Page[] } | null>(null);
  const pages = laidOut?.spec === spec ? laidOut.pages : null;

  const measured = pages !== null;
  useLayoutEffect(() => {
    if (measured) return;
    let cancelled = false;
    const container = measureRef.current;
    const emptyBody = emptyPageRef.current?.querySelector<HTMLElement>('.print-page-body');
    if (!container || !emptyBody) return;
    void fontsSettled(container).then(() => {
      if (cancelled) return;
      const items = measureBlocks(container, spec.blocks);
      const height = emptyBody.getBoundingClientRect().height - SLACK;
      setLaidOut({ spec, pages: paginate(items, height) });
    });
    return () => {
      cancelled = true;
    };
  }, [spec, measured]);

  const byId = useMemo(() => new Map(spec.blocks.map((block) => [block.id, block])), [spec]);
  const firstPage = useMemo(
    () => (pages ? firstPageOf(pages) : new Map<string, number>()),
    [pages],
  );
  const pageOf = (id: string) => firstPage.get(id);

  useEffect(() => {
    if (!pages) return;
    document.title = spec.title;
    document.documentElement.dataset.printPages = String(pages.length);
    document.documentElement.dataset.printReady = 'true';
    onReady?.(pages.length);
    return () => {
      delete document.documentElement.dataset.printReady;
    };
  }, [pages, spec.title, onReady]);

  if (!pages)
    return (
      <div className="print-measure" aria-hidden="true">
        <div ref={emptyPageRef}>
          <PageFrame orientation={spec.orientation} header={spec.header} pageNumber={1} />
        </div>
        <div ref={measureRef}>
          <PageFrame orientation={spec.orientation} header={spec.header} measuring>
            {spec.blocks.map((block) => (
              <div key={block.id} data-block-id={block.id} className="print-block">
                <BlockView block={block} />
              </div>
            ))}
          </PageFrame>
        </div>
      </div>
    );

  return (
    <>
      {pages.map((page, index) => {
        const bare = page.some((piece) => {
          const block = byId.get(piece.id);
          return block?.kind === 'block' && block.bare;
        });
        return (
          <PageFrame
            key={index}
            orientation={spec.orientation}
            header={spec.header}
            pageNumber={bare ? undefined : index + 1}
            bare={bare}
          >
            {page.map((piece) => {
              const block = byId.get(piece.id);
              if (!block) return null;
              const key = `${piece.id}:${piece.kind === 'table' ? piece.from : 0}`;
              return (
                <div key={key} className="print-block">
                  {piece.kind === 'table' && block.kind === 'table' ? (
                    <PrintTableView
                      table={block.table}
                      from={piece.from}
                      to={piece.to}
                      withFoot={piece.withFoot}
                      continued={piece.continued}
                      pageOf={pageOf}
                    />
                  ) : (
                    <BlockView block={block} pageOf={pageOf} />
                  )}
                </div>
              );
            })}
          </PageFrame>
        );
      })}
    </>
  );
}
