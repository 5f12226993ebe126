import type { EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';

type Snapshot = Record<string, unknown> | null;

/** Fields never copied into the audit log. */
const SECRET_FIELDS = new Set(['passwordHash', 'refreshTokenHash', 'previousRefreshTokenHash']);

/** A plain, JSON-safe copy of an entity's own scalar fields, without secrets. */
export function snapshot(entity: object | null | undefined): Snapshot {
  if (!entity) return null;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (
      SECRET_FIELDS.has(key) ||
      value === undefined ||
      (typeof value === 'object' && value !== null && !(value instanceof Date) && !Array.isArray(value))
    )
      continue;
    copy[key] = value instanceof Date ? value.toISOString() : value;
  }
  return copy;
}

/** Keeps only the fields that differ, so the log shows the change rather than whole rows. */
export function diff(before: Snapshot, after: Snapshot): { before: Snapshot; after: Snapshot } {
  if (!before || !after) return { before, after };
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'updatedAt') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changedBefore[key] = before[key] ?? null;
      changedAfter[key] = after[key] ?? null;
    }
  }
  return { before: changedBefore, after: changedAfter };
}

interface Change {
  targetType: string;
  targetId: string;
  before: Snapshot;
  after: Snapshot;
}

/**
 * Collects what a mutation changed; runMutation writes it in the mutation's own
 * transaction, so a change is never committed without its audit entry.
 */
export class AuditTrail {
  private readonly changes: Change[] = [];

  /** Records one changed object (before null = created, after null = deleted). */
  record(targetType: string, targetId: string, before: object | null, after: object | null): void {
    this.changes.push({ targetType, targetId, ...diff(snapshot(before), snapshot(after)) });
  }

  async write(em: EntityManager, action: string, actorId: string | null, requestId: string): Promise<void> {
    const rows = this.changes.length
      ? this.changes.map((c) => ({ ...c, action, actorId, requestId }))
      : [{ action, actorId, requestId, targetType: null, targetId: null, before: null, after: null }];
    // TypeORM types jsonb columns too deeply for a plain Record; the rows match the entity.
    await em.getRepository(AuditEntry).insert(rows as never);
  }
}
