/** What the command processor uses of the record: the log writer and the minutes-notes handlers. */
export { createRecordLog } from './log';
export type { RecordLog } from './log';
export { applyMinutesConclusion, applyMinutesDissent, createNotesStore } from './notes';
export type { NotesStore } from './notes';
export { applyMinutesEdit, applyMinutesFinalise, applyMinutesRevise } from './edits';
