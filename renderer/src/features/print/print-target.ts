/** What the print route shows, from the URL hash: a saved pack, a comparison, or data handed in. */
export type PrintTarget =
  | { kind: 'pack'; packId: number }
  | { kind: 'compare'; query: string }
  /** the CLI hands the data in through window.__cbrPrintPayload (no network, no store) */
  | { kind: 'payload' };

export function printTargetFromHash(hash: string): PrintTarget | null {
  const path = hash.replace(/^#\/?/, '');
  if (!path.startsWith('print/')) return null;
  const [route = '', query = ''] = path.slice('print/'.length).split('?');
  const [kind, id] = route.split('/');
  if (kind === 'pack' && id && /^\d+$/.test(id)) return { kind: 'pack', packId: Number(id) };
  if (kind === 'compare') return { kind: 'compare', query };
  if (kind === 'payload') return { kind: 'payload' };
  return null;
}
