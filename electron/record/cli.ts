import { runRecordCli } from './cli-main';
import { consoleOut } from './say';

/** `npm run record -- <verify|minutes|export|archive> …`: the official record of a relay's meeting. */
process.exitCode = await runRecordCli(process.argv.slice(2), consoleOut);
