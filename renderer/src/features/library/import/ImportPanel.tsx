/** Placeholder: the import flow (file picker, drag-and-drop, preview, sample) is being built. */
export function ImportPanel() {
  return null;
}
