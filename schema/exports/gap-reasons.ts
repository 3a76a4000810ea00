import { GapRule, type Gap } from '../coverage/gap.type';
import { sourceLabel } from '../discrepancies/discrepancy-labels';
import { FEEDS, isSourceId, type FeedEntry } from '../../src/model/feeds';
import { coverageFormLabel } from '../../src/model/coverage-forms';

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

/**
 * A gap's reason in Chinese, for the exports (the column headers are Chinese): built from the same
 * numbers, sources and coverage forms the English `reason` states (src/coverage/rule-flags.ts).
 * Falls back to the English text when the numbers do not carry what the sentence needs.
 */
export function chineseGapReason(gap: Gap): string {
  const numbers = (gap.numbers ?? {}) as Record<string, unknown>;
  const party = `党组织覆盖为“${coverageFormLabel('party', gap.partyCoverage)}”`;
  const union = `工会覆盖为“${coverageFormLabel('union', gap.unionCoverage)}”`;
  switch (gap.rule) {
    case GapRule.P1_NO_STANDALONE_PARTY_ORGANIZATION: {
      const members = num(numbers.fullPartyMembers) ?? gap.partyMembers;
      const threshold = num(numbers.threshold);
      if (threshold === undefined) break;
      return `正式党员${members}人（≥ ${threshold}人，应单独组建党组织），${party}`;
    }
    case GapRule.U1_NO_STANDALONE_UNION: {
      const employees = num(numbers.employees) ?? gap.employees;
      const threshold = num(numbers.threshold);
      if (employees === null || employees === undefined || threshold === undefined) break;
      return `从业人员${employees}人（${employeesOrigin(gap)}）≥ ${threshold}人，应单独建会，${union}`;
    }
    case GapRule.K1_PARTY_NOT_COVERED:
    case GapRule.K1_UNION_NOT_COVERED: {
      const target = keyTarget(numbers, gap);
      if (!target) break;
      return `重点覆盖对象（${target}），${gap.rule === GapRule.K1_PARTY_NOT_COVERED ? party : union}`;
    }
    case GapRule.M1_PARTY_WITHOUT_UNION:
      return `已单独组建党组织，${union}：应由党组织推动建立工会`;
    case GapRule.M2_UNION_WITHOUT_PARTY:
      return `已单独建会，${party}：工会应向党组织推荐入党积极分子`;
    case GapRule.C1_CONVERSION_NOT_COVERED: {
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

/** `统计 期末从业人员`: the department and field the count came from. */
function employeesOrigin(gap: Gap): string {
  const source = gap.employeesSource;
  if (!source) return '来源不详';
  const feed: FeedEntry | undefined = isSourceId(source) ? FEEDS[source] : undefined;
  const field = feed?.employees?.field;
  return `${sourceLabel(source)} ${field ?? ''}`.trim();
}

/**
 * Why the organization is a key coverage target (src/coverage/key-targets.ts), from its numbers.
 */
function keyTarget(numbers: Record<string, unknown>, gap: Gap): string | undefined {
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
