import type { AgendaInput } from '../../../shared/ipc/slices/core';
import type { AgendaItem } from '../../../shared/model/types';
import type { Result } from '../../../shared/util/result';
import { validated } from '../../app/validation';

export const MAX_DURATION_MIN = 24 * 60;

export type AgendaFormValues = { title: string; presenter: string; duration: string };

export const agendaFormValues = (item?: AgendaItem): AgendaFormValues =>
  item ? { title: item.title, presenter: item.presenter, duration: String(item.durationMin) } : { title: '', presenter: '', duration: '' };

/** The form's values as the service's input, or every field's problem at once. */
export function toAgendaInput(v: AgendaFormValues): Result<AgendaInput> {
  const title = v.title.trim();
  const d = v.duration.trim();
  const durationMin = d === '' ? 0 : Number(d);
  const badDuration = !/^\d*$/.test(d) || !Number.isInteger(durationMin) || durationMin < 0 || durationMin > MAX_DURATION_MIN;
  return validated(
    { title: title ? undefined : 'agenda.titleRequired', duration: badDuration ? 'agenda.invalidDuration' : undefined },
    () => ({ title, presenter: v.presenter.trim(), durationMin }),
  );
}
