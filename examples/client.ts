// How a front-end uses the generated documents: the operation's variables and
// result are typed from the schema, so a renamed field or a wrong enum value
// fails `tsc`, not the user's browser. Type-checked by `npm run examples:check`.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { BudgetByYearDocument, CountiesDocument, SearchGuidesDocument } from './__generated__/graphql';

export async function request<Result, Variables>(
  endpoint: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  token?: string,
): Promise<Result> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string }[] };
  if (!body.data)
    throw new Error(body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`);
  return body.data;
}

export async function example(endpoint: string): Promise<string[]> {
  const { counties } = await request(endpoint, CountiesDocument, {});
  const { budgetSummary } = await request(endpoint, BudgetByYearDocument, { planId: 'QWN0aW9uUGxhbjox' });
  const { search } = await request(endpoint, SearchGuidesDocument, {});
  return [
    ...counties.map((county) => `${county.ehakCode} ${county.shortName}`),
    ...budgetSummary.rows.map((row) => `${row.year}: ${row.amount.amount}`),
    ...search.hits.map((hit) => {
      switch (hit.__typename) {
        case 'GuideHit':
          return hit.guide.title;
        case 'EventHit':
          return `${hit.event.title} (${hit.event.startsAt})`;
        case 'TrainingHit':
          return hit.programme.title;
        default:
          return hit.mentor.bio;
      }
    }),
  ];
}
