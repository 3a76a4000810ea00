import { organizationCodeCheckCharacter } from './organization-code';
import { usccRepairCandidates } from './repair-candidates';
import { isValidUscc, usccCheckCharacter } from './uscc';

function makeUscc(prefix8: string, orgBody8: string): string {
  const first17 = prefix8 + orgBody8 + organizationCodeCheckCharacter(orgBody8);
  return first17 + usccCheckCharacter(first17);
}

const PUBLISHED = [
  '914403001922038216',
  '9144030071526726XG',
  '91440300708461136T',
  '91520000214434146R',
];

describe('usccRepairCandidates', () => {
  it('returns [] for a valid code, also after normalization', () => {
    expect(usccRepairCandidates('914403001922038216')).toEqual([]);
    expect(usccRepairCandidates(' 9144 0300 7152 6726 xg ')).toEqual([]);
  });

  it('returns [] for empty or wrong-length input', () => {
    expect(usccRepairCandidates(null)).toEqual([]);
    expect(usccRepairCandidates('')).toEqual([]);
    expect(usccRepairCandidates('91440300192203821')).toEqual([]);
  });

  it('repairs O for 0, naming the 1-based position', () => {
    const typed = '9144O3001922O38216';
    expect(usccRepairCandidates(typed)).toContainEqual({
      uscc: '914403001922038216',
      repairs: ['O→0 at 5', 'O→0 at 13'],
    });
    expect(usccRepairCandidates(typed)[0]!.uscc).toBe('914403001922038216');
  });

  it('repairs lowercase o, I, Z and S confusions', () => {
    const code = makeUscc('91610125', '21052000');
    const lookAlike: Record<string, string> = { '0': 'o', '1': 'I', '2': 'z', '5': 'S' };
    // Corrupt only the organization code part (chars 9–16).
    const typed = [...code].map((c, i) => (i >= 8 && i < 16 ? (lookAlike[c] ?? c) : c)).join('');
    const [first] = usccRepairCandidates(typed);
    expect(first!.uscc).toBe(code);
    expect(first!.repairs).toEqual([
      'Z→2 at 9',
      'I→1 at 10',
      'O→0 at 11',
      'S→5 at 12',
      'Z→2 at 13',
      'O→0 at 14',
      'O→0 at 15',
      'O→0 at 16',
    ]);
  });

  it.each(PUBLISHED)(
    'finds the original among the candidates for every adjacent swap of %s',
    (code) => {
      for (let i = 0; i < 17; i++) {
        if (code[i] === code[i + 1]) continue;
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        if (isValidUscc(swapped)) continue; // a swap that happens to stay valid is not detectable
        const candidates = usccRepairCandidates(swapped);
        expect(candidates).toContainEqual({ uscc: code, repairs: [`swap ${i + 1}-${i + 2}`] });
        for (const c of candidates) expect(isValidUscc(c.uscc)).toBe(true);
      }
    },
  );

  it('recomputes a wrong check character', () => {
    const typed = '91440300192203821A';
    expect(usccRepairCandidates(typed)).toContainEqual({
      uscc: '914403001922038216',
      repairs: ['check character'],
    });
  });

  it('combines a confusion with a swap', () => {
    // 914403001922038216 with chars 9-10 swapped and the 0 at 5 typed as O.
    expect(usccRepairCandidates('9144O3009122038216')).toContainEqual({
      uscc: '914403001922038216',
      repairs: ['O→0 at 5', 'swap 9-10'],
    });
  });

  it('returns distinct, valid candidates only', () => {
    const typed = '9144030017526726XG';
    const candidates = usccRepairCandidates(typed);
    const codes = candidates.map((c) => c.uscc);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(isValidUscc(code)).toBe(true);
  });

  it('rejects the pilot code 91350211M00013FA1N only as candidates, never as itself', () => {
    for (const c of usccRepairCandidates('91350211M00013FA1N')) {
      expect(c.uscc).not.toBe('91350211M00013FA1N');
      expect(isValidUscc(c.uscc)).toBe(true);
    }
  });
});
