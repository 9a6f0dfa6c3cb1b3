/**
 * Realistic synthetic budget lines for benchmarks and tests: bureaus (…국), departments (…과,
 * …담당관), projects with sub-projects, funding splits that add up, execution figures with stated
 * rates (mostly consistent, a few truncated or wrong as in real reports). Deterministic per seed.
 */
import type {
  BudgetLine,
  Finding,
  Funding,
  ParsedReport,
  PersonnelRow,
} from '../../shared/model/report';
import { lineKey } from '../../shared/model/line-key';

const BUREAUS: readonly (readonly [string, readonly string[]])[] = [
  ['행정지원국', ['총무과', '자치행정과', '민원여권과', '재무과']],
  ['복지문화국', ['복지정책과', '노인장애인과', '아동청소년과', '문화체육과']],
  ['도시환경국', ['도시계획과', '주택과', '청소행정과', '공원녹지과']],
  ['안전건설국', ['안전총괄과', '건설관리과', '교통행정과', '치수방재과']],
  ['기획경제국', ['기획예산담당관', '감사담당관', '일자리경제과', '스마트정보과']],
];

const TOPICS = [
  '청년 일자리 지원',
  '경로당 운영 지원',
  '어린이집 환경개선',
  '공영주차장 조성',
  '도시숲 조성',
  '생활폐기물 수거 운반',
  '주민자치회 운영',
  '지역축제 개최',
  '스마트 가로등 설치',
  '하천 정비',
  '장애인 활동지원',
  '소상공인 경영안정',
  '도서관 운영',
  '방범 CCTV 확충',
  '노후 하수관로 정비',
  '공공청사 유지관리',
];
const PROJECT_SUFFIXES = ['사업', '지원사업', '운영', '추진'];
const SUB_PROJECTS = ['시설비', '운영비', '인건비', '보조금', '위탁사업비', '자산취득비'];
const FISCAL_YEARS = [2021, 2022, 2023, 2024];
const GRADES = ['4급', '5급', '6급', '7급', '8급', '9급', '별정', '임기제'];

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const thousands = (rng: Rng, min: number, max: number) =>
  Math.round(min + rng() * (max - min)) * 1000;

/** splits a total into national / city / district / fund parts that add up exactly */
function fundingSplit(rng: Rng, total: number): Funding {
  const pattern = Math.floor(rng() * 4);
  if (pattern === 0) return { district: total };
  const national = Math.round((total * (0.3 + rng() * 0.4)) / 1000) * 1000;
  if (pattern === 1) return { national, district: total - national };
  const city = Math.round(((total - national) * (0.3 + rng() * 0.4)) / 1000) * 1000;
  if (pattern === 2) return { national, city, district: total - national - city };
  const fund = Math.round(((total - national - city) * 0.5) / 1000) * 1000;
  return { national, city, fund, district: total - national - city - fund };
}

function rate(part: number, whole: number, rng: Rng): number {
  if (whole === 0) return 0;
  const exact = (part / whole) * 100;
  const roll = rng();
  if (roll < 0.02) return Math.floor(exact * 10) / 10; // truncated, as some departments do
  if (roll < 0.03) return Math.round(exact * 10) / 10 + 1.2; // simply wrong
  return Math.round(exact * 10) / 10;
}

function figures(rng: Rng, currentBudget: number): Partial<BudgetLine> {
  const originalBudget = Math.round((currentBudget * (0.8 + rng() * 0.2)) / 1000) * 1000;
  const obligated = Math.round((currentBudget * (0.5 + rng() * 0.5)) / 1000) * 1000;
  const spent = Math.round((obligated * (0.6 + rng() * 0.4)) / 1000) * 1000;
  const projectedSpend = spent + Math.round(((currentBudget - spent) * rng()) / 1000) * 1000;
  return {
    originalBudget,
    supplementary: currentBudget - originalBudget,
    currentBudget,
    previousBudget: Math.round((currentBudget * (0.7 + rng() * 0.5)) / 1000) * 1000,
    obligated,
    spent,
    projectedSpend,
    funding: fundingSplit(rng, currentBudget),
    statedRates: {
      execution: rate(spent, currentBudget, rng),
      obligation: rate(obligated, currentBudget, rng),
      projected: rate(projectedSpend, currentBudget, rng),
    },
  };
}

const DEPARTMENTS = BUREAUS.flatMap(([bureau, departments]) =>
  departments.map((department) => ({ bureau, department })),
);

function projectName(index: number): string {
  const topic = TOPICS[index % TOPICS.length]!;
  const suffix = PROJECT_SUFFIXES[Math.floor(index / TOPICS.length) % PROJECT_SUFFIXES.length]!;
  const round = Math.floor(index / (TOPICS.length * PROJECT_SUFFIXES.length));
  return round === 0 ? `${topic} ${suffix}` : `${topic} ${suffix} ${round + 1}`;
}

const won = (value: number | undefined) => (value ?? 0) / 1000;

