// Compiles the project (tsc -b, then the explorer bundle) only when a source file changed since the last
// build, so `npm start`, `npm run token` and the other commands start at once
// on an unchanged checkout. Plain JavaScript: it runs before anything is built.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const stamp = path.join(root, 'dist', '.build-stamp');
const inputs = [
  'src',
  'migrations',
  'seeds',
  'bench',
  'examples',
  'ormconfig.ts',
  'tsconfig.json',
  'tsconfig.build.json',
  'package-lock.json',
];

/** The newest change below `entry`: files and folders (a deleted file changes its folder). */
function newest(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

const built = fs.statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (Math.max(...inputs.map((input) => newest(path.join(root, input)))) >= built) {
  try {
    execFileSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-b', 'tsconfig.build.json'], {
      cwd: root,
      stdio: 'inherit',
    });
    // The explorer's static files (GraphiQL bundled with esbuild).
    execFileSync(process.execPath, [path.join(root, 'src', 'explorer', 'build.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
  } catch {
    process.exit(1);
  }
  fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
}
