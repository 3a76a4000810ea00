/**
 * The life of a follow-up case (跟进): found, then founded, then consolidated (边摸排、边组建、边巩固).
 * A case moves forward through the working states and closes with an outcome; only the hub's
 * evidence (the gap reappearing) or a person with a note reopens it. Pure.
 */
export const FOLLOW_UP_STATES = [
  'OPEN',
  'CONTACTED',
  'VISITED',
  'FOUNDING',
  'FOUNDED',
  'NOT_APPLICABLE',
  'DATA_ERROR',
] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** The working states, in their order. */
const WORKING: readonly FollowUpState[] = ['OPEN', 'CONTACTED', 'VISITED', 'FOUNDING'];
/** The outcomes a case closes with. */
export const CLOSED_STATES: readonly FollowUpState[] = ['FOUNDED', 'NOT_APPLICABLE', 'DATA_ERROR'];

/** Why an organization needs no body after all (不适用). */
export const NOT_APPLICABLE_REASONS = {
  BELOW_THRESHOLD: '现已低于标准（人数不足）',
  DEREGISTERED: '已注销、吊销或撤销',
  MOVED_OUT: '已迁出本地区',
  COVERED_JOINTLY: '按设计由联合组织覆盖',
  NOT_NON_PUBLIC: '非非公企业或社会组织',
} as const;
export type NotApplicableReason = keyof typeof NOT_APPLICABLE_REASONS;

export interface Transition {
  to: FollowUpState;
  note?: string | null;
  /** NOT_APPLICABLE: one of NOT_APPLICABLE_REASONS. */
  reason?: string | null;
  /** DATA_ERROR: the department whose record is wrong, and the correction asked for. */
  department?: string | null;
  correction?: string | null;
}

/** A transition the case's state does not allow, or one missing what it needs. */
export class TransitionError extends Error {}

export const isClosed = (state: FollowUpState) => CLOSED_STATES.includes(state);

/**
 * Checks a person's transition from `from`; throws TransitionError saying why not. Forward through
 * the working states (skipping is allowed: a union may be founding at the first visit), to an
 * outcome from any working state, and back to OPEN from an outcome (reopening, with a note).
 */
export function checkTransition(
  from: FollowUpState,
  t: Transition,
  sources: readonly string[],
): void {
  if (from === t.to) throw new TransitionError(`the case is already ${from}`);
  if (isClosed(from)) {
    if (t.to !== 'OPEN')
      throw new TransitionError(`a ${from} case is closed: reopen it (to OPEN) first`);
    if (!t.note?.trim()) throw new TransitionError('reopening a case needs a note saying why');
    return;
  }
  if (WORKING.includes(t.to) && WORKING.indexOf(t.to) < WORKING.indexOf(from))
    throw new TransitionError(`a case does not go back from ${from} to ${t.to}`);
  if (t.to === 'NOT_APPLICABLE') {
    if (!t.reason || !(t.reason in NOT_APPLICABLE_REASONS))
      throw new TransitionError(
        `NOT_APPLICABLE needs a reason: one of ${Object.keys(NOT_APPLICABLE_REASONS).join(', ')}`,
      );
  }
  if (t.to === 'DATA_ERROR') {
    if (!t.department || !sources.includes(t.department))
      throw new TransitionError(
        `DATA_ERROR needs the department whose record is wrong: one of ${sources.join(', ')}`,
      );
    if (!t.correction?.trim())
      throw new TransitionError('DATA_ERROR needs the correction the department should make');
  }
}
