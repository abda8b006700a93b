import { runRelayCli } from './cli-main';

/** `npm run relay -- --help`: the relay as a standalone server program (see cli-main.ts for the options). */
runRelayCli(process.argv.slice(2)).catch((e: unknown) => {
  console.error('[relay] failed to start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
