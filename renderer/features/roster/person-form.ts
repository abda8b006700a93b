import type { ParticipantInput } from '../../../shared/ipc/slices/core';
import type { Participant } from '../../../shared/model/types';
import type { Result } from '../../../shared/util/result';
import { validated } from '../../app/validation';

export type PersonFormValues = Required<ParticipantInput>;

export const personFormValues = (p?: Participant): PersonFormValues =>
  p
    ? { fullName: p.fullName, title: p.title, unit: p.unit, group: p.group, role: p.role, username: p.username, password: '' }
    : { fullName: '', title: '', unit: '', group: '', role: 'delegate', username: '', password: '' };

/** The form's values as the service's input, or every field's problem at once. */
export function toParticipantInput(v: PersonFormValues): Result<ParticipantInput> {
  const fullName = v.fullName.trim().replace(/\s+/g, ' ');
  const username = v.username.trim().toLowerCase();
  return validated({ fullName: fullName ? undefined : 'roster.required', username: username ? undefined : 'roster.required' }, () => {
    const input: ParticipantInput = { fullName, title: v.title.trim(), unit: v.unit.trim(), group: v.group.trim(), role: v.role, username };
    return v.password ? { ...input, password: v.password } : input;
  });
}
