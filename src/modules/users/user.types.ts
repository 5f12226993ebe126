import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { User } from './user.entity';

@ObjectType({ description: 'Result of a user mutation.' })
export class UserPayload {
  @Field(() => User, { nullable: true, description: 'The user, null when refused.' })
  user: User | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}
