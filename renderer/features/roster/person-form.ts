import type { MessageKey } from '../../../shared/i18n';
import type { ParticipantInput } from '../../../shared/ipc/slices/core';
import type { Participant } from '../../../shared/model/types';

export type PersonFormValues = Required<ParticipantInput>;

export const personFormValues = (p?: Participant): PersonFormValues =>
  p
    ? { fullName: p.fullName, title: p.title, unit: p.unit, group: p.group, role: p.role, username: p.username, password: '' }
    : { fullName: '', title: '', unit: '', group: '', role: 'delegate', username: '', password: '' };

export function toParticipantInput(v: PersonFormValues): { ok: true; input: ParticipantInput } | { ok: false; error: MessageKey } {
  const fullName = v.fullName.trim().replace(/\s+/g, ' ');
  const username = v.username.trim().toLowerCase();
  if (!fullName || !username) return { ok: false, error: 'roster.required' };
  const input: ParticipantInput = { fullName, title: v.title.trim(), unit: v.unit.trim(), group: v.group.trim(), role: v.role, username };
  return { ok: true, input: v.password ? { ...input, password: v.password } : input };
}
