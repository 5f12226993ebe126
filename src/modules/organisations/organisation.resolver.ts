import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { connectionTypes, type Connection } from '../../common/pagination';
import type { Context } from '../../context';
import { County } from './county.entity';
import { Organisation } from './organisation.entity';
import { OrganisationFilter } from './organisation.inputs';
import { listCounties, listOrganisations } from './organisation.service';

export const OrganisationConnection = connectionTypes(
  Organisation,
  'Organisation',
  'A page of organisations.',
);

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, {
    description: 'KOVs, ELVL and state partners in Estonian alphabetical order, filtered and paged.',
  })
  organisations(
    @Arg('filter', () => OrganisationFilter, { nullable: true, description: 'Conditions to meet.' })
    filter: OrganisationFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Organisation>> {
    return listOrganisations(ctx, { filter, first, after });
  }

  @Query(() => [County], { description: 'The 15 counties (maakonnad) in Estonian alphabetical order.' })
  counties(@Ctx() ctx: Context): Promise<County[]> {
    return listCounties(ctx);
  }

  @FieldResolver(() => County, { nullable: true, description: 'For a KOV: the county it lies in.' })
  county(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<County | null> | null {
    return organisation.countyId ? ctx.loaders.countyById.load(organisation.countyId) : null;
  }
}
