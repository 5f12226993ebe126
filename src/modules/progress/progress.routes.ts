import express, { type Request, type Response, type Router } from 'express';
import { sendCsv } from '../../common/csv';
import { localUuid, toGlobalId } from '../../common/node-id';
import type { RouteServices } from '../../module';
import { ActionPlan, BudgetDimension, VatMode } from '../action-plan';
import { isElvlStaff } from './access';
import { budgetWorkbook } from './budget-workbook';
import { budgetExecution } from './execution.service';

const refuse = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ error: { code, message } });

/** "ACTIVITY,YEAR" → the dimensions, or null when any is unknown. */
function parseDimensions(text: string): BudgetDimension[] | null {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known: string[] = Object.values(BudgetDimension);
  return names.every((n) => known.includes(n)) ? (names as BudgetDimension[]) : null;
}

/**
 * The plan's budget for spreadsheets (bearer token):
 *   GET /reports/plans/:id/budget.xlsx            the funder's tables and planned against actual; ELVL staff
 *   GET /reports/plans/:id/budget-execution.csv   the execution table, for anyone signed in (as budgetExecution);
 *                                                 ?groupBy=ACTIVITY,YEAR,ACCOUNT&vat=NET|GROSS
 */
export function progressRoutes({ dataSource, identify, contextFor }: RouteServices): Router {
  const router = express.Router();

  /** The signed-in caller (ELVL staff where asked) and the plan, or the refusal already sent. */
  async function authorise(req: Request, res: Response, options: { elvlStaffOnly: boolean }) {
    const caller = await identify(req, res);
    if (!caller) return null;
    if (!caller.user)
      return (refuse(res, 401, 'UNAUTHENTICATED', 'Sign in to download budget reports.'), null);
    if (options.elvlStaffOnly && !isElvlStaff(caller.user))
      return (refuse(res, 403, 'FORBIDDEN', 'Budget reports are for ELVL staff.'), null);
    const id = localUuid(String(req.params.id), 'ActionPlan');
    const plan = id ? await dataSource.getRepository(ActionPlan).findOneBy({ id }) : null;
    if (!plan) return (refuse(res, 404, 'NOT_FOUND', 'Not found.'), null);
    return { ctx: contextFor(req, res, caller.user), plan, planId: toGlobalId('ActionPlan', plan.id) };
  }

  router.get('/reports/plans/:id/budget.xlsx', async (req, res, next) => {
    try {
      const found = await authorise(req, res, { elvlStaffOnly: true });
      if (!found) return;
      const file = await budgetWorkbook(found.ctx, found.plan, found.planId);
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(`eelarve-${found.plan.planKey}-v${found.plan.versionNumber}`)}.xlsx`,
      );
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(file);
    } catch (error) {
      next(error);
    }
  });

  router.get('/reports/plans/:id/budget-execution.csv', async (req, res, next) => {
    try {
      const groupBy = parseDimensions(String(req.query.groupBy ?? 'ACTIVITY,YEAR,ACCOUNT'));
      const vat = String(req.query.vat ?? 'NET');
      if (!groupBy || !(Object.values(VatMode) as string[]).includes(vat)) {
        return refuse(
          res,
          400,
          'BAD_USER_INPUT',
          'groupBy is a comma-separated list of YEAR, CATEGORY, ACCOUNT, ACTIVITY; vat is NET or GROSS.',
        );
      }
      const found = await authorise(req, res, { elvlStaffOnly: false });
      if (!found) return;
      const execution = await budgetExecution(found.ctx, found.planId, groupBy, vat as VatMode);
      const activities = new Map<string, { number: number; name: string }>(
        (
          await dataSource.query(`SELECT id, number, name FROM activities WHERE plan_id = $1`, [
            found.plan.id,
          ])
        ).map((a: { id: string; number: number; name: string }) => [a.id, a]),
      );
      const has = (d: BudgetDimension) => groupBy.includes(d);
      const header = [
        ...(has(BudgetDimension.ACTIVITY) ? ['Tegevuse nr', 'Tegevus'] : []),
        ...(has(BudgetDimension.YEAR) ? ['Aasta'] : []),
        ...(has(BudgetDimension.CATEGORY) ? ['Kategooria'] : []),
        ...(has(BudgetDimension.ACCOUNT) ? ['Konto'] : []),
        'Plaan',
        'Tegelik',
        'Jääk',
        'Täitmine %',
        'Üle plaani',
      ];
      const lines = groupBy.length ? [...execution.rows, execution.total] : [execution.total];
      const rows = lines.map((row) => {
        const activity = row.activityId ? activities.get(row.activityId) : undefined;
        const keys = [
          ...(has(BudgetDimension.ACTIVITY) ? [activity?.number, activity?.name] : []),
          ...(has(BudgetDimension.YEAR) ? [row.year] : []),
          ...(has(BudgetDimension.CATEGORY) ? [row.category] : []),
          ...(has(BudgetDimension.ACCOUNT) ? [row.account] : []),
        ];
        if (row === execution.total && keys.length) keys[0] = 'Kokku';
        return [
          ...keys,
          row.planned,
          row.actual,
          row.remaining,
          row.executionPercent,
          row.overPlan ? 'jah' : 'ei',
        ];
      });
      sendCsv(res, `eelarve-taitmine-${vat === 'GROSS' ? 'km-ga' : 'km-ta'}`, header, rows);
    } catch (error) {
      next(error);
    }
  });

  return router;
}
