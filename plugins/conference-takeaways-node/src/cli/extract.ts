/*
 * Prints the entities the portal would ingest from report files:
 *
 *   npm run -s extract -- reports/kubecon-eu-2022.md program.sessionize.json
 *
 * Entities go to stdout as a JSON array. For each file, stderr says what it
 * yields, what was inferred rather than read (e.g. the conference, from the
 * title and dates), what remains unknown, and its problems. The exit code is
 * 1 when any file had a problem (the other entities are still printed), 2 on
 * wrong usage.
 */
import { readFile } from 'node:fs/promises';
import { extractEntities } from '../extract/extractEntities';
import { ReportFile } from '../extract/types';
import { describeFile } from './reportSummary';

/** Where the CLI reads and writes; replaced in tests. */
export interface CliIo {
  readFile(path: string): Promise<Buffer>;
  stdout(text: string): void;
  stderr(text: string): void;
}

const defaultIo: CliIo = {
  readFile: path => readFile(path),
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
};

const USAGE = `Usage: extract <file...>

Reads trip reports (.md, .txt), entity descriptors (.yaml) and Sessionize
exports (<conference>.sessionize.json) and prints the Conference, Talk and
Takeaway entities they yield as a JSON array. For each file, stderr says what
it yields, what was inferred, what remains unknown and any problems; the exit
code is 1 when any file had a problem.
`;

/** Runs the CLI and returns its exit code. */
export async function main(
  argv: string[],
  io: CliIo = defaultIo,
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const paths = argv.filter(arg => arg !== '--');
  if (!paths.length || paths.some(p => p.startsWith('-'))) {
    io.stderr(USAGE);
    return 2;
  }

  const files: ReportFile[] = [];
  let unreadable = 0;
  for (const path of paths) {
    try {
      files.push({ path, content: await io.readFile(path) });
    } catch (error) {
      unreadable++;
      io.stderr(
        `problem: ${path}: cannot read the file (${
          (error as Error).message
        })\n`,
      );
    }
  }

  const { entities, problems } = extractEntities(files);
  for (const file of files) {
    io.stderr(describeFile(file.path, entities, problems));
  }
  io.stderr(
    `extracted ${entities.length} entities from ${files.length} file(s); ${
      problems.length + unreadable
    } problem(s)\n`,
  );
  io.stdout(`${JSON.stringify(entities, null, 2)}\n`);
  return problems.length || unreadable ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    code => {
      process.exitCode = code;
    },
    error => {
      process.stderr.write(`${error?.stack ?? error}\n`);
      process.exitCode = 1;
    },
  );
}
