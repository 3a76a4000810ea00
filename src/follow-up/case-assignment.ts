import { gapFounds } from '../model/rule-flags';
import { divisionName } from '../reference/divisions';
import { isClosed, TransitionError, type FollowUpState } from './case-states';

/**
 * Whose case a gap is when nobody is named: the region's organization department (党委组织部) for
 * a Party organization to found, its trade union federation (总工会) for a union. Pure.
 */
export function regionBody(region: string | null, gapRule: string): string {
  const place = region ? (divisionName(region) ?? region) : '陕西省';
  return `${place}${gapFounds(gapRule) === 'party' ? '党委组织部' : '总工会'}`;
}

/** What a re-assignment asks: a field left out (or null) stays as it is. */
export interface AssignmentAsked {
  assignee?: string | null;
  due?: string | null;
  note?: string | null;
}

/** What a re-assignment changes, and the history note that says so. */
export interface AssignmentPlan {
  assignee: string | null;
  due: string | null;
  note: string;
}

/** A YYYY-MM-DD that is a day of the calendar (not 2027-02-30). */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Checks a re-assignment or re-dating of a case in `state` holding `current`; throws
 * TransitionError saying why not (a closed case, a blank assignee, a bad date, nothing to change).
 * The note kept in the case's history reads `assignee: A → B; due: … → …`, then the person's note.
 */
export function planAssignment(
  state: FollowUpState,
  current: { assignee: string | null; due: string | null },
  asked: AssignmentAsked,
): AssignmentPlan {
  if (isClosed(state))
    throw new TransitionError(
      `a ${state} case is closed: reopen it before re-assigning or re-dating it`,
    );
  const assignee =
    asked.assignee === null || asked.assignee === undefined ? undefined : asked.assignee.trim();
  if (assignee === '') throw new TransitionError('"assignee" is empty: name who works the case');
  const due = asked.due === null || asked.due === undefined ? undefined : asked.due.trim();
  if (due !== undefined && !isCalendarDay(due))
    throw new TransitionError(`"due" must be a date YYYY-MM-DD, not "${due}"`);
  const changes: string[] = [];
  if (assignee !== undefined && assignee !== current.assignee)
    changes.push(`assignee: ${current.assignee ?? '—'} → ${assignee}`);
  if (due !== undefined && due !== current.due) changes.push(`due: ${current.due ?? '—'} → ${due}`);
  if (changes.length === 0)
    throw new TransitionError(
      'nothing to change: give an assignee or a due date other than the case has',
    );
  const note = asked.note?.trim();
  return {
    assignee: assignee ?? current.assignee,
    due: due ?? current.due,
    note: note ? `${changes.join('; ')} — ${note}` : changes.join('; '),
  };
}
