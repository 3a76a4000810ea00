/**
 * Organization code (组织机构代码, GB 11714): 8 body characters + 1 check character.
 * Kept inside the generator on purpose: the hub's own validators live in src/ and the
 * generator must not share (or hide) their bugs.
 */

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

function orgCodeCharValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48; // '0'..'9'
  if (c >= 65 && c <= 90) return 10 + (c - 65); // 'A'..'Z' → 10..35
  return -1;
}

/** Check character for an 8-character organization code body; null when the body is malformed. */
export function orgCodeCheckChar(body: string): string | null {
  if (!/^[0-9A-Z]{8}$/.test(body)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgCodeCharValue(body[i]) * ORG_CODE_WEIGHTS[i];
  const c = 11 - (sum % 11);
  if (c === 10) return 'X';
  if (c === 11) return '0';
  return String(c);
}

/**
 * True for a 9-character organization code (hyphen allowed before the check char) with a correct
 * check.
 */
export function isValidOrgCode(code: string): boolean {
  const compact = code.replace('-', '');
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(compact)) return false;
  return orgCodeCheckChar(compact.slice(0, 8)) === compact[8];
}

/** Appends the check character to an 8-character body. */
export function completeOrgCode(body: string): string {
  const check = orgCodeCheckChar(body);
  if (check === null) throw new Error(`malformed organization code body: ${body}`);
  return body + check;
}

/** `XXXXXXXX-X` as statistics writes it. */
export function hyphenateOrgCode(code9: string): string {
  return `${code9.slice(0, 8)}-${code9[8]}`;
}
