import fs from 'node:fs';
import path from 'node:path';

// seeds/reference/ beside this file under Jest, or beside the project root when compiled into dist/seeds/
// (a deployment ships the CSVs there too: see the Dockerfile).
const REFERENCE_DIRS = [
  path.join(__dirname, 'reference'),
  path.join(__dirname, '..', '..', 'seeds', 'reference'),
];

function referenceDir(): string {
  const dir = REFERENCE_DIRS.find((candidate) => fs.existsSync(candidate));
  if (!dir)
    throw new Error(
      `The reference data (seeds/reference/*.csv) is missing; looked in ${REFERENCE_DIRS.join(', ')}`,
    );
  return dir;
}

/**
 * Reads one of the reference CSVs: comma-separated, UTF-8, with a header row,
 * no quoting (values contain no commas; lists inside a value use ";").
 */
export function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = fs.readFileSync(path.join(referenceDir(), file), 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line) =>
    Object.fromEntries(line.split(',').map((value, i) => [columns[i], value.trim()])),
  );
}
