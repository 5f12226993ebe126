import { ArrayMaxSize, IsOptional, MaxLength, MinLength } from 'class-validator';
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

@InputType({ description: 'A new organisation. Admins only.' })
export class CreateOrganisationInput {
  @Field({ description: 'Official name in Estonian.' })
  @MinLength(1)
  @MaxLength(300)
  name: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @IsOptional()
  @MaxLength(300)
  nameEn?: string;

  @Field(() => OrganisationKind, { description: 'What kind of body it is.' })
  kind: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Short code, e.g. "RIA"; unique.' })
  @IsOptional()
  @MaxLength(32)
  code?: string;

  @Field(() => KovType, {
    nullable: true,
    description: 'For a KOV: LINN or VALD (required for KOVs, refused otherwise).',
  })
  @IsOptional()
  kovType?: KovType;

  @Field(() => String, { nullable: true, description: 'For a KOV: four-digit EHAK code, e.g. "0141".' })
  @IsOptional()
  ehakCode?: string;

  @Field(() => ID, { nullable: true, description: 'For a KOV: its county.' })
  @IsOptional()
  countyId?: string;
}

@InputType({ description: 'Changes to an organisation; omitted fields stay as they are. Admins only.' })
export class UpdateOrganisationInput {
  @Field(() => ID, { description: 'The organisation.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Official name in Estonian.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @IsOptional()
  @MaxLength(300)
  nameEn?: string;

  @Field(() => String, { nullable: true, description: 'Short code; unique.' })
  @IsOptional()
  @MaxLength(32)
  code?: string;
}
