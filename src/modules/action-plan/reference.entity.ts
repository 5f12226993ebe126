import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PublicReference } from '../../common/cache-control';

/**
 * An account of the Estonian public-sector chart of accounts (EA konto) the
 * plan budgets on: 15 investments, 50 personnel, 55 operating costs.
 */
@PublicReference()
@ObjectType('BudgetAccount', {
  description: 'A budget account (EA konto) of the public-sector classification.',
})
@Entity('budget_accounts')
export class BudgetAccount {
  @Field({ description: 'Account code, e.g. "55".' })
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code: string;

  @Field({ description: 'Name in Estonian.' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Name in English.' })
  @Column({ type: 'text' })
  nameEn: string;

  @Field({ description: 'False for accounts no VAT is paid on (personnel costs).' })
  @Column({ type: 'boolean' })
  carriesVat: boolean;
}

/** The SF 2021–2027 measure's cost categories, from the legend of the plan document. */
@PublicReference()
@ObjectType('CostCategory', { description: 'A cost category (1–4) of the SF 2021–2027 measure.' })
@Entity('cost_categories')
export class CostCategory {
  @Field(() => Int, { description: 'Category number, 1–4.' })
  @PrimaryColumn({ type: 'smallint' })
  number: number;

  @Field({ description: 'Name in Estonian, as in the plan legend.' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Name in English.' })
  @Column({ type: 'text' })
  nameEn: string;
}
