import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How often a query was searched on a day (Europe/Tallinn), how often it
 * found nothing and how often one of its hits was opened. The query is
 * normalised and stripped of anything that could name a person
 * (`normaliseQuery`); nothing says who searched.
 */
@Entity('search_query_days')
export class SearchQueryDay {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'text' })
  query: string;

  @Column({ type: 'int', default: 0 })
  searches: number;

  @Column({ type: 'int', default: 0 })
  zeroResultSearches: number;

  @Column({ type: 'int', default: 0 })
  clicks: number;
}

/** Which guide was opened from the hits of a query, how often, per day. */
@Entity('search_click_days')
export class SearchClickDay {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'text' })
  query: string;

  /** No foreign key: the count outlives a deleted guide, as the query's does. */
  @PrimaryColumn({ type: 'uuid' })
  guideId: string;

  @Column({ type: 'int', default: 0 })
  clicks: number;
}
