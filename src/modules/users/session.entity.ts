import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  CreateDateColumn,
} from 'typeorm';
import { User } from './user.entity';

/**
 * A sign-in: access tokens name it (`sid`), so signing out or disabling the
 * user ends it at once. The refresh token rotates on every use; presenting the
 * previous one again means it was stolen, and the session is revoked.
 */
@Entity('auth_sessions')
export class AuthSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** SHA-256 of the current refresh token (the token itself is never stored). */
  @Column({ type: 'text', unique: true })
  refreshTokenHash: string;

  @Index()
  @Column({ type: 'text', nullable: true })
  previousRefreshTokenHash: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  /** 'password', 'oidc' or 'cli'. */
  @Column({ type: 'text' })
  method: string;
}
