import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../common/node';
import { Enrolment } from './enrolment.entity';

/**
 * Proof that a person completed a cohort. What it certifies is copied in when
 * it is issued (name, programme, cohort, hours, modules), so it reads the same
 * later whatever is renamed. `code` is the unguessable verification code.
 */
@ObjectType('Certificate', { implements: Node, description: 'A certificate of completing a cohort.' })
@Entity('training_certificates')
export class Certificate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  enrolmentId: string;

  @OneToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: Enrolment;

  @Field({ description: 'Verification code: anyone can check the certificate with it.' })
  @Index({ unique: true })
  @Column({ type: 'text' })
  code: string;

  @Field({ description: 'When it was issued.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  issuedAt: Date;

  @Field({ description: 'The holder’s name as certified.' })
  @Column({ type: 'text' })
  holderName: string;

  @Field({ description: 'The programme as certified.' })
  @Column({ type: 'text' })
  programmeTitle: string;

  @Field({ description: 'The cohort as certified.' })
  @Column({ type: 'text' })
  cohortName: string;

  @Field(() => Float, { description: 'Hours of the modules completed.' })
  @Column({
    type: 'numeric',
    precision: 6,
    scale: 1,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  hours: number;

  @Field(() => [String], { description: 'The modules, in order.' })
  @Column({ type: 'text', array: true })
  modules: string[];

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while valid.' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked.' })
  @Column({ type: 'text', nullable: true })
  revokedReason: string | null;
}
