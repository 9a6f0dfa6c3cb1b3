/**
 * Documents read in Node with the app's own readers (`parseDocument` + `nodeReaders`) and stored
 * with the app's own store over fake-indexeddb, handed to a browser test as a `.cbr-backup`: the
 * browser's import worker does not read PDFs on this branch, and a backup is how a library with
 * (or without) original files reaches the app anyway.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Page } from 'playwright-core';
import { CbrDatabase } from '../../renderer/src/db/database';
import { createStore } from '../../renderer/src/db/store';
import { parseDocument, type DocumentParse } from '../../shared/import/parse-report';
import { nodeReaders } from '../../cli/readers';

export interface SourceDocument {
  fileName: string;
  bytes: Uint8Array;
  /** false: stored without its original file, as imports before store v3 were */
  keepOriginal: boolean;
}

export async function parseInNode(fileName: string, bytes: Uint8Array): Promise<DocumentParse> {
  return parseDocument(bytes, { fileName }, nodeReaders);
}

export async function backupWithDocuments(
  documents: readonly SourceDocument[],
): Promise<Uint8Array> {
  const db = new CbrDatabase({ name: 'source-fixture', indexedDB: new IDBFactory(), IDBKeyRange });
  const store = createStore(db);
  for (const doc of documents) {
    const parse = await parseInNode(doc.fileName, doc.bytes);
    await store.importDocument(
      parse.report,
      {
        name: doc.fileName,
        text: parse.read.text,
        ...(doc.keepOriginal ? { original: doc.bytes } : {}),
      },
      { allowDuplicate: true },
    );
  }
  const bytes = await store.createBackup();
  db.close();
  return bytes;
}

/** dark (ink) pixels the canvas holds inside a box given in PDF points */
export function inkInBox(page: Page, box: readonly number[]) {
  return page
    .locator('.pdf-page canvas')
    .evaluate((canvas: HTMLCanvasElement, [x0, y0, x1, y1]: number[]) => {
      const cssScale = Number(canvas.closest('.pdf-page')!.getAttribute('data-scale'));
      // canvas pixels per point: CSS pixels per point × canvas pixels per CSS pixel
      const perPoint = (cssScale * canvas.width) / canvas.getBoundingClientRect().width;
      const data = canvas
        .getContext('2d')!
        .getImageData(
          x0! * perPoint,
          y0! * perPoint,
          (x1! - x0!) * perPoint,
          (y1! - y0!) * perPoint,
        ).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 110) ink++;
      return ink;
    }, box as number[]);
}
