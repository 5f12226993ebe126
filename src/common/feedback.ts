import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many gave each rating.' })
export class RatingCount {
  @Field(() => Int, { description: 'Rating 1–10.' })
  rating: number;

  @Field(() => Int, { description: 'How many gave it.' })
  count: number;
}

@ObjectType({ description: 'Satisfaction feedback, summarised.' })
export class FeedbackSummary {
  @Field(() => Int, { description: 'Number of answers.' })
  count: number;

  @Field(() => String, {
    nullable: true,
    description: 'Average rating with two decimals, e.g. "8.25"; null without answers.',
  })
  average: string | null;

  @Field(() => [RatingCount], { description: 'Counts for every rating 1–10.' })
  distribution: RatingCount[];
}

/**
 * Count, average (two decimals, computed in integers so nothing depends on
 * float formatting) and the 1–10 distribution of ratings counted per value.
 */
export function summariseRatings(rows: { rating: number; n: number }[]): FeedbackSummary {
  const count = rows.reduce((sum, r) => sum + r.n, 0);
  const total = rows.reduce((sum, r) => sum + r.rating * r.n, 0);
  const average = count === 0 ? null : (Math.round((total * 100) / count) / 100).toFixed(2);
  const distribution = Array.from({ length: 10 }, (_, i) => ({
    rating: i + 1,
    count: rows.find((r) => r.rating === i + 1)?.n ?? 0,
  }));
  return { count, average, distribution };
}
