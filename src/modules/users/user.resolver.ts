import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/auth';
import { connectionTypes, type Connection, PageArgs } from '../../common/pagination';
import type { Context } from '../../context';
import { Organisation } from '../organisations';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput, UserFilter } from './user.inputs';
import { UserPayload } from './user.types';
import { createUser, currentUser, listUsers, maySeePrivate, updateUser } from './user.service';

export const UserConnection = connectionTypes(User, 'User', 'A page of users.');

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user; null for the public.' })
  me(@Ctx() ctx: Context): Promise<User | null> | null {
    return currentUser(ctx);
  }

  @Authorized(Role.ADMIN)
  @Query(() => UserConnection, { description: 'Users by name, filtered and paged. Admins only.' })
  users(
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Conditions to meet.' })
    filter: UserFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<User>> {
    return listUsers(ctx, { filter, ...page });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: 'Creates a local account. Admins only.' })
  async createUser(
    @Arg('input', () => CreateUserInput, { description: 'The mutation input.' }) input: CreateUserInput,
    @Ctx() ctx: Context,
  ): Promise<UserPayload> {
    const { value, userErrors } = await createUser(ctx, input);
    return { user: value, userErrors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, {
    description: "Changes a user's name, organisation, roles, password or access. Admins only.",
  })
  async updateUser(
    @Arg('input', () => UpdateUserInput, { description: 'The mutation input.' }) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ): Promise<UserPayload> {
    const { value, userErrors } = await updateUser(ctx, input);
    return { user: value, userErrors };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Email; visible to the user themself and admins, otherwise null.',
  })
  email(@Root() user: User, @Ctx() ctx: Context): string | null {
    return maySeePrivate(ctx, user) ? user.email : null;
  }

  @FieldResolver(() => [Role], {
    description: 'Roles; visible to the user themself and admins, otherwise empty.',
  })
  roles(@Root() user: User, @Ctx() ctx: Context): Role[] {
    return maySeePrivate(ctx, user) ? user.roles : [];
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the account is disabled (admins and the user see it).',
  })
  disabled(@Root() user: User, @Ctx() ctx: Context): boolean {
    return maySeePrivate(ctx, user) && user.disabledAt !== null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation the person works for.',
  })
  organisation(@Root() user: User, @Ctx() ctx: Context): Promise<Organisation | null> | Organisation | null {
    if (!user.organisationId) return null;
    // Some reads bring the organisation with the user (an event's organisers); others load it here.
    return user.organisation ?? ctx.loaders.organisationById.load(user.organisationId);
  }
}
