import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PublicReference } from '../../common/cache-control';
import { registerLabelledEnum } from '../../common/labelled-enum';

/**
 * The accounts as a GraphQL enum, so inputs cannot name one that does not
 * exist; the internal values are the EA codes the budget_accounts table keys
 * on (a test keeps the two equal). GraphQL names cannot start with a digit.
 */
export enum BudgetAccountCode {
  FIXED_ASSETS = '15',
  PERSONNEL = '50',
  OPERATING_COSTS = '55',
}
registerLabelledEnum(BudgetAccountCode, {
  name: 'BudgetAccountCode',
  description:
    'A budget account (EA konto) the plan budgets on; BudgetAccount.eaCode is its code as printed.',
  values: {
    FIXED_ASSETS: {
      et: 'Põhivara soetus (15)',
      en: 'Acquisition of fixed assets (15)',
      description: 'Account 15: acquisition of fixed assets (investments). Carries VAT.',
    },
    PERSONNEL: {
      et: 'Personalikulud (50)',
      en: 'Personnel costs (50)',
      description: 'Account 50: personnel costs. Carries no VAT.',
    },
    OPERATING_COSTS: {
      et: 'Majandamiskulud (55)',
      en: 'Operating costs (55)',
      description: 'Account 55: operating costs. Carries VAT.',
    },
  },
});

/** The cost categories as a GraphQL enum; the internal values are the category numbers (kept equal to cost_categories by a test). */
export enum CostCategoryCode {
  IT_SOLUTIONS = 1,
  CYBERSPACE = 2,
  AWARENESS = 3,
  OTHER_DIRECT_COSTS = 4,
}
registerLabelledEnum(CostCategoryCode, {
  name: 'CostCategoryCode',
  description: 'A cost category (1–4) of the SF 2021–2027 measure; CostCategory.number is its number.',
  values: {
    IT_SOLUTIONS: {
      et: 'Infotehnoloogiliste lahenduste väljatöötamine ja arendamine (1)',
      en: 'Design and development of IT solutions (1)',
    },
    CYBERSPACE: {
      et: 'Küberruumi hoidmine, arendamine ja juurutamine usaldusväärse ja turvalisena (2)',
      en: 'Keeping, developing and deploying cyberspace as reliable and secure (2)',
    },
    AWARENESS: { et: 'Teadlikkuse tõstmine (3)', en: 'Raising awareness (3)' },
    OTHER_DIRECT_COSTS: {
      et: 'Muu digipöördega seotud otsene kulu (4)',
      en: 'Other direct costs of the digital transformation (4)',
    },
  },
});

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
  @Field(() => BudgetAccountCode, { description: 'The account, e.g. OPERATING_COSTS.' })
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code: string;

  @Field({ description: 'The EA account code as the plan document prints it, e.g. "55".' })
  get eaCode(): string {
    return this.code;
  }

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
  @Field(() => Int, { description: 'Category number, 1–4, as the plan document prints it.' })
  @PrimaryColumn({ type: 'smallint' })
  number: number;

  @Field(() => CostCategoryCode, { description: 'The category, e.g. AWARENESS (what inputs take).' })
  get code(): CostCategoryCode {
    return this.number as CostCategoryCode;
  }

  @Field({ description: 'Name in Estonian, as in the plan legend.' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Name in English.' })
  @Column({ type: 'text' })
  nameEn: string;
}
