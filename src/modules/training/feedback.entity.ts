import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Cohort } from './cohort.entity';

/**
 * Satisfaction with a cohort, 1–10, once per person: `authorKey` is a keyed
 * hash of cohort and person, so an anonymous answer stays one per person
 * without naming them (`userId` is null then).
 */
@Entity('training_feedback')
@Index(['cohortId', 'authorKey'], { unique: true })
@Check('CHK_training_feedback_rating', '"rating" BETWEEN 1 AND 10')
export class TrainingFeedback {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Cohort;

  @Column({ type: 'text' })
  authorKey: string;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'smallint' })
  rating: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
