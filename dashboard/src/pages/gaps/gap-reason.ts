import { FEEDS } from '../../../../src/model/feeds';

/**
 * A gap's reason in Chinese, from the numbers the API gives with it: the same sentence the
 * exports write (schema/exports/gap-reasons.ts, which is server code the page cannot import —
 * the API states `reason` in English only). Falls back to the English text when the numbers do
 * not carry what the sentence needs.
 */
export interface GapFacts {
  rule: string;
  reason: string;
  numbers: unknown;
  partyCoverage: string;
  unionCoverage: string;
  partyMembers: number;
  employees?: number | null;
  employeesSource?: string | null;
}

const PARTY: Record<string, string> = {
  STANDALONE: '单独组建',
  JOINT: '联合组建',
  REGIONAL: '区域性',
  INDUSTRY: '行业性',
  WORK_ONLY: '工作覆盖（党建指导员）',
  NONE: '未覆盖',
};
const UNION: Record<string, string> = {
  STANDALONE: '单独建会',
  JOINT: '联合建会',
  REGIONAL: '区域性',
  INDUSTRY: '行业性',
  NONE: '未覆盖',
};
const LEVELS: Record<string, string> = {
  national: '全国',
  provincial: '省级',
  city: '市级',
  county: '县级',
};

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

function employeesOrigin(gap: GapFacts): string {
  const source = gap.employeesSource;
  if (!source) return '来源不详';
  const feed = source in FEEDS ? FEEDS[source as keyof typeof FEEDS] : undefined;
  const field = feed && 'employees' in feed ? feed.employees.field : '';
  return `${feed?.label ?? source} ${field}`.trim();
}

function keyTarget(numbers: Record<string, unknown>, gap: GapFacts): string | undefined {
  if (text(numbers.category) === 'PROFESSIONAL_FIRM')
    return '律师、会计、税务等专业服务机构，不论规模';
  const level = text(numbers.level);
  if (level)
    return (
      `在${LEVELS[level] ?? level}登记的社会团体` +
      `${text(numbers.authority) ? `，登记管理机关${numbers.authority as string}` : ''}`
    );
  const employees = num(numbers.employees);
  const threshold = num(numbers.threshold);
  if (employees === undefined || threshold === undefined) return undefined;
  const sector = text(numbers.sector);
  return sector
    ? `${sector}领域的民办非企业单位（社会服务机构），从业人员${employees}人 ≥ ${threshold}人`
    : `非公有制经济组织，从业人员${employees}人（${employeesOrigin(gap)}）≥ ${threshold}人`;
}

export function chineseGapReason(gap: GapFacts): string {
  const numbers = (gap.numbers ?? {}) as Record<string, unknown>;
  const party = `党组织覆盖为“${PARTY[gap.partyCoverage] ?? gap.partyCoverage}”`;
  const union = `工会覆盖为“${UNION[gap.unionCoverage] ?? gap.unionCoverage}”`;
  switch (gap.rule) {
    case 'P1_NO_STANDALONE_PARTY_ORGANIZATION': {
      const members = num(numbers.fullPartyMembers) ?? gap.partyMembers;
      const threshold = num(numbers.threshold);
      if (threshold === undefined) break;
      return `正式党员${members}人（≥ ${threshold}人，应单独组建党组织），${party}`;
    }
    case 'U1_NO_STANDALONE_UNION': {
      const employees = num(numbers.employees) ?? gap.employees;
      const threshold = num(numbers.threshold);
      if (employees === null || employees === undefined || threshold === undefined) break;
      return `从业人员${employees}人（${employeesOrigin(gap)}）≥ ${threshold}人，应单独建会，${union}`;
    }
    case 'K1_PARTY_NOT_COVERED':
    case 'K1_UNION_NOT_COVERED': {
      const target = keyTarget(numbers, gap);
      if (!target) break;
      return `重点覆盖对象（${target}），${gap.rule === 'K1_PARTY_NOT_COVERED' ? party : union}`;
    }
    case 'M1_PARTY_WITHOUT_UNION':
      return `已单独组建党组织，${union}：应由党组织推动建立工会`;
    case 'M2_UNION_WITHOUT_PARTY':
      return `已单独建会，${party}：工会应向党组织推荐入党积极分子`;
    case 'C1_CONVERSION_NOT_COVERED': {
      const date = text(numbers.conversionDate);
      if (!date) break;
      return (
        `${date}由“${text(numbers.before) ?? '（空）'}”改制为“` +
        `${text(numbers.after) ?? '（空）'}”，${party}，${union}`
      );
    }
  }
  return gap.reason;
}
