import { normalizeName } from '../model/line-key';
import { similarity } from '../text/similarity';

/** 1 for names equal after normalisation (spacing, middle dots), 0 for nothing in common. */
export function nameSimilarity(a: string, b: string): number {
  return similarity(normalizeName(a), normalizeName(b));
}
