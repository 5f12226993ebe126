import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from 'typeorm';

/**
 * Attachment files, stored once per SHA-256 under the attachments directory.
 *
 * Writing a blob and deleting an unreferenced one both happen under a
 * transaction-scoped advisory lock on the checksum, and an upload writes its
 * file and inserts its row in one transaction. So the sweeper can never remove
 * a file an upload is about to reference, and a failed upload only leaves an
 * orphan for the next sweep.
 */
export const blobPath = (dir: string, sha256: string) => path.join(dir, sha256.slice(0, 2), sha256);

export async function lockBlob(em: EntityManager, sha256: string): Promise<void> {
  await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 11))', [sha256]);
}

/** Writes the blob if it is not there yet (call under lockBlob). */
export async function writeBlob(dir: string, sha256: string, content: Buffer): Promise<void> {
  const target = blobPath(dir, sha256);
  await fs.mkdir(path.dirname(target), { recursive: true });
  // Write beside the target and rename: a reader never sees half a file.
  const temporary = `${target}.${randomUUID()}.tmp`;
  await fs.writeFile(temporary, content);
  await fs.rename(temporary, target);
}

/**
 * Deletes blobs no attachment refers to any more (after a guide or attachment
 * was deleted, or an upload failed). Files younger than `minAgeMs` are left for
 * a later sweep. Returns how many were removed.
 */
export async function sweepBlobs(em: EntityManager, dir: string, minAgeMs = 10 * 60_000): Promise<number> {
  let removed = 0;
  const shards = await fs.readdir(dir).catch(() => [] as string[]);
  for (const shard of shards) {
    for (const name of await fs.readdir(path.join(dir, shard)).catch(() => [] as string[])) {
      const file = path.join(dir, shard, name);
      const stat = await fs.stat(file).catch(() => null);
      if (!stat || Date.now() - stat.mtimeMs < minAgeMs) continue;
      const sha256 = name.split('.')[0];
      const deleted = await em.transaction(async (tx) => {
        await lockBlob(tx, sha256);
        if (
          name.endsWith('.tmp') ||
          !(await tx.query('SELECT 1 FROM guide_attachments WHERE sha256 = $1 LIMIT 1', [sha256])).length
        ) {
          await fs.rm(file, { force: true });
          return true;
        }
        return false;
      });
      if (deleted) removed += 1;
    }
  }
  return removed;
}
