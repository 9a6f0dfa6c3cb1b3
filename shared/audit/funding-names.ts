import type { FundingSource } from '../model/report';

/** How documents name each funding source. */
export const FUNDING_LABEL: Record<FundingSource, string> = {
  national: '국비',
  city: '시비',
  province: '도비',
  district: '구·군비',
  fund: '기금',
  specialGrant: '특교금',
  other: '기타',
};

/** Funding names a document may legitimately use (for spotting typos like 사비). */
export const KNOWN_FUNDING_NAMES: readonly string[] = [
  '국비',
  '시비',
  '구비',
  '도비',
  '군비',
  '구·군비',
  '기금',
  '특교금',
  '특교세',
  '교부금',
  '특별조정교부금',
  '보조금',
  '자부담',
  '자체',
  '민자',
  '민간',
  '기타재원',
  '기타',
  '시·구비',
  '국·시비',
  '균특',
];
