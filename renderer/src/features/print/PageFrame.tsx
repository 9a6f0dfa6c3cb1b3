import type { ReactNode } from 'react';
import { pageLabel } from '@shared/print/paginate';
import type { Orientation } from './print-spec';

/** One A4 sheet: running header, the body the paginator fills, and the page number '- 3 -'. */
export function PageFrame({
  orientation,
  header,
  pageNumber,
  bare,
  measuring,
  children,
}: {
  orientation: Orientation;
  header: { left: string; right: string };
  pageNumber?: number;
  bare?: boolean;
  /** the off-screen sheet that grows to hold everything, for measuring */
  measuring?: boolean;
  children?: ReactNode;
}) {
  return (
    <section
      className={`print-page print-page-${orientation}${bare ? ' print-page-bare' : ''}${measuring ? ' print-page-measuring' : ''}`}
      aria-label={pageNumber ? `${pageNumber}쪽` : undefined}
    >
      <header className="print-page-header">
        <span>{header.left}</span>
        <span>{header.right}</span>
      </header>
      <div className="print-page-body">{children}</div>
      <footer className="print-page-footer">
        {pageNumber !== undefined ? pageLabel(pageNumber) : ''}
      </footer>
    </section>
  );
}
