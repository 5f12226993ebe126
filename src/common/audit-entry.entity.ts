import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from './node';

/** One successful mutation: who did what to which object, with the fields before and after. */
@ObjectType('AuditEntry', {
  implements: Node,
  description: 'A record of one change, written with the change itself.',
})
@Entity('audit_log')
@Index(['targetType', 'targetId'])
@Index(['actorId', 'at'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'When the change was committed.' })
  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** Null for the public (e.g. a sign-in that created the session). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'The mutation, e.g. "setBudgetLine".' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => String, { nullable: true, description: 'Type of the changed object, e.g. "BudgetLine".' })
  @Column({ type: 'text', nullable: true })
  targetType: string | null;

  @Column({ type: 'uuid', nullable: true })
  targetId: string | null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The changed fields before the change (null when created).',
  })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The changed fields after the change (null when deleted).',
  })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Request id, to match the entry with the logs.' })
  @Column({ type: 'text', nullable: true })
  requestId: string | null;
}
