import { cMapUrl, standardFontUrl } from './pdfjs-assets';

/** What pdfjs asks its BinaryDataFactory for (pdfjs-dist 5.x, `useWorkerFetch: false`). */
interface BinaryDataRequest {
  kind: 'cMapUrl' | 'standardFontDataUrl' | 'wasmUrl' | string;
  filename: string;
}

/**
 * pdfjs's BinaryDataFactory, answering from the files that ship with the app. pdfjs constructs it
 * with its URL options, which we do not use: each file has its own hashed asset URL.
 */
export class AppBinaryDataFactory {
  async fetch({ kind, filename }: BinaryDataRequest): Promise<Uint8Array> {
    const url =
      kind === 'cMapUrl'
        ? cMapUrl(filename)
        : kind === 'standardFontDataUrl'
          ? standardFontUrl(filename)
          : undefined;
    if (url === undefined)
      throw new Error(`pdfjs asked for ${kind} ${filename}, which the app does not ship`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${filename}: ${response.status} ${response.statusText}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}
