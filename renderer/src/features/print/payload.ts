import {
  PRINT_PAYLOAD_EVENT,
  PRINT_PAYLOAD_GLOBAL,
  PrintPayloadSchema,
  payloadProblem,
  type PrintPayload,
} from '@shared/print/payload';

export type { PrintPayload };

/**
 * Data handed to #/print/payload by the CLI (shared/print/payload.ts) instead of read from the
 * store. Resolves with the validated payload as soon as it has been set (before or after we ask);
 * rejects with a readable Error when it has the wrong shape.
 */
export function waitForPayload(): Promise<PrintPayload> {
  const target = window as unknown as Record<string, unknown>;
  return new Promise((resolve, reject) => {
    const take = () => {
      const result = PrintPayloadSchema.safeParse(target[PRINT_PAYLOAD_GLOBAL]);
      if (result.success) resolve(result.data);
      else reject(new Error(payloadProblem(result.error).ko));
    };
    if (target[PRINT_PAYLOAD_GLOBAL] !== undefined) return take();
    const onPayload = () => {
      if (target[PRINT_PAYLOAD_GLOBAL] === undefined) return;
      window.removeEventListener(PRINT_PAYLOAD_EVENT, onPayload);
      take();
    };
    window.addEventListener(PRINT_PAYLOAD_EVENT, onPayload);
  });
}
