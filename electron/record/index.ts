/**
 * The record program's entry for the laptop app (`npm run record` is cli.ts): the minutes for the
 * secretariat's editor, the files to download, importing an archive. The laptop imports only this file.
 */
export { importArchive, loadMinutesDraft, recordFiles } from './app-service';
