import { ArrayMaxSize, IsEmail, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../../common/auth';

@InputType({ description: 'A new local account. Admins only.' })
export class CreateUserInput {
  @Field({ description: 'Email; unique, compared case-insensitively.' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field({ description: 'Full name.' })
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => ID, { nullable: true, description: 'The organisation the person works for.' })
  @IsOptional()
  organisationId?: string;

  @Field(() => [Role], { description: 'Roles to grant.' })
  @ArrayMaxSize(4)
  roles: Role[];

  @Field({ description: 'Initial password, at least 12 characters.' })
  password: string;
}

@InputType({ description: 'Changes to an account; omitted fields stay as they are. Admins only.' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The user.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @Field(() => ID, { nullable: true, description: 'Organisation.' })
  @IsOptional()
  organisationId?: string;

  @Field(() => [Role], { nullable: true, description: 'Replaces all roles.' })
  @IsOptional()
  @ArrayMaxSize(4)
  roles?: Role[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'True disables the account and ends its sessions; false enables it.',
  })
  @IsOptional()
  disabled?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'A new password (at least 12 characters); ends all sessions.',
  })
  @IsOptional()
  password?: string;
}

@InputType({ description: 'Narrows a user listing.' })
export class UserFilter {
  @Field(() => ID, { nullable: true, description: 'Only people of this organisation.' })
  @IsOptional()
  organisationId?: string;

  @Field(() => Role, { nullable: true, description: 'Only people holding this role.' })
  @IsOptional()
  role?: Role;

  @Field(() => String, { nullable: true, description: 'Text in the name or email.' })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string;
}
