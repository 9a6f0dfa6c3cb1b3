/**
 * pdfjs's cMaps (Korean and other CID fonts) and standard fonts, emitted by Vite as assets of the
 * app (hashed names under assets/), so they work wherever the app is served: web mode, Electron's
 * app:// protocol, the dev server. Only the URLs are in the bundle; the bytes are fetched from our
 * own origin when a PDF needs them.
 */
const cMaps = import.meta.glob<string>('../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url',
  import: 'default',
  eager: true,
});
const standardFonts = import.meta.glob<string>(
  '../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}',
  { query: '?url', import: 'default', eager: true },
);

const byFileName = (urls: Record<string, string>): Map<string, string> =>
  new Map(Object.entries(urls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));

const cMapsByName = byFileName(cMaps);
const fontsByName = byFileName(standardFonts);

/** `UniKS-UCS2-H.bcmap` → its asset URL */
export const cMapUrl = (fileName: string): string | undefined => cMapsByName.get(fileName);
export const standardFontUrl = (fileName: string): string | undefined => fontsByName.get(fileName);
export const shippedCMapCount = (): number => cMapsByName.size;
