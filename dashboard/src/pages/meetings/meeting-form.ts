/** The region above a division code: county → its city, city → the province (none above it). */
export function parentRegion(code: string): string | undefined {
  if (code.endsWith('0000')) return undefined;
  if (code.endsWith('00')) return '610000';
  return `${code.slice(0, 4)}00`;
}

/** True when `code` lies in `region` (codes compared without their trailing zero pairs). */
export function withinRegion(code: string, region: string | null | undefined): boolean {
  if (!region) return true;
  const prefix = region.replace(/(00)+$/, '');
  return code.startsWith(prefix);
}

/** Case ids as typed: the ones that are not ids (the API takes digits only). */
export function invalidCaseIds(ids: readonly string[]): string[] {
  return ids.filter((id) => !/^\d{1,18}$/.test(id.trim()));
}

/** The mutation's arguments from the form's values; an empty title is none. */
export function meetingVariables(values: {
  region: string;
  heldOn: string;
  title?: string;
  reviewedCases?: string[];
}) {
  const title = values.title?.trim();
  const cases = (values.reviewedCases ?? []).map((id) => id.trim()).filter(Boolean);
  return {
    region: values.region,
    heldOn: values.heldOn,
    title: title ? title : null,
    reviewedCases: cases.length ? cases : null,
  };
}

/** An API error as a person reads it: without urql's "[GraphQL] " / "[Network] " prefix. */
export function apiErrorText(message: string): string {
  return message.replace(/^\[(GraphQL|Network)\]\s*/, '');
}
