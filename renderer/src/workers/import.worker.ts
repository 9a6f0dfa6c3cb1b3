/// <reference lib="webworker" />
import { decodeReportBytes, parseReport } from '@shared/import';
import type { ImportRequest, ImportResponse } from './import-protocol';

/** Decodes and parses a report off the main thread, so the page stays responsive on big files. */
function handle(request: ImportRequest): ImportResponse {
  let decoded: { text: string; encoding: string };
  try {
    decoded = decodeReportBytes(request.bytes);
  } catch (error) {
    return {
      ok: false,
      failure: 'undecodable',
      message: String((error as Error).message ?? error),
    };
  }
  try {
    const parsed = parseReport(decoded.text, { fileName: request.name, today: new Date() });
    if (parsed.lines.length === 0 && parsed.personnel.length === 0) {
      return {
        ok: false,
        failure: 'not-a-report',
        message: `${request.name}: no budget or personnel table was found`,
      };
    }
    return { ok: true, parsed, text: decoded.text, encoding: decoded.encoding };
  } catch (error) {
    return {
      ok: false,
      failure: 'parse-failed',
      message: String((error as Error).message ?? error),
    };
  }
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  self.postMessage(handle(event.data));
};
