import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth';
import { AppError } from '../../errors';
import type { AuthRuntime } from './auth-runtime';
import { authenticate } from './auth.service';

/**
 * The caller of a plain HTTP route (downloads, exports), by the same rules as
 * GraphQL: no token is the public; a bad or ended token gets a 401 here and
 * `undefined` back, so the route just returns.
 */
export async function routeCaller(
  dataSource: DataSource,
  auth: AuthRuntime,
  req: Request,
  res: Response,
): Promise<{ user: AuthUser | null } | undefined> {
  try {
    return { user: await authenticate(dataSource, auth, req.header('authorization')) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: error.message } });
    return undefined;
  }
}
