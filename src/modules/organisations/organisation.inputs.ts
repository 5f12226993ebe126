import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { KovType, OrganisationKind } from './organisation.entity';

@InputType({ description: 'Narrows an organisation listing; all given conditions must hold.' })
export class OrganisationFilter {
  @Field(() => [OrganisationKind], { nullable: true, description: 'Only these kinds, e.g. [KOV].' })
  @IsOptional()
  @ArrayMaxSize(10)
  kinds?: OrganisationKind[];

  @Field(() => [KovType], { nullable: true, description: 'Only KOVs of these types (LINN, VALD).' })
  @IsOptional()
  @ArrayMaxSize(2)
  kovTypes?: KovType[];

  @Field(() => [ID], { nullable: true, description: 'Only organisations in these counties.' })
  @IsOptional()
  @ArrayMaxSize(15)
  countyIds?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive text in the name, code or English name.',
  })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string;
}
