/**
 * The part of pdfjs-dist the PDF reader uses. The platform hands in the module (the legacy build in
 * Node, the standard build in the browser's import worker) and the options that say where the cMaps
 * and standard fonts are, so this folder never imports pdfjs itself and never touches the network.
 */
export interface PdfjsOperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

export interface PdfjsViewport {
  /** user space → page space (top-left origin, y downwards) at the scale asked */
  transform: number[];
  width: number;
  height: number;
}

export interface PdfjsPage {
  getViewport(parameters: { scale: number }): PdfjsViewport;
  /** the operators that draw the page: paths (table borders) and text (`showText` with glyphs) */
  getOperatorList(): Promise<PdfjsOperatorList>;
  /** fonts by their loaded name, once the operator list has loaded them */
  commonObjs: { has(name: string): boolean; get(name: string): unknown };
  cleanup(): unknown;
}

export interface PdfjsDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfjsPage>;
  destroy(): Promise<void>;
}

export interface PdfjsLoadingTask {
  promise: Promise<PdfjsDocument>;
  destroy(): Promise<void>;
}

export interface PdfjsModule {
  getDocument(source: { data: Uint8Array } & Record<string, unknown>): PdfjsLoadingTask;
  /** operator codes: save, restore, transform, constructPath, paintFormXObjectBegin… */
  OPS: Readonly<Record<string, number>>;
}

/** What a platform gives the reader: pdfjs itself and the options for `getDocument`. */
export interface PdfPlatform {
  pdfjs: PdfjsModule;
  /**
   * Merged into every `getDocument` call: `cMapUrl` + `cMapPacked`, `standardFontDataUrl` (or
   * `CMapReaderFactory` / `StandardFontDataFactory`), `isEvalSupported: false`… Never a URL that
   * leaves the machine.
   */
  documentOptions: Readonly<Record<string, unknown>>;
}
