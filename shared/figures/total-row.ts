import { normalizeName } from '../model/line-key';

/** `계`, `합계`, `총계`: a table's row of stated sums, read as a line named so */
const TOTAL_NAME = /^(?:계|합계|총계|총합계|합|총)$/;

export function isTotalRowName(project: string): boolean {
  return TOTAL_NAME.test(normalizeName(project));
}

/**
 * The one line among a group's lines that is its table's total row (`계`), when the group holds
 * exactly one and other lines beside it: the group's stated total, not one more line to add. The
 * review tree (hierarchy/adopt) and the domain's figures (figuresByScope) use the same rule.
 */
export function tableTotalRows<T>(members: readonly T[], project: (member: T) => string): T[] {
  const sums = members.filter((member) => isTotalRowName(project(member)));
  return sums.length === 1 && members.length > 1 ? sums : [];
}
