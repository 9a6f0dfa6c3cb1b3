/**
 * Electron wraps a rejected handler as "Error invoking remote method 'x': Error: x: message";
 * the user needs only the last part.
 */
export function ipcErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (?:Error: )?/, '');
}

export async function unwrapIpc<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw new Error(ipcErrorMessage(error), { cause: error });
  }
}
