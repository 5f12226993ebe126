import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../common/auth';
import { Node } from '../../common/node';
import { Timestamped } from '../../common/timestamps';
import { Organisation } from '../organisations';

/**
 * A person who signs in: with a local password, or through an external
 * OpenID Connect provider (then `externalIssuer` + `externalSubject` identify them).
 */
@ObjectType('User', { implements: Node, description: 'A person who can sign in.' })
@Entity('users')
// Emails are stored lower-cased, so the unique index makes them unique case-insensitively.
@Check('CHK_users_email_lower', `"email" = lower("email")`)
@Index(['externalIssuer', 'externalSubject'], { unique: true, where: '"external_subject" IS NOT NULL' })
export class User extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 254, nullable: true, unique: true })
  email: string | null;

  @Field({ description: 'Full name.' })
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role', array: true, default: '{}' })
  roles: Role[];

  /** scrypt hash; null for users who only sign in through an external provider. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text', nullable: true })
  externalIssuer: string | null;

  @Column({ type: 'text', nullable: true })
  externalSubject: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;
}

/** Emails compare case-insensitively and without surrounding spaces. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();
