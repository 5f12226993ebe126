import type { EntityManager } from 'typeorm';

/** One figure a module measures from its own data for a calendar year (Europe/Tallinn). */
export interface YearlyFigure {
  year: number;
  /** Exact decimal text: a count ("12") or a mean with two decimals ("8.25"). */
  value: string;
  /** A sub-division the figure is broken down by (a guide kind), if any. */
  kind?: string;
}

/**
 * Counts something for each year from `fromYear` to `toYear` in a single SQL
 * statement; years with nothing to count are left out. The result indicators
 * of the progress module read the product's own data through these.
 */
export type YearlyMeasure = (em: EntityManager, fromYear: number, toYear: number) => Promise<YearlyFigure[]>;

/** The calendar year of a timestamptz column as people in Estonia read it. */
export const tallinnYear = (column: string) =>
  `extract(year FROM ${column} AT TIME ZONE 'Europe/Tallinn')::int`;
