/**
 * The record program's entry for the laptop app (`npm run record` is cli.ts): the minutes for the
 * secretariat's editor, the files to download, importing an archive. The laptop imports only this file.
 */
export { importArchive, loadMinutesDraft, recordFiles } from './app-service';
/** The biên bản kiểm phiếu of an election round or a confidence rating: PDF bytes, and the same data as tables. */
export { renderElectionCountPdf, renderRatingCountPdf, renderRatingResolutionPdf } from './count-record-pdf';
export { electionCountTables, ratingCountTables } from './election-count';
export type { CountRecordHeaderInput, ElectionCountRecordInput, RatingCountRecordInput } from './election-count';
export type { Table } from './exports';
/** The same record on a secretariat laptop linked to the relay, from the live view's committed count. */
export { liveCountRecordFiles } from './count-record-live';
export { guessProvince } from './minutes-model';
