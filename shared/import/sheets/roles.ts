import type { LocalizedText } from '../../model/localized-text';
import type { FundingSource } from '../../model/report';
import type { LineMoneyField } from '../../model/line-fields';

/** Columns that name where a row sits: outermost first (region and government are alternatives). */
export const GROUP_ROLES = ['region', 'government', 'bureau', 'department'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

export type MoneyRole = Extract<
  LineMoneyField,
  | 'budget'
  | 'originalBudget'
  | 'supplementary'
  | 'carriedOver'
  | 'currentBudget'
  | 'previousBudget'
  | 'obligated'
  | 'spent'
  | 'projectedSpend'
  | 'requiredBudget'
  | 'collected'
>;
export type FundingRole = `funding:${FundingSource}`;
export type RateRole = 'changeRate' | 'executionRate' | 'obligationRate' | 'projectedRate';

/** What a spreadsheet column holds, as the user confirms it in the mapping. */
export type SheetRole =
  | 'ignore'
  | 'fiscalYear'
  | GroupRole
  /** 본청여부, 자치단체 유형: told apart in the row's name */
  | 'level'
  /** 정책사업, 단위사업: the programme a 세부사업 belongs to */
  | 'program'
  | 'project'
  /** a per-row unit (`천원`, `백만원`) */
  | 'unit'
  | MoneyRole
  /** 증감(액): stated difference, checked by the audit */
  | 'change'
  | FundingRole
  | RateRole;

export type RoleKind = 'ignore' | 'year' | 'text' | 'unit' | 'money' | 'change' | 'rate';

interface RoleInfo {
  kind: RoleKind;
  label: LocalizedText;
}

/** Every role with its Korean and English name, in the order a mapping dialog lists them. */
export const SHEET_ROLES: Readonly<Record<SheetRole, RoleInfo>> = {
  ignore: { kind: 'ignore', label: { ko: '사용 안 함', en: 'Not used' } },
  fiscalYear: { kind: 'year', label: { ko: '회계연도', en: 'Fiscal year' } },
  region: { kind: 'text', label: { ko: '지역', en: 'Region' } },
  government: { kind: 'text', label: { ko: '자치단체', en: 'Local government' } },
  bureau: { kind: 'text', label: { ko: '실국', en: 'Bureau' } },
  department: { kind: 'text', label: { ko: '부서', en: 'Department' } },
  level: { kind: 'text', label: { ko: '구분(본청 등)', en: 'Level' } },
  program: { kind: 'text', label: { ko: '단위·정책사업', en: 'Programme' } },
  project: { kind: 'text', label: { ko: '사업명', en: 'Project' } },
  unit: { kind: 'unit', label: { ko: '금액 단위', en: 'Unit of amounts' } },
  budget: { kind: 'money', label: { ko: '예산액', en: 'Budget' } },
  originalBudget: { kind: 'money', label: { ko: '당초예산', en: 'Original budget' } },
  supplementary: { kind: 'money', label: { ko: '추경', en: 'Supplementary' } },
  carriedOver: { kind: 'money', label: { ko: '이월', en: 'Carried over' } },
  currentBudget: { kind: 'money', label: { ko: '예산현액(최종예산)', en: 'Current budget' } },
  previousBudget: { kind: 'money', label: { ko: '전년도 예산', en: 'Previous year' } },
  obligated: { kind: 'money', label: { ko: '원인행위', en: 'Obligated' } },
  spent: { kind: 'money', label: { ko: '지출액', en: 'Spent' } },
  projectedSpend: { kind: 'money', label: { ko: '예상집행액', en: 'Projected spend' } },
  requiredBudget: { kind: 'money', label: { ko: '소요예산', en: 'Required budget' } },
  collected: { kind: 'money', label: { ko: '징수액', en: 'Collected' } },
  change: { kind: 'change', label: { ko: '증감액', en: 'Change' } },
  'funding:national': { kind: 'money', label: { ko: '국비', en: 'National' } },
  'funding:city': { kind: 'money', label: { ko: '시비(시도비)', en: 'City / metropolitan' } },
  'funding:province': { kind: 'money', label: { ko: '도비', en: 'Province' } },
  'funding:district': {
    kind: 'money',
    label: { ko: '구·군비(시군구비)', en: 'District / county' },
  },
  'funding:fund': { kind: 'money', label: { ko: '기금', en: 'Fund' } },
  'funding:specialGrant': { kind: 'money', label: { ko: '특교금', en: 'Special grant' } },
  'funding:other': { kind: 'money', label: { ko: '기타 재원', en: 'Other sources' } },
  changeRate: { kind: 'rate', label: { ko: '증감률', en: 'Change rate' } },
  executionRate: { kind: 'rate', label: { ko: '집행률', en: 'Execution rate' } },
  obligationRate: { kind: 'rate', label: { ko: '원인행위율', en: 'Obligation rate' } },
  projectedRate: { kind: 'rate', label: { ko: '예상집행률', en: 'Projected rate' } },
};

export function roleKind(role: SheetRole): RoleKind {
  return SHEET_ROLES[role].kind;
}

/** Roles whose cells are amounts of money (in the mapping's unit). */
export function isAmountRole(role: SheetRole): boolean {
  const kind = roleKind(role);
  return kind === 'money' || kind === 'change';
}

export function isFundingRole(role: SheetRole): role is FundingRole {
  return role.startsWith('funding:');
}

export function isGroupRole(role: SheetRole): role is GroupRole {
  return (GROUP_ROLES as readonly string[]).includes(role);
}