function sourceText(line: BudgetLine): string {
  return [line.project, won(line.currentBudget), won(line.spent), line.statedRates?.execution ?? '']
    .map(String)
    .join('\t');
}

/** `count` budget lines: projects of every department and year, each with 0–4 sub-projects. */
export function generateLines(count: number, seed = 1): BudgetLine[] {
  const rng = random(seed);
  const lines: BudgetLine[] = [];
  let sourceLine = 10;
  for (let p = 0; lines.length < count; p++) {
    const { bureau, department } = DEPARTMENTS[p % DEPARTMENTS.length]!;
    const fiscalYear = FISCAL_YEARS[Math.floor(p / DEPARTMENTS.length) % FISCAL_YEARS.length]!;
    const project = projectName(Math.floor(p / (DEPARTMENTS.length * FISCAL_YEARS.length)));
    const key = lineKey({ fiscalYear, department, project });
    const subCount = Math.floor(rng() * 5);
    const subBudgets = Array.from({ length: subCount }, () => thousands(rng, 5_000, 800_000));
    const total =
      subCount > 0 ? subBudgets.reduce((a, b) => a + b, 0) : thousands(rng, 10_000, 3e6);
    const parent: BudgetLine = {
      key,
      fiscalYear,
      bureau,
      department,
      project,
      category: 'expenditure',
      statedUnit: '천원',
      ...figures(rng, total),
      source: { line: sourceLine++ },
    };
    parent.source.text = sourceText(parent);
    lines.push(parent);
    for (let s = 0; s < subCount && lines.length < count; s++) {
      const name = SUB_PROJECTS[s]!;
      const child: BudgetLine = {
        key: lineKey({ fiscalYear, department, project, path: [name] }),
        fiscalYear,
        bureau,
        department,
        project: name,
        parentKey: key,
        category: 'expenditure',
        statedUnit: '천원',
        ...figures(rng, subBudgets[s]!),
        source: { line: sourceLine++ },
      };
      child.source.text = sourceText(child);
      lines.push(child);
    }
  }
  return lines;
}

function hex64(rng: Rng): string {
  let out = '';
  for (let i = 0; i < 64; i++) out += Math.floor(rng() * 16).toString(16);
  return out;
}

function personnel(rng: Rng): PersonnelRow[] {
  return DEPARTMENTS.slice(0, 4).flatMap(({ department }, d) =>
    GRADES.slice(0, 4).map((grade, g) => {
      const authorized = 1 + Math.floor(rng() * 12);
      const current = authorized + Math.floor(rng() * 3) - 1;
      return {
        department,
        grade,
        authorized,
        current,
        surplus: current - authorized,
        source: { line: 1 + d * 4 + g, text: `${grade}\t${authorized}\t${current}` },
      };
    }),
  );
}

function findings(lines: readonly BudgetLine[]): Finding[] {
  const wrong = lines.filter((line) => {
    const stated = line.statedRates?.execution;
    if (stated === undefined || !line.currentBudget) return false;
    return Math.abs(stated - ((line.spent ?? 0) / line.currentBudget) * 100) >= 0.1;
  });
  return wrong.slice(0, 200).map((line) => {
    const computed = Math.round(((line.spent ?? 0) / line.currentBudget!) * 1000) / 10;
    const stated = line.statedRates!.execution!;
    const truncated = Math.abs(stated - computed) < 0.2;
    return {
      severity: truncated ? 'info' : 'error',
      code: truncated ? 'rate-truncated' : 'rate-mismatch',
      message: truncated
        ? { ko: '집행률이 반올림 대신 버림으로 적혀 있습니다', en: 'Execution rate truncated' }
        : { ko: '집행률이 계산값과 다릅니다', en: 'Execution rate disagrees with figures' },
      stated,
      computed,
      difference: Math.round((stated - computed) * 10) / 10,
      lineKey: line.key,
      source: line.source,
    };
  });
}

/** A whole parsed report around `generateLines(lineCount, seed)`. */
export function generateReport(lineCount: number, seed = 1): ParsedReport {
  const rng = random(seed ^ 0x5eed);
  const lines = generateLines(lineCount, seed);
  const years = [...new Set(lines.map((line) => line.fiscalYear))].sort();
  return {
    document: {
      title:
        seed % 2 === 0
          ? `2025년 주요업무 계획 (합성 ${seed})`
          : `2024년 주요업무 보고 (합성 ${seed})`,
      organization: '가상구',
      council: '가상구의회',
      session: `제${240 + (seed % 20)}회 제2차 정례회`,
      date: '2024. 11. 20.',
      kind: seed % 2 === 0 ? 'plan' : 'report',
      fiscalYears: years,
      sha256: hex64(rng),
    },
    lines,
    personnel: personnel(rng),
    findings: findings(lines),
    warnings: [
      {
        message: { ko: '표 머리글을 해석하지 못했습니다', en: 'table header not understood' },
        line: 3,
      },
    ],
  };
}
