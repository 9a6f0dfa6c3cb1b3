/** gzip through the platform's CompressionStream (Chromium, Electron and Node 20 all have it). */

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream) {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return pipe(bytes, new CompressionStream('gzip'));
}

/** rejects when the input is not gzip or is cut short */
export function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  return pipe(bytes, new DecompressionStream('gzip'));
}

/** The decompressed data would pass the cap: the stream was stopped there. */
export class TooLargeWhenDecompressed extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} bytes when decompressed`);
  }
}

/**
 * Decompresses chunk by chunk and stops as soon as the output passes `limit` bytes, so a small
 * file that inflates to gigabytes (a "zip bomb") costs at most `limit` bytes of memory.
 */
export async function gunzipAtMost(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new TooLargeWhenDecompressed(limit);
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}
