import type { ImportWarning } from '../../../model/report';
import { cancelled } from '../read-document';
import { ReaderError } from '../reader-error';
import type { Reader, ReadOptions, ReaderOutput } from '../types';
import { assemblePdf } from './assemble';
import { layoutPage } from './page-layout';
import type { PdfjsDocument, PdfPlatform } from './pdfjs-types';
import { bodySize, readPage, type RawPage } from './read-pages';

/** Fewer visible characters than this per page on average: a scan, not a document with text. */
const MIN_CHARACTERS_PER_PAGE = 5;

const SCANNED = {
  ko: '이 PDF에는 글자 정보가 없습니다(스캔 이미지)',
  en: 'this PDF has no text layer (a scanned image)',
};

function openError(error: unknown): ReaderError {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException')
    return new ReaderError(
      'password',
      {
        ko: '암호가 걸린 PDF입니다. 암호를 푼 파일을 받아 가져오세요',
        en: 'the PDF is password-protected; ask for an unprotected copy',
      },
      'pdf',
    );
  return new ReaderError(
    'damaged',
    {
      ko: 'PDF 파일이 손상되어 열 수 없습니다',
      en: 'the PDF file is damaged and cannot be opened',
    },
    'pdf',
  );
}

async function open(bytes: Uint8Array, platform: PdfPlatform): Promise<PdfjsDocument> {
  // pdfjs takes the buffer over (it moves to its worker): give it a copy, the caller keeps the file
  const task = platform.pdfjs.getDocument({
    isEvalSupported: false,
    verbosity: 0,
    // images are never read here: skipping them saves decoding every photo on every page
    maxImageSize: 1,
    ...platform.documentOptions,
    data: new Uint8Array(bytes),
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw openError(error);
  }
}

function pageWarning(page: number, error: unknown): ImportWarning {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    line: 1,
    message: {
      ko: `${page}쪽을 읽지 못했습니다 (${reason})`,
      en: `page ${page} could not be read (${reason})`,
    },
  };
}

async function readPdf(
  bytes: Uint8Array,
  options: ReadOptions,
  platform: PdfPlatform,
): Promise<ReaderOutput> {
  const document = await open(bytes, platform);
  try {
    const pages: RawPage[] = [];
    const warnings: ImportWarning[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      if (options.signal?.aborted) throw cancelled('pdf');
      try {
        pages.push(await readPage(document, number, platform.pdfjs.OPS));
      } catch (error) {
        warnings.push(pageWarning(number, error));
        pages.push({ number, box: [0, 0, 595, 842], pieces: [], grids: [] });
      }
      options.onProgress?.(number, document.numPages);
    }
    if (options.signal?.aborted) throw cancelled('pdf');
    const characters = pages.reduce(
      (sum, page) => sum + page.pieces.reduce((n, piece) => n + piece.text.length, 0),
      0,
    );
    if (characters < MIN_CHARACTERS_PER_PAGE * Math.max(1, pages.length))
      throw new ReaderError('scanned', SCANNED, 'pdf');
    const body = bodySize(pages);
    const laidOut = pages.map((page) => ({
      number: page.number,
      width: page.box[2],
      height: page.box[3],
      items: layoutPage(page.pieces, page.grids, page.box, body),
    }));
    const assembled = assemblePdf(laidOut);
    return {
      format: 'pdf',
      text: assembled.text,
      blocks: assembled.blocks,
      positions: assembled.positions,
      warnings,
      pages: pages.length,
    };
  } finally {
    await document.destroy().catch(() => undefined);
  }
}

/** The PDF reader, given pdfjs and where its cMaps and fonts are (see README.md). */
export function createPdfReader(platform: PdfPlatform): Reader {
  return (bytes, options) => readPdf(bytes, options, platform);
}
