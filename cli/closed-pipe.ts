/**
 * `npm run cli -- audit … | head` closes our output after a few lines; the next write fails with
 * EPIPE. Unix tools stop quietly then, and so do we: no stack trace for a reader that had enough.
 */
export function endQuietlyWhenPipeCloses(
  stream: NodeJS.WritableStream,
  exit: () => void = () =>
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0),
): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit();
    else throw error;
  });
}
