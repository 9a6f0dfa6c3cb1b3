import { describe, expect, it } from 'vitest';
import { figuresByScope } from '../../../shared/figures/totals';
import { parseReport } from '../../../shared/import';

// Invented: a committee whose report lists each department's duties, then its projects under
// policy goals without naming a department above them.
const text = [
  '주요 업무 보고',
  '',
  '2024. 10.',
  '',
  '한빛시 시민참여위원회',
  '',
  '## 부서별 주요기능',
  '',
  '(단위 : 백만원)',
  '',
  '구 분\t담 당 업 무\t2024 예산',
  '계\t\t9,000',
  '시민광장담당관\t<ul><li>○ 시민광장 토론회 구성 및 운영</li><li>○ 시민청원 온라인 플랫폼 운영</li></ul>\t2,000',
  '마을돌봄담당관\t<ul><li>○ 마을돌봄센터 설치 및 운영</li><li>○ 마을활력소 조성 및 공동체 공간 관리</li></ul>\t7,000',
  '',
  '### ○ 세출 총괄',
  '',
  '(단위:천원, %)',
  '',
  '구 분\t2024 예산현액\t집행액\t\t집행률\t',
  '\t\t원인행위\t지출\t원인행위\t지출',
  '계\t9,000,000\t7,000,000\t6,000,000\t77.8%\t66.7%',
  '시민광장담당관\t2,000,000\t1,500,000\t1,000,000\t75.0%\t50.0%',
  '마을돌봄담당관\t7,000,000\t5,500,000\t5,000,000\t78.6%\t71.4%',
  '',
  '# Ⅲ. 주요업무 추진계획',
  '',
  '# 1 시민광장 토론회 운영',
  '',
  '※ 예산집행 현황 (단위 : 천원)',
  '',
  '사업명\t예산현액\t집행액\t\t집행률(%)\t',
  '\t\t원인행위\t지출액\t원인행위\t지출액',
  '시민광장 토론 운영\t1,500,000\t900,000\t700,000\t60.0%\t46.7%',
  '',
  '# 2 마을돌봄센터 확충',
  '',
  '◆ 주민이 함께하는 마을활력소와 마을돌봄센터를 늘려 공동체 공간을 넓힘',
  '',
  '※ 예산집행 현황 (단위 : 천원)',
  '',
  '사업명\t예산현액\t집행액\t\t집행률(%)\t',
  '\t\t원인행위\t지출액\t원인행위\t지출액',
  '돌봄센터 설치 지원\t4,000,000\t3,200,000\t3,000,000\t80.0%\t75.0%',
  '',
].join('\n');

const report = parseReport(text);
const departmentOf = (project: string) =>
  report.lines.find((line) => line.project === project)?.department;

describe('projects under policy goals in a report that lists its departments’ duties', () => {
  it('belong to the department whose duties their heading names', () => {
    expect(departmentOf('시민광장 토론 운영')).toBe('시민광장담당관');
    expect(departmentOf('돌봄센터 설치 지원')).toBe('마을돌봄담당관');
  });

  it('do not add to the departments’ stated totals: the year’s total is the document’s', () => {
    const expenditure = figuresByScope(report.lines).find(
      (scope) => scope.scope.fiscalYear === 2024 && scope.scope.category === 'expenditure',
    );
    expect(expenditure?.figures.yearBudget).toBe(9_000_000_000);
    expect(expenditure?.groups.map((group) => group.department)).toEqual([
      '시민광장담당관',
      '마을돌봄담당관',
    ]);
  });

  it('say in a warning that the department was placed by matching duties', () => {
    expect(report.warnings.map((warning) => warning.message.en).join('\n')).toContain(
      'placed by matching their headings',
    );
  });
});
