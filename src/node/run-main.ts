// The command-line entry points (ingest, gen:corpus, bench) run their main only when executed directly
// (`tsx file.ts`), never when a test imports them; a crash prints its stack and sets a failing exit code.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function runIfMain(
  moduleUrl: string,
  main: (argv: string[]) => number | Promise<number>,
  crashExitCode = 1,
): void {
  const invoked = process.argv[1] ? path.resolve(process.argv[1]) : '';
  if (invoked !== fileURLToPath(moduleUrl)) return;
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        process.stderr.write(`error: ${(error as Error).stack ?? String(error)}\n`);
        process.exitCode = crashExitCode;
      },
    );
}
