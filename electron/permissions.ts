import { isAppUrl } from './app-origin';

/**
 * The only permission the app uses: writing text to the clipboard (the review grid's copy, through
 * navigator.clipboard.writeText), and only for our own origin. Reading the clipboard, media,
 * notifications, geolocation, openExternal and everything else are denied.
 */
const GRANTED_TO_OUR_ORIGIN = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
): boolean {
  return GRANTED_TO_OUR_ORIGIN.has(permission) && isAppUrl(requestingUrl);
}
