/** Lengths the services accept, shown as counters in the forms (the same numbers on both sides). */
export const MAX_MEETING_TITLE_CHARS = 300;
export const MAX_AGENDA_TITLE_CHARS = 500;
