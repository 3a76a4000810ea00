import type { CanonicalRecord } from '../canonical/canonical-record';
import { ATTRIBUTES, ATTRIBUTE_NAMES, type AttributeName } from '../model/attributes';

/** One attribute value a record states about its organization. */
export interface StatedAttribute {
  name: AttributeName;
  value: unknown;
}

/** The organization attributes a canonical record states (absent fields state nothing). */
export function attributesOf(record: CanonicalRecord): StatedAttribute[] {
  const stated: StatedAttribute[] = [];
  for (const name of ATTRIBUTE_NAMES) {
    const value: unknown = ATTRIBUTES[name].stated(record);
    if (value !== undefined && value !== null) stated.push({ name, value });
  }
  return stated;
}
