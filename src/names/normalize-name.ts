/**
 * Organization name (名称) normalization for record linkage: a display form
 * for people, a matching key, and a core without region and legal form.
 */

import { LRUCache } from 'lru-cache';
import { Converter, type ConverterFunction } from 'opencc-js';

/** The forms of one organization name; see {@link normalizeOrganizationName}. */
export interface NormalizedOrganizationName {
  /** Trimmed, width-folded, brackets unified to （）, no spaces between CJK characters. */
  display: string;
  /** Matching key: simplified, lower case, no brackets/spaces/punctuation, 有限责任公司→有限公司. */
  key: string;
  /** The key without region prefix/suffix and company legal form; keeps firm kind and branch. */
  core: string;
  /** The removed region as written (simplified, without brackets), e.g. `'陕西省'`, `'西安'`. */
  region: string | null;
  /** Canonical legal form, e.g. `'有限公司'`, `'普通合伙'`; for a firm without one, its kind. */
  legalForm: string | null;
  /** Branch segment (分支机构), e.g. `'雁塔分公司'`; a branch is an organization of its own. */
  branch: string | null;
}

// Shaanxi province, its 10 prefecture-level cities and the Yangling zone.
const CITIES = ['西安', '铜川', '宝鸡', '咸阳', '渭南', '延安', '汉中', '榆林', '安康', '商洛'];
const REGIONS = [
  '陕西省',
  '陕西',
  ...CITIES.flatMap((c) => [`${c}市`, c]),
  '杨凌示范区',
  '杨凌区',
  '杨凌',
].sort((a, b) => b.length - a.length);

// Company legal-form endings, longest first, with their canonical form.
// 有限责任公司 is rewritten to 有限公司 before parsing, so it never appears here.
const LEGAL_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['个人独资企业', '个人独资企业'],
  ['特殊普通合伙企业', '特殊普通合伙企业'],
  ['普通合伙企业', '普通合伙企业'],
  ['有限合伙企业', '有限合伙企业'],
  ['农民专业合作社', '农民专业合作社'],
  ['股份有限公司', '股份有限公司'],
  ['专业合作社', '农民专业合作社'],
  ['合伙企业', '合伙企业'],
  ['有限公司', '有限公司'],
];
// Partnership forms written as a bracketed suffix, e.g. 会计师事务所（特殊普通合伙）.
const PARTNERSHIP_SUFFIXES = ['特殊普通合伙', '普通合伙', '有限合伙'];
// Professional-firm kinds: they tell a law firm from an accounting firm, so they stay in the core.
const FIRM_KINDS = ['律师事务所', '会计师事务所', '税务师事务所'];
const BRANCH_MARKERS = [
  '分公司',
  '分店',
  '分厂',
  '分行',
  '支行',
  '分理处',
  '分所',
  '分院',
  '分部',
  '营业部',
  '经营部',
  '办事处',
];

const HEAD_ENDINGS = [
  ...LEGAL_FORMS.map(([form]) => form),
  ...FIRM_KINDS,
  ...PARTNERSHIP_SUFFIXES.map((p) => `（${p}）`),
];
// Greedy head: the branch is what follows the last legal-form ending.
const BRANCH_SPLIT = new RegExp(
  `^(.*(?:${HEAD_ENDINGS.join('|')}))(.+(?:${BRANCH_MARKERS.join('|')}))$`,
  'u',
);
const BRANCH_ONLY = new RegExp(`(?:${BRANCH_MARKERS.join('|')})$`, 'u');
const TRAILING_REGION = new RegExp(`（(${REGIONS.join('|')})）$`, 'u');
const BRACKETED_REGION = new RegExp(`（(${REGIONS.join('|')})）`, 'gu');
const TRAILING_PARTNERSHIP = new RegExp(`（(${PARTNERSHIP_SUFFIXES.join('|')})）$`, 'u');

const OPEN_BRACKETS = /[([{【〔〖〘]/g; // NFKC already turned （［｛ into ( [ {
const CLOSE_BRACKETS = /[)\]}】〕〗〙]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const WIDE = '[\\p{Script=Han}\\u3000-\\u303F（）]';
const SPACE_BETWEEN_WIDE = new RegExp(`(?<=${WIDE}) (?=${WIDE})`, 'gu');
const NOT_KEPT_IN_PARSE = /[^\p{L}\p{N}（）]/gu;
const BRACKETS = /[（）]/g;

let toSimplified: ConverterFunction | undefined;

// 乾 is also a simplified character (乾县 in Xianyang, trade names like 乾元), but
// opencc turns it into 干 outside a few phrases; park it in a private-use slot.
const QIAN = /乾/g;
const QIAN_PARKED = /\uE000/g;

/**
 * Traditional → simplified; the converter is created lazily once, as it loads large dictionaries.
 */
