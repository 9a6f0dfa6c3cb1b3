import { isAppUrl } from '../app-origin';

/** The parts of an IpcMainInvokeEvent the sender check reads. */
export interface SenderInfo {
  sender: unknown;
  senderFrame: { url: string } | null;
}

/**
 * A call is trusted only when it comes from our main window's web contents AND from a frame
 * showing our own app:// origin (not a page that somehow navigated away, not another window).
 */
export function isTrustedSender(event: SenderInfo, ourContents: unknown): boolean {
  return (
    ourContents !== null &&
    ourContents !== undefined &&
    event.sender === ourContents &&
    isAppUrl(event.senderFrame?.url)
  );
}
