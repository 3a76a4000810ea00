/**
 * What an organization is, as far as the policy cares (POLICY "Who is in scope"). Economic
 * organizations are split further by ownership (public / non-public) at resolution time.
 */
export const ORGANIZATION_KINDS = [
  'ENTERPRISE',
  'BRANCH',
  'INDIVIDUAL_BUSINESS', // 个体工商户
  'FARMERS_COOPERATIVE', // 农民专业合作社
  'SOCIAL_GROUP', // 社会团体
  'PRIVATE_NON_ENTERPRISE', // 民办非企业单位 / 社会服务机构
  'FOUNDATION', // 基金会
  'LAW_FIRM', // 律师事务所
  'ACCOUNTING_FIRM', // 会计师事务所
  'TAX_AGENT_FIRM', // 税务师事务所
  'OTHER',
] as const;

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Kind from a market-regulation enterprise type (企业类型) and name. */
export function kindFromEnterpriseType(entType: string, name: string): OrganizationKind {
  if (entType.includes('个体工商户')) return 'INDIVIDUAL_BUSINESS';
  if (entType.includes('农民专业合作社'))
    return entType.includes('分支') ? 'BRANCH' : 'FARMERS_COOPERATIVE';
  if (entType.includes('分公司') || entType.includes('分支机构') || /分公司$/.test(name))
    return 'BRANCH';
  const firm = professionalFirmKind(name);
  return firm ?? 'ENTERPRISE';
}

/** Accounting and tax-agent firms are known by name (POLICY "category"); law firms by USCC `31`. */
export function professionalFirmKind(name: string): OrganizationKind | null {
  if (name.includes('会计师事务所')) return 'ACCOUNTING_FIRM';
  if (name.includes('税务师事务所')) return 'TAX_AGENT_FIRM';
  if (name.includes('律师事务所')) return 'LAW_FIRM';
  return null;
}
