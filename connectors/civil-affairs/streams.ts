import { z } from 'zod';
import { optionalText, requiredEnum, requiredText } from '../shared/field-checks';

/**
 * The one stream of this feed: the social organization registry (社会组织登记), a monthly full snapshot.
 */
export const SOCIAL_ORGS = 'social-orgs';

/** `social_orgs_YYYYMMDD.csv`: the date is the snapshot's. */
export const SOCIAL_ORGS_FILE = /^social_orgs_(\d{8})\.csv$/;

/** The header row (SPEC §2), exactly. */
export const SOCIAL_ORG_COLUMNS = [
  '统一社会信用代码',
  '社会组织名称',
  '社会组织类型',
  '登记管理机关',
  '业务主管单位',
  '法定代表人',
  '成立登记日期',
  '住所',
  '行政区划代码',
  '业务范围',
  '行业分类',
  '专职工作人员数',
  '登记状态',
] as const;

/** 社会组织类型: 社会服务机构 is the post-2016 name of 民办非企业单位. */
export const SOCIAL_ORG_TYPES = ['社会团体', '民办非企业单位', '社会服务机构', '基金会'] as const;

/** 登记状态: 注销 (deregistered) and 撤销 (revoked) end an organization (POLICY "active"). */
export const REGISTRATION_STATUSES = ['正常', '注销', '撤销'] as const;

/**
 * One data row, keyed by the department's own column names: every cell is text. 业务主管单位
 * (supervising unit) and 业务范围 (scope) stay in the landing payload only; 行业分类 (sector) is kept
 * as written — SPEC lists ten values, but an unlisted one is no reason to lose the organization.
 */
export const SocialOrgRow = z.object({
  统一社会信用代码: requiredText(),
  社会组织名称: requiredText(),
  社会组织类型: requiredEnum(SOCIAL_ORG_TYPES),
  登记管理机关: requiredText(),
  业务主管单位: optionalText(),
  法定代表人: optionalText(),
  成立登记日期: optionalText(),
  住所: optionalText(),
  行政区划代码: optionalText(),
  业务范围: optionalText(),
  行业分类: optionalText(),
  专职工作人员数: optionalText(),
  登记状态: requiredEnum(REGISTRATION_STATUSES),
});

export type SocialOrgRow = z.infer<typeof SocialOrgRow>;
