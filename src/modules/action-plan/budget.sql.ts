/**
 * Every budget line with its amount without VAT (`net`) and with VAT (`gross`).
 *
 * Gross is derived, never stored: accounts that carry VAT get the plan's rate
 * for the line's year, rounded per line to the plan's scale, half away from
 * zero, as PostgreSQL's round(numeric) does. That is how the source document
 * arrives at its printed figures (81 484 × 1.24 = 101 040.16 → 101 040), and
 * it is all numeric arithmetic: no floating point anywhere.
 */
export const LINE_AMOUNTS_CTE = `
  line_amounts AS (
    SELECT bl.id,
           bl.activity_id,
           a.plan_id,
           a.number AS activity_number,
           a.category_number,
           bl.year,
           bl.account_code,
           vr.rate AS vat_rate,
           bl.amount_net AS net,
           CASE WHEN acc.carries_vat
                THEN round(bl.amount_net * (1 + vr.rate), p.vat_rounding_scale)
                ELSE bl.amount_net
           END AS gross
      FROM budget_lines bl
      JOIN activities a ON a.id = bl.activity_id
      JOIN action_plans p ON p.id = a.plan_id
      JOIN budget_accounts acc ON acc.code = bl.account_code
      LEFT JOIN plan_vat_rates vr ON vr.plan_id = p.id AND vr.year = bl.year
  )`;
