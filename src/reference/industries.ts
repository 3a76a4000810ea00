import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config/project-root';
import { parse } from 'csv-parse/sync';

/** GB/T 4754-2017 (国民经济行业分类): a class code and its section letter and name. */
export interface IndustryClass {
  code: string;
  section: string;
  name: string;
}

let classes: Map<string, IndustryClass> | undefined;
let groups: Map<string, IndustryClass> | undefined;
let sectionNames: Map<string, string> | undefined;

function load(): Map<string, IndustryClass> {
  if (classes) return classes;
  const rows = parse(
    readFileSync(join(projectRoot(), 'src', 'reference', 'data', 'gbt4754-2017.csv')),
    { columns: true },
  ) as Array<{
    code: string;
    name: string;
    level: string;
    section: string;
  }>;
  classes = new Map(
    rows
      .filter((r) => r.level === 'class')
      .map((r) => [r.code, { code: r.code, section: r.section, name: r.name }]),
  );
  groups = new Map(
    rows
      .filter((r) => r.level === 'group')
      .map((r) => [`${r.code}0`, { code: `${r.code}0`, section: r.section, name: r.name }]),
  );
  sectionNames = new Map(rows.filter((r) => r.level === 'section').map((r) => [r.code, r.name]));
  return classes;
}

/**
 * Normalizes an industry code to letter + 4 digits (`I6510`). Statistics and tax send the 4-digit
 * class (`6510`), market regulation the lettered form. A group written as a class with a trailing
 * 0 (`6510` for group 651, as SPEC's own examples do) is accepted; a code that is neither, or whose
 * letter disagrees with it, gives null.
 */
export function normalizeIndustryCode(raw: string | number | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const text = String(raw).trim().toUpperCase();
  const match = /^([A-T])?(\d{4})$/.exec(text);
  if (!match) return null;
  const known = load().get(match[2]) ?? groups?.get(match[2]);
  if (!known || (match[1] && match[1] !== known.section)) return null;
  return `${known.section}${known.code}`;
}

/** The class behind a normalized code, for display. */
export function industryClass(code: string): IndustryClass | undefined {
  return load().get(code.slice(-4)) ?? groups?.get(code.slice(-4));
}

export function industrySectionName(section: string): string | undefined {
  load();
  return sectionNames?.get(section);
}
