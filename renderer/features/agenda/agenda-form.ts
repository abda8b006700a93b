import type { MessageKey } from '../../../shared/i18n';
import type { AgendaInput } from '../../../shared/ipc/slices/core';
import type { AgendaItem } from '../../../shared/model/types';

export const MAX_DURATION_MIN = 24 * 60;

export type AgendaFormValues = { title: string; presenter: string; duration: string };

export const agendaFormValues = (item?: AgendaItem): AgendaFormValues =>
  item ? { title: item.title, presenter: item.presenter, duration: String(item.durationMin) } : { title: '', presenter: '', duration: '' };

export function toAgendaInput(v: AgendaFormValues): { ok: true; input: AgendaInput } | { ok: false; error: MessageKey } {
  const title = v.title.trim();
  if (!title) return { ok: false, error: 'agenda.titleRequired' };
  const d = v.duration.trim();
  const durationMin = d === '' ? 0 : Number(d);
  if (!/^\d*$/.test(d) || !Number.isInteger(durationMin) || durationMin < 0 || durationMin > MAX_DURATION_MIN) {
    return { ok: false, error: 'agenda.invalidDuration' };
  }
  return { ok: true, input: { title, presenter: v.presenter.trim(), durationMin } };
}
