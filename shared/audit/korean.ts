/** How audit messages name things in Korean. */
export { withParticle } from '../text/korean';

/** A row or column name quoted for a message: '계'. */
export function quoted(name: string): string {
  return `'${name}'`;
}
