import type { AppModule } from '../../module';
import { AuditResolver } from './audit.resolver';
import { findAuditEntry } from './audit.service';

/**
 * The audit log, read by admins. The trail itself is written by every
 * mutation through src/common/audit-trail.ts, in the mutation's transaction.
 */
export const auditModule: AppModule = {
  name: 'audit',
  resolvers: [AuditResolver],
  nodes: { AuditEntry: findAuditEntry },
};
