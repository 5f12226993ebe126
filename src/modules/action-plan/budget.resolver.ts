import {
  Arg,
  Authorized,
  type ClassType,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '../../common/auth';
import { Money, money } from '../../common/money';
import type { Context } from '../../context';
import { RemoveBudgetLineInput, SetBudgetLineInput } from './action-plan.inputs';
import { RemoveBudgetLinePayload, BudgetLinePayload } from './action-plan.types';
import { Activity } from './activity.entity';
import { BudgetLine, DeclaredBudgetFigure, VatMode } from './budget.entity';
import { budgetReconciliation, budgetSummary, removeBudgetLine, setBudgetLine } from './budget.service';
import { BudgetDimension, BudgetDiscrepancy, BudgetSummary, BudgetSummaryRow } from './budget.types';
import { BudgetAccount, CostCategory } from './reference.entity';

const describe = (d: { label: string; declared: string; computed: string }) =>
  `${d.label}: dokumendis ${money(d.declared).amount}, ridade summa ${money(d.computed).amount}`;

@Resolver()
export class BudgetResolver {
  @Query(() => BudgetSummary, {
    description: "Adds up a plan's budget lines by the given dimensions, without or with VAT.",
  })
  async budgetSummary(
    @Arg('planId', () => ID, { description: 'The plan version.' }) planId: string,
    @Arg('groupBy', () => [BudgetDimension], {
      description: 'Dimensions to group by; empty for the grand total.',
    })
    groupBy: BudgetDimension[],
    @Arg('vat', () => VatMode, { description: 'Without (NET) or with (GROSS) VAT.' }) vat: VatMode,
    @Ctx() ctx: Context,
  ): Promise<BudgetSummary> {
    const summary = await budgetSummary(ctx, planId, groupBy, vat);
    return {
      total: money(summary.total),
      rows: summary.rows.map((row) =>
        Object.assign(new BudgetSummaryRow(), { ...row, amount: money(row.amount) }),
      ),
    };
  }

  @Query(() => [BudgetDiscrepancy], {
    description:
      'Every declared figure of the document that its budget lines do not add up to; agreeing figures are left out.',
  })
  async budgetReconciliation(
    @Arg('planId', () => ID, { description: 'The plan version.' }) planId: string,
    @Ctx() ctx: Context,
  ): Promise<BudgetDiscrepancy[]> {
    const discrepancies = await budgetReconciliation(ctx, planId);
    return discrepancies.map((d) =>
      Object.assign(new BudgetDiscrepancy(), {
        ...d,
        description: describe(d),
        declared: money(d.declared),
        computed: money(d.computed),
        difference: money(d.difference),
      }),
    );
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => BudgetLinePayload, {
    description:
      "Sets an activity's amount without VAT for one account and year, creating or replacing the line. Admins only.",
  })
  async setBudgetLine(
    @Arg('input', () => SetBudgetLineInput, { description: 'The mutation input.' }) input: SetBudgetLineInput,
    @Ctx() ctx: Context,
  ): Promise<BudgetLinePayload> {
    const { value, userErrors } = await setBudgetLine(ctx, input);
    return { budgetLine: value, userErrors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RemoveBudgetLinePayload, { description: 'Removes a budget line. Admins only.' })
  async removeBudgetLine(
    @Arg('input', () => RemoveBudgetLineInput, { description: 'The mutation input.' })
    input: RemoveBudgetLineInput,
    @Ctx() ctx: Context,
  ): Promise<RemoveBudgetLinePayload> {
    const { value, userErrors } = await removeBudgetLine(ctx, input);
    return { removedBudgetLineId: value, userErrors };
  }
}

@Resolver(() => BudgetLine)
export class BudgetLineResolver {
  @FieldResolver(() => Activity, { description: 'The activity the line budgets for.' })
  async activity(@Root() line: BudgetLine, @Ctx() ctx: Context): Promise<Activity> {
    return (await ctx.loaders.activityById.load(line.activityId))!;
  }

  @FieldResolver(() => BudgetAccount, { description: 'The budget account (EA konto).' })
  async account(@Root() line: BudgetLine, @Ctx() ctx: Context): Promise<BudgetAccount> {
    return line.account ?? (await ctx.loaders.budgetAccountByCode.load(line.accountCode))!;
  }

  @FieldResolver(() => Money, { description: 'Amount without VAT.' })
  amountNet(@Root() line: BudgetLine): Money {
    return money(line.amountNet);
  }

  @FieldResolver(() => Money, {
    description:
      "Amount with VAT: the year's rate on accounts that carry VAT, rounded per line as the plan does.",
  })
  async amountGross(@Root() line: BudgetLine, @Ctx() ctx: Context): Promise<Money> {
    if (line.amountGross === undefined) {
      // A line fresh from a mutation: take the derived amount from the loader.
      const lines = await ctx.loaders.budgetLinesByActivityId.load(line.activityId);
      line.amountGross = lines.find((l) => l.id === line.id)?.amountGross;
    }
    return money(line.amountGross!);
  }
}

interface BudgetKeys {
  activityId: string | null;
  category: number | null;
  account: string | null;
}

/**
 * The activity, cost category and budget account of a row that carries only
 * their keys (budget tables, discrepancies, declared figures, execution
 * rows), resolved through the batched loaders. `scope` says when each is null.
 */
export function budgetKeyFields<T extends object>(
  type: ClassType<T>,
  keysOf: (row: T) => BudgetKeys,
  scope: { activity: string; category: string; account: string },
): ClassType {
  @Resolver(() => type)
  class BudgetKeyFields {
    @FieldResolver(() => Activity, { nullable: true, description: `The activity; ${scope.activity}.` })
    activity(@Root() row: T, @Ctx() ctx: Context): Promise<Activity | null> | null {
      const { activityId } = keysOf(row);
      return activityId ? ctx.loaders.activityById.load(activityId) : null;
    }

    @FieldResolver(() => CostCategory, {
      nullable: true,
      description: `The cost category; ${scope.category}.`,
    })
    category(@Root() row: T, @Ctx() ctx: Context): Promise<CostCategory | null> | null {
      const { category } = keysOf(row);
      return category === null ? null : ctx.loaders.costCategoryByNumber.load(category);
    }

    @FieldResolver(() => BudgetAccount, {
      nullable: true,
      description: `The budget account; ${scope.account}.`,
    })
    account(@Root() row: T, @Ctx() ctx: Context): Promise<BudgetAccount | null> | null {
      const { account } = keysOf(row);
      return account === null ? null : ctx.loaders.budgetAccountByCode.load(account);
    }
  }
  return BudgetKeyFields;
}

const grouped = (dimension: string) => `null unless grouped by ${dimension}`;
export const BudgetSummaryRowFields = budgetKeyFields(BudgetSummaryRow, (row) => row, {
  activity: grouped('ACTIVITY'),
  category: grouped('CATEGORY'),
  account: grouped('ACCOUNT'),
});

export const BudgetDiscrepancyFields = budgetKeyFields(BudgetDiscrepancy, (row) => row, {
  activity: 'the activity whose row prints the figure, if any',
  category: 'null for all categories',
  account: 'null for all accounts',
});

export const DeclaredBudgetFigureFields = budgetKeyFields(
  DeclaredBudgetFigure,
  (figure) => ({
    activityId: figure.activityId,
    category: figure.categoryNumber,
    account: figure.accountCode,
  }),
  {
    activity: 'the activity whose row prints the figure, if any',
    category: 'null for all categories',
    account: 'null for all accounts',
  },
);

@Resolver(() => DeclaredBudgetFigure)
export class DeclaredBudgetFigureResolver {
  @FieldResolver(() => Money, { description: 'The figure as printed.' })
  amount(@Root() figure: DeclaredBudgetFigure): Money {
    return money(figure.amount);
  }
}
