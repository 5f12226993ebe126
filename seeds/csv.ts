import fs from 'node:fs';
import path from 'node:path';

// seeds/reference/ beside this file under Jest, or beside the project root when compiled into dist/seeds/.
const REFERENCE_DIR = [
  path.join(__dirname, 'reference'),
  path.join(__dirname, '..', '..', 'seeds', 'reference'),
].find((dir) => fs.existsSync(dir))!;

/**
 * Reads one of the reference CSVs: comma-separated, UTF-8, with a header row,
 * no quoting (values contain no commas; lists inside a value use ";").
 */
export function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = fs.readFileSync(path.join(REFERENCE_DIR, file), 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line) =>
    Object.fromEntries(line.split(',').map((value, i) => [columns[i], value.trim()])),
  );
}
