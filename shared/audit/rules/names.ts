import type { ObservedName } from '../../model/audit-input';
import type { Finding } from '../../model/report';
import { normalizeName } from '../../model/line-key';
import { closestName, jamoDistance } from '../../text/similarity';
import { makeFinding } from '../finding';
import { KNOWN_FUNDING_NAMES } from '../funding-names';
import { quoted, withParticle } from '../korean';
import { pairsOneSyllableApart } from './name-neighbours';

const KNOWN = new Set(KNOWN_FUNDING_NAMES.map(normalizeName));

/** A funding name one syllable (and at most two jamo) off a known one: 사비 → 시비. */
function fundingTypos(names: ObservedName[]): Finding[] {
  return names.flatMap((observed) => {
    const name = normalizeName(observed.name);
    if (name === '' || KNOWN.has(name)) return [];
    const parts = name.split(/[·,/]/);
    if (parts.length > 1 && parts.every((part) => KNOWN.has(part))) return [];
    const likely = closestName(name, KNOWN_FUNDING_NAMES, 1);
    if (!likely || jamoDistance(name, likely) > 2) return [];
    return [
      makeFinding({
        severity: 'warning',
        code: 'name-typo-funding',
        ko: `재원 ${withParticle(quoted(observed.name), '은/는')} ${quoted(likely)}의 오타로 보입니다`,
        en: `Funding source ${quoted(observed.name)} looks like a typo for ${quoted(likely)}.`,
        source: observed.source,
      }),
    ];
  });
}

interface Spelling {
  name: string;
  count: number;
  first: ObservedName;
}

function spellings(names: ObservedName[]): Spelling[] {
  const byName = new Map<string, Spelling>();
  for (const observed of names) {
    const name = normalizeName(observed.name);
    if (name === '') continue;
    const known = byName.get(name);
    if (known) known.count += 1;
    else byName.set(name, { name, count: 1, first: observed });
  }
  return [...byName.values()];
}

/**
 * Department names one syllable apart in the same document (시민속의예산담당관 / 시민숙의예산담당관):
 * a warning at the rarer spelling (at the later one when both are as common). Only names one
 * character apart are compared (see name-neighbours.ts), so thousands of names stay fast.
 */
function departmentTypos(names: ObservedName[]): Finding[] {
  const all = spellings(names);
  const findings: Finding[] = [];
  for (const [i, j] of pairsOneSyllableApart(all.map((spelling) => spelling.name))) {
    const a = all[i];
    const b = all[j];
    if (!a || !b) continue;
    const rarer = b.count <= a.count ? b : a;
    const usual = rarer === b ? a : b;
    findings.push(
      makeFinding({
        severity: 'warning',
        code: 'name-typo-department',
        ko: `부서명 ${withParticle(quoted(rarer.first.name), '은/는')} 같은 문서의 ${quoted(usual.first.name)}(${usual.count}회)와 한 글자 다릅니다. 오타인지 확인하세요`,
        en: `Department name ${quoted(rarer.first.name)} differs by one syllable from ${quoted(usual.first.name)} (${usual.count}× in this document): probably a typo.`,
        source: rarer.first.source,
      }),
    );
  }
  return findings;
}

export function auditNames(names: ObservedName[]): Finding[] {
  return [
    ...fundingTypos(names.filter((name) => name.kind === 'funding')),
    ...departmentTypos(names.filter((name) => name.kind === 'department')),
  ];
}
