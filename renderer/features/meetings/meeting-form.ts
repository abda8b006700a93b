import { BODY_PRESETS, type BodyKind } from '../../../shared/model/bodies';
import type { Meeting } from '../../../shared/model/types';
import type { MeetingInput } from '../../../shared/ipc/slices/core';
import { formatDateVi, isTime, parseDateVi } from '../../../shared/util/dates';
import type { Result } from '../../../shared/util/result';
import { validated } from '../../app/validation';

/** What the form edits: the date as the user types it (dd/mm/yyyy). */
export type MeetingFormValues = Omit<MeetingInput, 'date'> & { dateText: string };

export function initialValues(m?: Meeting): MeetingFormValues {
  if (m)
    return {
      bodyKind: m.bodyKind,
      title: m.title,
      dateText: formatDateVi(m.date),
      time: m.time,
      place: m.place,
      meetingType: m.meetingType,
    };
  return { bodyKind: 'hdnd', title: '', dateText: '', time: '08:00', place: '', meetingType: BODY_PRESETS.hdnd.meetingTypes[0]!.id };
}

/** Changing the body resets the meeting type when the old one doesn't belong to the new body. */
export function withBody(v: MeetingFormValues, bodyKind: BodyKind): MeetingFormValues {
  const types = BODY_PRESETS[bodyKind].meetingTypes;
  return { ...v, bodyKind, meetingType: types.some((t) => t.id === v.meetingType) ? v.meetingType : types[0]!.id };
}

/** The form's values as the service's input, or every field's problem at once. */
export function toMeetingInput(v: MeetingFormValues): Result<MeetingInput> {
  const title = v.title.trim();
  const date = parseDateVi(v.dateText);
  const time = v.time.trim();
  return validated(
    {
      title: title ? undefined : 'meetingForm.titleRequired',
      date: date ? undefined : 'meetingForm.invalidDate',
      time: isTime(time) ? undefined : 'meetingForm.invalidTime',
    },
    () => ({ bodyKind: v.bodyKind, title, date: date!, time, place: v.place.trim(), meetingType: v.meetingType }),
  );
}

/** A meeting day (yyyy-mm-dd) before `today` (yyyy-mm-dd, the meeting zone's today): the form asks first. */
export function isPastDate(date: string, today: string): boolean {
  return date < today;
}
