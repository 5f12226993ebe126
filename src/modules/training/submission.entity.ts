import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Enrolment } from './enrolment.entity';
import { TrainingModule } from './programme.entity';

/**
 * A participant's group work for one module: submitted by them, accepted by a
 * trainer. Where a module requires group work, completing needs it accepted.
 */
@ObjectType('GroupWorkSubmission', { implements: Node, description: 'Group work handed in for a module.' })
@Entity('training_submissions')
@Index(['enrolmentId', 'moduleId'], { unique: true })
export class GroupWorkSubmission {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: Enrolment;

  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => TrainingModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: TrainingModule;

  @Field({ description: 'What was done, or a link to it.' })
  @Column({ type: 'text' })
  description: string;

  @Field({ description: 'When it was handed in (or last handed in again).' })
  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a trainer accepted it; null until then.' })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedById: string | null;
}
