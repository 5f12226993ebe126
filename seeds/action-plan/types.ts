/**
 * Shapes of the action-plan seed data. The data files transcribe ELVL's
 * "Valdkondliku digipöörde tegevuskava" (see ../shared/seed/) as faithfully as
 * the OCR allows; every correction of an OCR misreading is commented where it is made.
 */

export type BudgetAccountCode = '15' | '50' | '55';
export type PlanYear = 2023 | 2024 | 2025 | 2026;
export type CostCategoryNumber = 1 | 2 | 3 | 4;

/** An organisation the plan names (implementer or partner). */
export interface OrganisationSeed {
  /** Stable short code used to link activities, e.g. 'ELVL', 'MKM', 'RIA', 'JUSTDIGI'. */
  code: string;
  /** Official Estonian name. */
  name: string;
  /** English name. */
  nameEn: string;
  kind: 'ASSOCIATION' | 'MINISTRY' | 'STATE_AGENCY' | 'OTHER';
}

/** One budget line: an activity's amount WITHOUT VAT on one account in one year, as printed. */
export interface BudgetLineSeed {
  account: BudgetAccountCode;
  year: PlanYear;
  /** Exact decimal string without VAT, e.g. "27097.00". */
  amountNet: string;
}

export interface ActivitySeed {
  /** Position in the document, 1–8. */
  number: number;
  /** The activity's name (the document's "meetme nimi" column), Estonian. */
  name: string;
  /** English translation of the name. */
  nameEn: string;
  /** The problem column, Estonian, reconstructed into readable sentences. */
  problem: string;
  /** What the measure is, in one or two Estonian sentences taken from the document. */
  measure: string;
  /** Planned actions for 2024 (empty string when the document plans none). */
  actions2024: string;
  /** Planned actions for 2025–2026. */
  actions2025_2026: string;
  /** Expected result ("Tulemus"/"Lõpptulemus"). */
  expectedResult: string;
  /** Organisation code of the implementer. */
  implementer: string;
  /** Organisation codes of partners the activity's text names. */
  partners: string[];
  category: CostCategoryNumber;
  fundingSource: string;
  /** Every amount the row prints without VAT, per account and year, zeros included. */
  lines: BudgetLineSeed[];
}

/** Which of the document's tables a declared figure is printed in. */
export type DeclaredTable =
  | 'SUMMARY_NET' // "... 2023-2026 ilma käibemaksuta" summary table
  | 'SUMMARY_GROSS' // "... koos käibemaksuga" summary table
  | 'CATEGORY_GROSS' // the table by cost category (1–4), with VAT
  | 'ACCOUNT_NET' // the KOKKU rows by budget account (EA konto 15/50/55), without VAT
  | 'ACTIVITY_NET' // an activity row's own totals without VAT
  | 'ACTIVITY_GROSS'; // an activity row's "Summa koos käibemaksuga" figures

/**
 * A figure the document prints in a total or summary. A null key means "all":
 * year null = the "Kokku" column over 2023–2026, account null = all accounts, etc.
 */
export interface DeclaredFigureSeed {
  table: DeclaredTable;
  vat: 'NET' | 'GROSS';
  year: PlanYear | null;
  category: CostCategoryNumber | null;
  account: BudgetAccountCode | null;
  /** Activity number (1–8) or null. */
  activity: number | null;
  /** Exact decimal string as printed, e.g. "1445225.00". */
  amount: string;
  /** Where it is printed, in Estonian, e.g. "Koondtabel ilma käibemaksuta, 2026". */
  label: string;
}

export interface ActionPlanSeed {
  title: string;
  titleEn: string;
  versionLabel: string;
  implementer: string;
  legalBasis: string;
  legalBasisDate: string; // ISO date
  periodStart: number;
  periodEnd: number;
  transformationGoal: string;
  planGoal: string;
  approver: string;
  fundingSource: string;
  /** VAT rate per year as the plan applies it, e.g. { 2024: '0.22' }. */
  vatRates: Record<PlanYear, string>;
  /** Decimal places the plan rounds each with-VAT line to (0 = whole euros). */
  vatRoundingScale: number;
  activities: ActivitySeed[];
  declaredFigures: DeclaredFigureSeed[];
}
