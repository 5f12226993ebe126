import { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLEnumType, GraphQLInt } from 'graphql';
import { Directive } from 'type-graphql';

/** How long shared caches (a CDN, the browser) may keep public reference data. */
export const PUBLIC_MAX_AGE_SECONDS = 300;

const CacheControlScope = new GraphQLEnumType({
  name: 'CacheControlScope',
  description: 'Who may cache a response: any cache (PUBLIC) or only the client (PRIVATE).',
  values: {
    PUBLIC: { description: 'Shared caches may keep it.' },
    PRIVATE: { description: 'Only the client that asked may keep it.' },
  },
});

/**
 * Apollo Server's cache hint: a response is cacheable for the shortest
 * maxAge of the fields it contains, and `no-store` as soon as one field
 * (anything personal or signed-in) has none.
 */
export const cacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  description: "Cache hint for Apollo Server's cache-control header.",
  locations: [
    DirectiveLocation.FIELD_DEFINITION,
    DirectiveLocation.OBJECT,
    DirectiveLocation.INTERFACE,
    DirectiveLocation.UNION,
  ],
  args: {
    maxAge: { type: GraphQLInt, description: 'Seconds a cache may keep it.' },
    scope: { type: CacheControlScope, description: 'Who may cache it.' },
    inheritMaxAge: { type: GraphQLBoolean, description: "Take the parent field's maxAge." },
  },
});

/** Marks an object type as public reference data (the same for everyone, changing rarely). */
export const PublicReference = () => Directive(`@cacheControl(maxAge: ${PUBLIC_MAX_AGE_SECONDS})`);
