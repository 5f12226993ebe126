import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Fixed-window counters for throttling, kept in PostgreSQL so every API
 * process behind a load balancer shares them.
 */
@Entity('rate_limit_counters')
export class RateLimitCounter {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'int' })
  hits: number;
}