function simplify(text: string): string {
  toSimplified ??= Converter({ from: 't', to: 'cn' });
  return toSimplified(text.replace(QIAN, '\uE000')).replace(QIAN_PARKED, '乾');
}

/** Width-folds, unifies brackets to （）, collapses spaces, drops spaces between CJK characters. */
function toDisplay(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(OPEN_BRACKETS, '（')
    .replace(CLOSE_BRACKETS, '）')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(SPACE_BETWEEN_WIDE, '');
}

function stripBrackets(s: string): string {
  return s.replace(BRACKETS, '');
}

/**
 * Removes leading region names (at most province + city), keeping at least 2 characters of name.
 */
function stripRegionPrefix(head: string): { head: string; prefix: string } {
  let prefix = '';
  for (let round = 0; round < 2; round++) {
    const match = REGIONS.find(
      // 西安市政工程 is 西安 + 市政 (municipal works), not 西安市 + 政工程; likewise 市场 (market).
      (r) => head.startsWith(r) && !(r.endsWith('市') && '政场'.includes(head[r.length] ?? '')),
    );
    if (!match || stripBrackets(head.slice(match.length)).length < 2) break;
    prefix += match;
    head = head.slice(match.length);
  }
  return { head, prefix };
}

/** Removes the company legal-form ending; detects a firm kind, which stays in the head. */
function stripLegalForm(head: string): { head: string; legalForm: string | null } {
  let legalForm: string | null = null;
  const partnership = TRAILING_PARTNERSHIP.exec(head);
  if (partnership) {
    legalForm = partnership[1]!;
    head = head.slice(0, partnership.index);
  } else {
    const form = LEGAL_FORMS.find(
      ([ending]) => head.endsWith(ending) && head.length > ending.length,
    );
    if (form) {
      legalForm = form[1];
      head = head.slice(0, head.length - form[0].length);
    }
  }
  legalForm ??= FIRM_KINDS.find((kind) => head.endsWith(kind)) ?? null;
  return { head, legalForm };
}

/**
 * Normalizes an organization name for display and record linkage. The key
 * and core are simplified Chinese (opencc `t` → `cn`) so that the odd
 * traditional character does not break a match; the display keeps the
 * characters as written. A region is recognised as a leading Shaanxi
 * province/city/Yangling name (陕西…, 西安市…) or as a bracketed region
 * anywhere (…（陕西）, 某某（西安）科技…). A branch (…有限公司雁塔分公司) is kept
 * in both key and core, because a branch is a distinct organization.
 * 集团 is part of the name, not of the legal form.
 *
 * @param raw - the name as found in a feed; null/undefined give empty forms
 */
export function normalizeOrganizationName(
  raw: string | null | undefined,
): NormalizedOrganizationName {
  const name = raw ?? '';
  let normalized = normalizedNames.get(name);
  if (!normalized) normalizedNames.set(name, (normalized = Object.freeze(normalizeName(name))));
  return normalized;
}

/**
 * One organization's name is normalized at every stage that meets it (founding, golden values,
 * profile, roster references), mostly in traditional → simplified conversion: the latest
 * names' forms are kept (frozen: callers share them).
 */
const normalizedNames = new LRUCache<string, Readonly<NormalizedOrganizationName>>({ max: 50_000 });

function normalizeName(raw: string): NormalizedOrganizationName {
  const display = toDisplay(raw);
  const text = simplify(display)
    .toLowerCase()
    .replace(/有限责任公司/g, '有限公司')
    .replace(NOT_KEPT_IN_PARSE, '');
  const key = stripBrackets(text);
  if (key === '') return { display, key, core: '', region: null, legalForm: null, branch: null };

  let head = text;
  let branch: string | null;
  const split = BRANCH_SPLIT.exec(text);
  if (split) {
    head = split[1]!;
    branch = stripBrackets(split[2]!);
  } else {
    // No legal form to split at: only the marker itself is known to be a branch.
    branch = BRANCH_ONLY.exec(text)?.[0] ?? null;
  }

  let bracketRegion: string | null = null;
  const trailing = TRAILING_REGION.exec(head);
  if (trailing) {
    bracketRegion = trailing[1]!;
    head = head.slice(0, trailing.index);
  }

  const withoutForm = stripLegalForm(head);
  const withoutPrefix = stripRegionPrefix(withoutForm.head);
  head = withoutPrefix.head.replace(BRACKETED_REGION, (_match, region: string) => {
    bracketRegion ??= region;
    return '';
  });

  const core = stripBrackets(head) + (split ? (branch ?? '') : '');
  return {
    display,
    key,
    core: core === '' ? stripBrackets(withoutForm.head) : core,
    region: withoutPrefix.prefix || bracketRegion,
    legalForm: withoutForm.legalForm,
    branch,
  };
}
