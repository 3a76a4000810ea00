/**
 * Legacy business registration number (注册号, before the USCC reform): 15 digits, the last an
 * ISO 7064 MOD 11,10 check digit over the first 14.
 */

/** ISO 7064 MOD 11,10 check digit for a string of digits. */
export function mod1110CheckDigit(digits: string): number {
  let p = 10;
  for (const ch of digits) {
    const s = ((p + Number(ch)) % 10 || 10) * 2;
    p = s % 11;
  }
  return (11 - p) % 10;
}

/** True for a 15-digit registration number with a correct check digit. */
export function isValidRegNo(regNo: string): boolean {
  if (!/^\d{15}$/.test(regNo)) return false;
  return mod1110CheckDigit(regNo.slice(0, 14)) === Number(regNo[14]);
}

/** Completes a 14-digit body with its check digit. */
export function makeRegNo(body14: string): string {
  if (!/^\d{14}$/.test(body14)) throw new Error(`malformed registration number body: ${body14}`);
  return body14 + String(mod1110CheckDigit(body14));
}
