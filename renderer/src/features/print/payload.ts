import type { Comparison } from '@shared/compare/types';
import type { PackInput, PackModel } from '@shared/print/pack-types';

/** Data handed to #/print/payload by the CLI (page.evaluate) instead of read from the store. */
export type PrintPayload =
  | { kind: 'pack'; input: PackInput }
  /** a pack already laid out in sections (the CLI builds it in Node: far less data to hand over) */
  | { kind: 'pack-model'; model: PackModel }
  | { kind: 'comparison'; comparison: Comparison; council?: string; session?: string };

const EVENT = 'cbr-print-payload';

interface PayloadWindow {
  __cbrPrintPayload?: PrintPayload;
}

/** Resolves with the payload as soon as it has been set (it may be set before or after we ask). */
export function waitForPayload(): Promise<PrintPayload> {
  const target = window as unknown as PayloadWindow;
  return new Promise((resolve) => {
    if (target.__cbrPrintPayload) return resolve(target.__cbrPrintPayload);
    const onPayload = () => {
      if (!target.__cbrPrintPayload) return;
      window.removeEventListener(EVENT, onPayload);
      resolve(target.__cbrPrintPayload);
    };
    window.addEventListener(EVENT, onPayload);
  });
}

/** What the CLI runs in the page (kept here so both sides agree on the names). */
export const PAYLOAD_EVENT = EVENT;
