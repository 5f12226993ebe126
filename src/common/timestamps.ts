import { Field, ObjectType } from 'type-graphql';
import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** createdAt / updatedAt, stored as timestamptz and exposed as ISO-8601. */
@ObjectType()
export abstract class Timestamped {
  @Field({ description: 'When the object was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the object last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
