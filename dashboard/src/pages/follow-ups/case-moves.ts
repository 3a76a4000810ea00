import {
  FOLLOW_UP_STATES,
  NOT_APPLICABLE_REASONS,
  checkTransition,
  isClosed,
  type FollowUpState,
  type NotApplicableReason,
} from '../../../../src/follow-up/case-states';

export { FOLLOW_UP_STATES, NOT_APPLICABLE_REASONS, isClosed };
export type { FollowUpState, NotApplicableReason };

/** What a move to a state asks for besides the state (the API refuses it without). */
export type MoveNeeds = 'nothing' | 'reason' | 'dataError' | 'note';

/**
 * The states a case may move to from `from`, in the machine's order: the server's own check
 * (src/follow-up/case-states.ts) asked with every detail filled, so only the state decides.
 */
export function allowedMoves(from: FollowUpState): FollowUpState[] {
  return FOLLOW_UP_STATES.filter((to) => {
    try {
      checkTransition(
        from,
        { to, note: 'x', reason: 'BELOW_THRESHOLD', department: 'x', correction: 'x' },
        ['x'],
      );
      return true;
    } catch {
      return false;
    }
  });
}

/** What the move form must ask for a move from `from` to `to`. */
export function moveNeeds(from: FollowUpState, to: FollowUpState): MoveNeeds {
  if (to === 'NOT_APPLICABLE') return 'reason';
  if (to === 'DATA_ERROR') return 'dataError';
  if (isClosed(from) && to === 'OPEN') return 'note';
  return 'nothing';
}

/** The next working step, for the one-click button (null from FOUNDING or a closed case). */
export function nextStep(from: FollowUpState): FollowUpState | null {
  const moves = allowedMoves(from);
  const working: FollowUpState[] = ['CONTACTED', 'VISITED', 'FOUNDING', 'FOUNDED'];
  return isClosed(from) ? null : (working.find((s) => moves.includes(s)) ?? null);
}
