import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { Organisation } from './organisation.entity';

@ObjectType({ description: 'Result of an organisation mutation.' })
export class OrganisationPayload {
  @Field(() => Organisation, { nullable: true, description: 'The organisation, null when refused.' })
  organisation: Organisation | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}
