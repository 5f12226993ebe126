import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/auth';
import { connectionTypes, type Connection, PageArgs } from '../../common/pagination';
import type { Context } from '../../context';
import { County } from './county.entity';
import { Organisation } from './organisation.entity';
import { CreateOrganisationInput, OrganisationFilter, UpdateOrganisationInput } from './organisation.inputs';
import { OrganisationPayload } from './organisation.types';
import {
  createOrganisation,
  listCounties,
  listOrganisations,
  updateOrganisation,
} from './organisation.service';

export const OrganisationConnection = connectionTypes(
  Organisation,
  'Organisation',
  'A page of organisations.',
  { publicReference: true },
);

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, {
    description: 'KOVs, ELVL and state partners in Estonian alphabetical order, filtered and paged.',
  })
  organisations(
    @Arg('filter', () => OrganisationFilter, { nullable: true, description: 'Conditions to meet.' })
    filter: OrganisationFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Organisation>> {
    return listOrganisations(ctx, { filter, ...page });
  }

  @Query(() => [County], { description: 'The 15 counties (maakonnad) in Estonian alphabetical order.' })
  counties(@Ctx() ctx: Context): Promise<County[]> {
    return listCounties(ctx);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => OrganisationPayload, { description: 'Adds an organisation. Admins only.' })
  async createOrganisation(
    @Arg('input', () => CreateOrganisationInput, { description: 'The mutation input.' })
    input: CreateOrganisationInput,
    @Ctx() ctx: Context,
  ): Promise<OrganisationPayload> {
    const { value, userErrors } = await createOrganisation(ctx, input);
    return { organisation: value, userErrors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => OrganisationPayload, {
    description: 'Renames an organisation or changes its code. Admins only.',
  })
  async updateOrganisation(
    @Arg('input', () => UpdateOrganisationInput, { description: 'The mutation input.' })
    input: UpdateOrganisationInput,
    @Ctx() ctx: Context,
  ): Promise<OrganisationPayload> {
    const { value, userErrors } = await updateOrganisation(ctx, input);
    return { organisation: value, userErrors };
  }

  @FieldResolver(() => County, { nullable: true, description: 'For a KOV: the county it lies in.' })
  county(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<County | null> | County | null {
    if (!organisation.countyId) return null;
    return organisation.county ?? ctx.loaders.countyById.load(organisation.countyId);
  }
}
