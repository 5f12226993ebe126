import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Narrows the audit log; all given conditions must hold.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only changes made by this user.' })
  @IsOptional()
  actorId?: string;

  @Field(() => ID, { nullable: true, description: 'Only changes to this object (any global ID).' })
  @IsOptional()
  targetId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only changes to objects of this type, e.g. "BudgetLine".',
  })
  @IsOptional()
  targetType?: string;

  @Field(() => Date, { nullable: true, description: 'Only changes at or after this time.' })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only changes before this time.' })
  @IsOptional()
  to?: Date;
}
