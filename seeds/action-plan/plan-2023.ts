/**
 * ELVL's "Valdkondliku digipöörde tegevuskava" (2023), transcribed from the OCR
 * text in shared/seed/000_de169af363c43a77.txt.
 *
 * The OCR mangles Estonian letters (õ ä ö ü š ž) and misreads some digits and
 * table borders. The texts below are corrected throughout. The amounts are
 * checked against the document's own totals, and every correction of a misread
 * figure is commented where the figure appears. Where the document itself does
 * not add up, the printed figure is kept and the difference is commented (see
 * SUMMARY_NET / SUMMARY_GROSS / CATEGORY_GROSS below).
 */
import type {
  ActionPlanSeed,
  ActivitySeed,
  BudgetAccountCode,
  BudgetLineSeed,
  CostCategoryNumber,
  DeclaredFigureSeed,
  DeclaredTable,
  OrganisationSeed,
  PlanYear,
} from './types';

// ---------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------

export const planOrganisations: OrganisationSeed[] = [
  {
    code: 'ELVL',
    name: 'Eesti Linnade ja Valdade Liit',
    nameEn: 'Association of Estonian Cities and Municipalities',
    kind: 'ASSOCIATION',
  },
  {
    code: 'MKM',
    name: 'Majandus- ja Kommunikatsiooniministeerium',
    nameEn: 'Ministry of Economic Affairs and Communications',
    kind: 'MINISTRY',
  },
  {
    code: 'RIA',
    name: 'Riigi Infosüsteemi Amet',
    nameEn: 'Information System Authority',
    kind: 'STATE_AGENCY',
  },
  {
    code: 'JUSTDIGI',
    name: 'Justiits- ja Digiministeerium',
    nameEn: 'Ministry of Justice and Digital Affairs',
    kind: 'MINISTRY',
  },
  // Named in activity 2 ("Digiriigi Akadeemia jt riigi kesksete koolituste
  // teavitustegevus KOVide suunal"): ELVL promotes its courses to the KOVs. It
  // is listed because the text names it, but not as a partner of the activity.
  {
    code: 'DIGIRIIGI_AKADEEMIA',
    name: 'Digiriigi Akadeemia',
    nameEn: 'Digital State Academy',
    kind: 'OTHER',
  },
];

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const YEARS: readonly PlanYear[] = [2023, 2024, 2025, 2026];
const ACCOUNTS: readonly BudgetAccountCode[] = ['15', '50', '55'];

/** Amounts for 2023, 2024, 2025, 2026, in that order, as printed (whole euros). */
type Yearly = readonly [number, number, number, number];

const eur = (n: number): string => n.toFixed(2);

/** One activity row's figures, exactly as printed (after OCR correction). */
interface PrintedRow {
  activity: number;
  category: CostCategoryNumber;
  /** Without VAT ("Summa kokku" columns). */
  net: {
    total: number;
    years: Yearly;
    /** Per account: the account's total ("Summa kokku") and its yearly amounts (= the budget lines). */
    accounts: Partial<Record<BudgetAccountCode, { total: number; years: Yearly }>>;
  };
  /** "Summa koos käibemaksuga" block. */
  gross: {
    total: number;
    years: Yearly;
    accounts: Partial<Record<BudgetAccountCode, { total: number; years: Yearly }>>;
  };
}

// prettier-ignore
const PRINTED_ROWS: readonly PrintedRow[] = [
  {
    activity: 1, category: 4, // "SF21-27 4"
    net: {
      total: 205767, years: [0, 27097, 82850, 95820],
      accounts: {
        '50': { total: 115767, years: [0, 27097, 32850, 55820] },
        '55': { total: 90000, years: [0, 0, 50000, 40000] },
      },
    },
    gross: {
      total: 227367, years: [0, 27097, 94850, 105420],
      accounts: {
        '50': { total: 115767, years: [0, 27097, 32850, 55820] },
        '55': { total: 111600, years: [0, 0, 62000, 49600] },
      },
    },
  },
  {
    activity: 2, category: 3, // "SF 21-27 3"
    net: {
      // OCR: the 2024 cell of the row total is read "[" — it is 0 (the only account, 55, prints "0 (55)" for 2024).
      total: 112000, years: [0, 0, 75000, 37000],
      accounts: {
        '55': { total: 112000, years: [0, 0, 75000, 37000] },
      },
    },
    gross: {
      // OCR: the 2024 cell is read "[]" — it is 0.
      total: 138880, years: [0, 0, 93000, 45880],
      accounts: {
        '55': { total: 138880, years: [0, 0, 93000, 45880] },
      },
    },
  },
  {
    activity: 3, category: 1, // "SF 21-27 1"
    net: {
      // OCR: the 2023 cell of the row total is read "(1]" — it is 0 (both accounts print 0 for 2023).
      total: 365642, years: [0, 29292, 132850, 203500],
      accounts: {
        '15': { total: 270000, years: [0, 0, 100000, 170000] },
        '50': { total: 95642, years: [0, 29292, 32850, 33500] },
      },
    },
    gross: {
      total: 430442, years: [0, 29292, 156850, 244300],
      accounts: {
        '15': { total: 334800, years: [0, 0, 124000, 210800] },
        // OCR: 2025 is read "323850" — corrected to 32850 (account 50 carries no VAT,
        // so it equals the net 32850; the account total 95642 and the 2025 total 156850 confirm it).
        '50': { total: 95642, years: [0, 29292, 32850, 33500] },
      },
    },
  },
  {
    activity: 4, category: 2, // "SF21-27 2"
    net: {
      total: 178414, years: [0, 33414, 85000, 60000],
      accounts: {
        '50': { total: 103414, years: [0, 33414, 35000, 35000] },
        '55': { total: 75000, years: [0, 0, 50000, 25000] },
      },
    },
    gross: {
      total: 196414, years: [0, 33414, 97000, 66000],
      accounts: {
        '50': { total: 103414, years: [0, 33414, 35000, 35000] },
        // OCR: the account label is read "(S5)" in places — it is (55).
        '55': { total: 93000, years: [0, 0, 62000, 31000] },
      },
    },
  },
  {
    activity: 5, category: 4, // "SF21-27 4"
    net: {
      total: 186683, years: [0, 42133, 69000, 75550],
      accounts: {
        '50': { total: 141683, years: [0, 42133, 49000, 50550] },
        '55': { total: 45000, years: [0, 0, 20000, 25000] },
      },
    },
    gross: {
      total: 197483, years: [0, 42133, 73800, 81550],
      accounts: {
        // OCR: 2025 is read "49,000" (stray comma) — it is 49000.
        '50': { total: 141683, years: [0, 42133, 49000, 50550] },
        '55': { total: 55800, years: [0, 0, 24800, 31000] },
      },
    },
  },
  {
    activity: 6, category: 3, // "SF 21-27 3"
    net: {
      total: 41250, years: [0, 13250, 14000, 14000],
      accounts: {
        '55': { total: 41250, years: [0, 13250, 14000, 14000] },
      },
    },
    gross: {
      total: 50885, years: [0, 16165, 17360, 17360],
      accounts: {
        '55': { total: 50885, years: [0, 16165, 17360, 17360] },
      },
    },
  },
  {
    activity: 7, category: 1, // "SF21-27 1"
    net: {
      // OCR: the 2024 cell of the row total is read ")" — it is 0 (both accounts print 0 for 2024).
      total: 238425, years: [0, 0, 108500, 129925],
      accounts: {
        '50': { total: 58425, years: [0, 0, 28500, 29925] },
        '55': { total: 180000, years: [0, 0, 80000, 100000] },
      },
    },
    gross: {
      // OCR: the 2024 cell is read "L]" — it is 0.
      total: 281625, years: [0, 0, 127700, 153925],
      accounts: {
        '50': { total: 58425, years: [0, 0, 28500, 29925] },
        '55': { total: 223200, years: [0, 0, 99200, 124000] },
      },
    },
  },
  {
    activity: 8, category: 1, // "SF21-27 1"
    net: {
      total: 106484, years: [0, 0, 25000, 81484],
      accounts: {
        '55': { total: 106484, years: [0, 0, 25000, 81484] },
      },
    },
    gross: {
      // 81484 × 1.24 = 101040.16, printed 101040 (with-VAT lines are rounded to whole euros).
      total: 132040, years: [0, 0, 31000, 101040],
      accounts: {
        '55': { total: 132040, years: [0, 0, 31000, 101040] },
      },
    },
  },
];

function printedRow(activity: number): PrintedRow {
  const row = PRINTED_ROWS.find((r) => r.activity === activity);
  if (!row) throw new Error(`No printed figures for activity ${activity}`);
  return row;
}

/** Budget lines (without VAT) of an activity: every printed account × every year, zeros included. */
function linesOf(activity: number): BudgetLineSeed[] {
  const row = printedRow(activity);
  const out: BudgetLineSeed[] = [];
  for (const account of ACCOUNTS) {
    const acc = row.net.accounts[account];
    if (!acc) continue;
    YEARS.forEach((year, i) => out.push({ account, year, amountNet: eur(acc.years[i]) }));
  }
  return out;
}

interface FigureKey {
  table: DeclaredTable;
  vat: 'NET' | 'GROSS';
  category?: CostCategoryNumber | null;
  account?: BudgetAccountCode | null;
  activity?: number | null;
}

function figure(key: FigureKey, year: PlanYear | null, amount: number, label: string): DeclaredFigureSeed {
  return {
    table: key.table,
    vat: key.vat,
    year,
    category: key.category ?? null,
    account: key.account ?? null,
    activity: key.activity ?? null,
    amount: eur(amount),
    label,
  };
}

/** A "Kokku" figure plus one figure per year, labelled "<prefix>, kokku" / "<prefix>, <year>". */
function totalAndYears(
  key: FigureKey,
  labelPrefix: string,
  total: number,
  years: Yearly,
): DeclaredFigureSeed[] {
  return [
    figure(key, null, total, `${labelPrefix}, kokku`),
    ...YEARS.map((year, i) => figure(key, year, years[i], `${labelPrefix}, ${year}`)),
  ];
}

/**
 * ACTIVITY_NET: the row total, its years and each account's total. The net
 * account × year figures are the budget lines themselves and are not repeated.
 */
function activityNetFigures(row: PrintedRow): DeclaredFigureSeed[] {
  const key: FigureKey = { table: 'ACTIVITY_NET', vat: 'NET', activity: row.activity };
  const prefix = `Tegevus ${row.activity} ilma käibemaksuta`;
  const out = totalAndYears(key, prefix, row.net.total, row.net.years);
  for (const account of ACCOUNTS) {
    const acc = row.net.accounts[account];
    if (!acc) continue;
    out.push(figure({ ...key, account }, null, acc.total, `${prefix}, EA konto ${account}, kokku`));
  }
  return out;
}

/** ACTIVITY_GROSS: the row total and years, and each account's total and years. */
function activityGrossFigures(row: PrintedRow): DeclaredFigureSeed[] {
  const key: FigureKey = { table: 'ACTIVITY_GROSS', vat: 'GROSS', activity: row.activity };
  const prefix = `Tegevus ${row.activity} koos käibemaksuga`;
  const out = totalAndYears(key, prefix, row.gross.total, row.gross.years);
  for (const account of ACCOUNTS) {
    const acc = row.gross.accounts[account];
    if (!acc) continue;
    out.push(...totalAndYears({ ...key, account }, `${prefix}, EA konto ${account}`, acc.total, acc.years));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Summary tables, as printed
// ---------------------------------------------------------------------------

// prettier-ignore
const SUMMARY_FIGURES: DeclaredFigureSeed[] = [
  // "Eesti Linnade ja Valdade Liit valdkondliku digipöörde 2023-2026 ilma käibemaksuta", row "SF 2021-2027".
  // OCR: 2023 is read "o" — it is 0.
  // The document disagrees with itself here: the eight rows (and its own KOKKU row)
  // add up to 1 434 665 in total and 697 279 for 2026, but this table prints
  // 1 445 225 and 707 839 — 10 560 more in both. The printed figures are kept.
  ...totalAndYears({ table: 'SUMMARY_NET', vat: 'NET' },
    'Koondtabel ilma käibemaksuta', 1445225, [0, 145186, 592200, 707839]),

  // "... SF 2021-2027 toetuse summa koos käibemaksuga (käibemaks on osa toetusest)".
  // OCR: 2023 is read "0)" — it is 0.
  // Same discrepancy: the rows' with-VAT figures add up to 1 655 136 in total and
  // 815 475 for 2026; the table prints 1 665 696 and 826 035 (again +10 560).
  ...totalAndYears({ table: 'SUMMARY_GROSS', vat: 'GROSS' },
    'Koondtabel koos käibemaksuga', 1665696, [0, 148101, 691560, 826035]),

  // The same table by cost category (with VAT).
  // Category 1 = activities 3, 7, 8. Their rows add up to 844 107 in total and
  // 499 265 for 2026; the table prints 854 667 and 509 825 (the same +10 560).
  ...totalAndYears({ table: 'CATEGORY_GROSS', vat: 'GROSS', category: 1 },
    'Kulukategooria 1 koos käibemaksuga', 854667, [0, 29292, 315550, 509825]),
  ...totalAndYears({ table: 'CATEGORY_GROSS', vat: 'GROSS', category: 2 },
    'Kulukategooria 2 koos käibemaksuga', 196414, [0, 33414, 97000, 66000]),
  ...totalAndYears({ table: 'CATEGORY_GROSS', vat: 'GROSS', category: 3 },
    'Kulukategooria 3 koos käibemaksuga', 189765, [0, 16165, 110360, 63240]),
  ...totalAndYears({ table: 'CATEGORY_GROSS', vat: 'GROSS', category: 4 },
    'Kulukategooria 4 koos käibemaksuga', 424850, [0, 69230, 168650, 186970]),

  // The KOKKU rows above the activity rows (without VAT), by budget account.
  // OCR: 2023 of the total is read "o]" — it is 0. These agree with the activity rows.
  ...totalAndYears({ table: 'ACCOUNT_NET', vat: 'NET' },
    'KOKKU-rida ilma käibemaksuta', 1434665, [0, 145186, 592200, 697279]),
  ...totalAndYears({ table: 'ACCOUNT_NET', vat: 'NET', account: '15' },
    'KOKKU EA konto 15', 270000, [0, 0, 100000, 170000]),
  ...totalAndYears({ table: 'ACCOUNT_NET', vat: 'NET', account: '50' },
    'KOKKU EA konto 50', 514931, [0, 131936, 178200, 204795]),
  ...totalAndYears({ table: 'ACCOUNT_NET', vat: 'NET', account: '55' },
    'KOKKU EA konto 55', 649734, [0, 13250, 314000, 322484]),
];

// ---------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------

const FUNDING = 'SF 2021–2027';

function activity(
  a: Omit<ActivitySeed, 'implementer' | 'category' | 'fundingSource' | 'lines'>,
): ActivitySeed {
  return {
    ...a,
    implementer: 'ELVL',
    category: printedRow(a.number).category,
    fundingSource: FUNDING,
    lines: linesOf(a.number),
  };
}

const activities: ActivitySeed[] = [
  activity({
    number: 1,
    name: 'KOV avalike teenuste kaardistamine ja ühtne kasutajate rahulolu mõõtmise süsteem, sündmusteenuse juhtimine',
    nameEn:
      'Mapping of local government public services, a unified user-satisfaction measurement system and management of life-event services',
    problem:
      'KOV infosüsteemide analüüsi põhjal: KOVidel puudub enamasti ülevaade pakutavatest teenustest. ' +
      'Ametnike ega lõppkasutajate rahulolu teenustega reeglina ei mõõdeta. ' +
      'Arendusvajadused on enamasti suunatud automatiseerimisele ja käsitöö vähendamisele ametniku poolt. ' +
      // The OCR puts "ja" at the end of this line; it belongs to the neighbouring
      // result column ("kasutajate rahulolu mõõtmine ja parendused ...").
      'Teenuste üle kontroll puudub.',
    measure:
      'KOVide KOKSist tulenevate avalike teenuste kaardistamine ning ühtse kasutajate rahulolu metoodika ja süsteemi arendus ning juurutamine. ' +
      'Aluseks võetakse RIA poolt väljatöötatud lahendus ning KOV teenuste kaardistusest valitud ca 40 teenust.',
    actions2024:
      'Projektijuhi värbamine, KOVide KOKSist tulenevate avalike teenuste esmane kaardistamine koostöös MKMi teenuste tiimiga KOV pilootrühma baasil (5 KOVi).',
    actions2025_2026:
      'Ühtse kasutajate rahulolu metoodika analüüs ja süsteemi arendus ning juurutamine. ' +
      'Aluseks võetakse RIA poolt väljatöötatud lahendus ning KOV teenuste kaardistusest valitud ca 40 teenust. ' +
      'Teenuse standardi 2.0 valideerimine KOVidega.',
    expectedResult:
      'KOVidel tekib ülevaade oma teenustest ja protsessidest ehk nn äripoole vajadustest; ' +
      'tervikpilt KOV (e-)teenustest ja kattuvusest riigiasutuste teenustega; KOV teenuste seotus sündmusteenustega; ' +
      'kasutajate rahulolu mõõtmine ja parendused on juurutatud teenuse osutamise protsessi.',
    // MKM: "koostöös MKMi teenuste tiimiga". RIA is named only as the author of the
    // solution taken as the basis, not as a partner, so it is not listed.
    partners: ['MKM'],
  }),
  activity({
    number: 2,
    name: 'KOV teenuste omanike arenguprogramm ja KOV digikompetentside kasvatamine',
    nameEn:
      'Development programme for local government service owners and building local government digital competences',
    problem:
      'KOV infosüsteemide analüüsile tuginedes: KOVide teenustega seotud kompetentsid on madalad. ' +
      'Ametnike ega lõppkasutajate rahulolu teenustega reeglina ei mõõdeta. ' +
      'Kasutajakeskne mõtteviis puudub, selleks kasutajakogemusega tegelevad vaid üksikud omavalitsused.',
    measure:
      'KOV digikompetentside kasvatamiseks töötatakse välja ja korraldatakse koolitusprogramm KOV teenuste eest vastutajatele ehk nn äripoole omanikele, ' +
      'esmalt KOV pilootgrupile, seejärel veel vähemalt 4 koolitusgrupile erinevates piirkondades.',
    actions2024:
      'Koostöös MKMi oskuste tiimi ja KOV personalivõrgustikuga detailsema plaani koostamine KOV digikompetentside kasvatamiseks, ' +
      'koolitusprogrammi hanke läbiviimine.',
    // The last sentence ("Pidev tegevus – ...") is printed after "Tulemus:" but
    // describes an ongoing action, so it is kept with the actions.
    actions2025_2026:
      'Koolitusprogrammi väljatöötamine ja korraldamine esmalt KOV pilootgrupile, seejärel veel vähemalt 4 koolitusgrupile erinevates piirkondades. ' +
      'Pidev tegevus – Digiriigi Akadeemia jt riigi kesksete koolituste teavitustegevus KOVide suunal.',
    expectedResult:
      'KOV-ide teenuste eest vastutajad ehk nn äripoole omanikud saavad aru teenuspõhisest juhtimisest ja tehnoloogia kasutamisest, ' +
      'sh turvalisuse, kasutajakogemuse, andmekaitse, teenusedisaini jm põhimõtetest. ' +
      'Koolitustel on suur rõhk praktilistel harjutustel ja grupitööl. ' +
      'Loob eeldused teenuste juhtimise konsolideerimiseks KOV teenusvaldkondades.',
    // MKM: "koostöös MKMi oskuste tiimi ...". Digiriigi Akadeemia is named only as
    // a provider of courses ELVL promotes, so it is not listed as a partner.
    partners: ['MKM'],
  }),
  activity({
    number: 3,
    name: 'KOV rahvaküsitluste digilahendus',
    nameEn: 'Digital solution for local government public consultations and polls',
    problem:
      'KOVidel puudub võimalus viia õiguspäraselt ja turvaliselt virtuaalsetel koosolekutel läbi hääletusi. ' +
      'Praegune VOLIS on legacy, mis tingib teenuse ebastabiilsuse kasutajakoormuse tõusu korral; ' +
      'kasutusel on vananenud tehnoloogia ja kasutajadisain. Kasutajate rahulolu on madal (5,63).',
    measure:
      'Arendatakse välja KOV rahvaküsitluste keskkond (sh kaasavad eelarved), esmalt MVP ehk minimaalne funktsionaalsus, ' +
      'mille funktsionaalsused lepitakse kokku koostöös KOVidega ja mille arenduspartner leitakse hankega.',
    // The document gives this row's actions without a year split. They are divided
    // here by order and by budget: 2024 has only personnel costs (account 50), so it
    // covers the review, the agreement and the procurement; the investment (account 15)
    // in 2025–2026 covers the MVP development.
    actions2024:
      '2022. a valminud VOLIS2 analüüsi ülevaatus ja KOVidega koostöös minimaalsete arendatavate funktsionaalsuste kokkuleppimine. ' +
      'Hankedokumentatsiooni koostamine ja hanke läbiviimine arenduspartneri leidmiseks.',
    // "küsitluste" is partly illegible in the OCR ("MVP: k  haldus") and is reconstructed from the context.
    actions2025_2026:
      'Esmalt MVP arendus ehk minimaalne funktsionaalsus: küsitluste haldus; hääletussüsteem ' +
      '(sh isikukoodipõhised hääletused ja rahvahääletused); integratsioon rahvastikuregistriga (KOV ja asustusüksuse täpsus). ' +
      'IS majutatakse pilvelahenduses.',
    expectedResult:
      'Arenduse tulemusena valmib esimese etapina 2026. a KOV rahvaküsitluste keskkonna (sh kaasavad eelarved) MVP.',
    partners: [],
  }),
  activity({
    number: 4,
    name: 'Küberturvalisuse tagamise tugi KOVidele',
    nameEn: 'Cyber security support for local governments',
    problem:
      'Kohalike omavalitsuste infoturbe võimekus on endiselt madal. ' +
      'KOVid üha rohkem tunnistavad, et pole võimelised seda valdkonda katma. ' +
      'KOVid ei mõista infoturbe olemust ja vajalikkust, seda peetakse tehniliseks, mitte organisatoorseks probleemiks. ' +
      'ISKE dokumentatsioon on enamikul olemas, kuid seda ei järgita. ' +
      'KOVidel puudub keskselt kasutatav andmebaas, kuhu koguda parimaid praktikaid, juhendmaterjali jms.',
    measure:
      'KOVidele pakutakse tuge E-ITS rakendamisel (E-ITS mentorite võrgustik, mentorlus, veebiseminarid koostöös RIAga) ' +
      'ning käivitatakse parimate praktikate, juhendite ja dokumentatsiooni jagamise keskkond. ' +
      'Eesmärk on tõsta teadlikkust ja parandada infoturbe juhtimist KOV-ides.',
    actions2024:
      'Infoturbe spetsialisti värbamine (osalise tööajaga), taustainfo kogumine ja tööplaani koostamine, ' +
      'ELVLi kui organisatsiooni ja digipöörde tegevuste turbevajaduste kaardistamine; KOVidele E-ITS auditi tellimise juhendi koostamine. ' +
      'E-ITS mentorite võrgustiku käivitamine (tugi KOVilt KOVile E-ITS rakendamisel). ' +
      'Lähteülesande koostamine sobiva lahenduse leidmiseks standardlahenduste, mitte kogu platvormi loomiseks ja arenduse tellimine.',
    actions2025_2026:
      'E-ITS rakendamise toe jätkamine (mentorlus, veebiseminarid koostöös RIAga). ' +
      'Parimate praktikate, juhendite ja dokumentatsiooni jagamise keskkonna käivitamine (nn KOV-ülene siseveeb). ' +
      'Koolituste korraldamine KOVide IT spetsialistidele (E-ITS vaatest IT alusteenuste korraldamine). ' +
      'ELVLi töötajate koolitamine infoturbe teemadel.',
    // The row prints no "Tulemus"; this is derived from its own goal sentence
    // "Eesmärk on tõsta teadlikkust ja parandada infoturbe juhtimist KOV-ides."
    expectedResult: 'KOV-ides on tõstetud teadlikkust ja parandatud infoturbe juhtimist.',
    partners: ['RIA'], // "veebiseminarid koostöös RIAga"
  }),
  activity({
    number: 5,
    name: 'Avaandmete avaldamise, andmehalduse ja AI tugi KOVidele',
    nameEn: 'Support for local governments in open data publication, data governance and AI',
    problem:
      'KOVide poolt avaandmete avaldamine on vaevaline. ' +
      'Kuna paljud KOVide poolt kasutatavad infosüsteemid kuuluvad eraettevõtetele, peab vajalike liidestuste loomiseks läbi rääkima teenusepakkujaga. ' +
      'RIHAs on mitmed KOVide poolt kasutatavad infosüsteemid registreerimata, vajaliku dokumentatsiooni koostamisega ei saada hakkama.',
    measure:
      'Avaandmete avaldamise toe pakkumine KOVidele: avaldatavate andmestike kokkuleppimine, abi andmete ettevalmistamisel ja avaldamisel, ' +
      'automatiseerimise lahenduste analüüs. KOV teadlikkuse tõstmine andmete väärtusest ja võimalustest.',
    actions2024:
      'Värbamine; andmete valdkonna KOV hetkeolukorra kaardistus, sh infosüsteemide ja võimalike andmestike kaardistamine.',
    actions2025_2026:
      'Osalemine MKMi-RIA andmete töögruppides, TSI projekti tulemite edasine analüüs (organisatoorsed lahendused). ' +
      'Avaandmete avaldamise toe pakkumine KOVidele: avaldatavate andmestike kokkuleppimine, abi andmete ettevalmistamisel ja avaldamisel, ' +
      'automatiseerimise lahenduste analüüs. ' +
      'Andmehalduse raamistiku „tõlkimine“ ehk kohandamine KOVide jaoks, sh Rihakese kasutusvõimaluste analüüs. ' +
      'KOV teadlikkuse tõstmine andmete väärtusest ja võimalustest: parimate praktikate otsimine ja jagamine, praktiliste juhendite koostamine. ' +
      'ELVLi poolt Bürokrati piloteerimine KOV üldandmete osas. ' +
      'KOVide andmete suuna töögrupi käivitamine ja praktiliste töötubade läbiviimine KOVidele.',
    // The row prints no "Tulemus"; this is derived from its own action texts
    // ("Avaandmete avaldamise toe pakkumine KOVidele", "KOV teadlikkuse tõstmine andmete väärtusest ja võimalustest").
    expectedResult:
      'KOVidele on pakutud avaandmete avaldamise tuge ja tõstetud KOV teadlikkust andmete väärtusest ja võimalustest.',
    partners: ['MKM', 'RIA'], // "Osalemine MKMi-RIA andmete töögruppides"
  }),
  activity({
    number: 6,
    name: 'KOV digivaldkonna kogukonna tugevdamine',
    nameEn: 'Strengthening the local government digital community',
    problem:
      'KOVide koostöö IT valdkonnas on mõnevõrra paranenud ELVL koordineerimisel. ' +
      'Digipöörde käigus saavad osad suunad kaetud, kuid vajalik on hoida ka laiemat vaadet KOV IT juhtimisele ja rollidele.',
    measure:
      'KOV IT võrgustiku regulaarsed virtuaalsed lühiseminarid, sügisene kahepäevane seminar ning KOV IT juhtimise parimate praktikate jagamise töötoad-kogemuslood.',
    // The row prints its actions without a year; they are recurring and funded in
    // each of 2024, 2025 and 2026, so the same text applies to both periods.
    actions2024:
      'KOV IT võrgustiku regulaarsed virtuaalsed lühiseminarid. Sügisel kahepäevase seminari korraldamine. ' +
      'KOV IT juhtimise parimate praktikate jagamise töötoad-kogemuslood (nt IT teenuste korraldus KOVis, ' +
      'võimalused tugiteenuste konsolideerimiseks KOVis, teenustega seotud tarkvarade võrdlus, IT juhtimise mudelid jms). ' +
      'Seminarid-töötoad digipöörde suundade osas (andmed, küber, teenused).',
    actions2025_2026:
      'KOV IT võrgustiku regulaarsed virtuaalsed lühiseminarid. Sügisel kahepäevase seminari korraldamine. ' +
      'KOV IT juhtimise parimate praktikate jagamise töötoad-kogemuslood (nt IT teenuste korraldus KOVis, ' +
      'võimalused tugiteenuste konsolideerimiseks KOVis, teenustega seotud tarkvarade võrdlus, IT juhtimise mudelid jms). ' +
      'Seminarid-töötoad digipöörde suundade osas (andmed, küber, teenused).',
    expectedResult:
      'KOVid on teadlikumad üksteise parimatest praktikatest, suurenenud on omavaheline koostöö. ' +
      'Suurenenud on teadlikkus riigipoolsetest kesksetest lahendustest jne.',
    partners: [],
  }),
  activity({
    number: 7,
    name: 'KOV teenuste keskne platvorm',
    nameEn: 'Central platform for local government services',
    problem:
      'KOV on osa avalikust sektorist ning elanik ei tee tihti vahet riigi ja KOV teenustel. ' +
      'Hetkel ei ole KOV teenuseid liidestatud eesti.ee või riikliku mobiilirakendusega. ' +
      'Elanik peab KOV teenuste kohta infot otsima KOV veebilehelt, KOV iseteenindusest vms allikast.',
    measure:
      'KOV teenuste keskse platvormi eelanalüüsi läbiviimine ja jätkutegevuste kavandamine lähtuvalt analüüsist, ' +
      'koostöös RIA personaalse riigi osakonna ja JUSTDIGIga.',
    // The row's money is in 2025–2026 only and its text starts "2025:".
    actions2024: '',
    actions2025_2026:
      '2025: KOV teenuste keskse platvormi eelanalüüsi läbiviimine ja jätkutegevuste kavandamine lähtuvalt analüüsist. ' +
      'Tegevuse elluviimisel koostöö RIA personaalse riigi osakonna ja JUSTDIGIga.',
    // The row prints no "Tulemus"; this is derived from its own action text.
    expectedResult:
      'KOV teenuste keskse platvormi eelanalüüs on läbi viidud ja jätkutegevused on kavandatud lähtuvalt analüüsist.',
    partners: ['RIA', 'JUSTDIGI'], // "koostöö RIA personaalse riigi osakonna ja JUSTDIGIga"
  }),
  activity({
    number: 8,
    name: 'Teavitussüsteem Anna Teada: andmevahetus ja analüütika moodul',
    nameEn: 'Anna Teada notification system: data exchange and analytics module',
    problem:
      'Anna Teada infosüsteemil puuduvad: andmepõhiseks juhtimiseks vajalik analüütikamoodul, ' +
      'universaalne andmevahetuse moodul (API) KOV infosüsteemidega liidestamiseks, kasutajate rahulolu mõõtmise tööriistad.',
    measure:
      'Arendada välja universaalne API, mis võimaldab teadete automaatset liikumist Anna Teada infosüsteemist KOV süsteemidesse. ' +
      'Luua analüütika moodul, mis võimaldab KOVidel saada ülevaadet teadete hulgast, valdkonnalisest jaotusest ning lahendamiskiirusest.',
    // The row's text has no year prefix and its money is in 2025–2026 only.
    actions2024: '',
    actions2025_2026:
      'Arendada välja universaalne API, mis võimaldab teadete automaatset liikumist Anna Teada infosüsteemist KOV süsteemidesse. ' +
      'Integreerida rahulolumõõdikud, et hinnata teenuse vastavust kasutajate ootustele. ' +
      'Luua analüütika moodul, mis võimaldab KOVidel saada ülevaadet teadete hulgast, valdkonnalisest jaotusest ning lahendamiskiirusest jne, ' +
      'toetades andmepõhist juhtimist.',
    // The row prints no "Tulemus"; this is derived from its own action text.
    expectedResult:
      'Anna Teada infosüsteemil on universaalne API teadete automaatseks liikumiseks KOV süsteemidesse, rahulolumõõdikud ' +
      'ja analüütika moodul, mis toetab andmepõhist juhtimist.',
    partners: [],
  }),
];

// ---------------------------------------------------------------------------
// The plan
// ---------------------------------------------------------------------------

export const actionPlan2023: ActionPlanSeed = {
  title: 'Valdkondliku digipöörde tegevuskava — Eesti Linnade ja Valdade Liit',
  titleEn: 'Sectoral Digital Transformation Action Plan — Association of Estonian Cities and Municipalities',
  versionLabel: '2023 (kinnitatud)',
  implementer: 'ELVL',
  legalBasis:
    'Tegevuskava on kinnitatud majandus- ja infotehnoloogiaministri 25. augusti 2023. a käskkirja ' +
    '„Toetuse andmise tingimused valdkondlike digipöörete toetamiseks“ alusel.',
  legalBasisDate: '2023-08-25',
  periodStart: 2023,
  periodEnd: 2026,
  transformationGoal:
    'KOVide pakutavad avalikud teenused on juhitud ja hallatud lähtudes lõppkasutajast ehk KOV elanikust. ' +
    'Välja on arendatud kaasaegne keskkond elanike kaasamiseks KOV otsustusprotsessidesse (nt kaasav eelarve, külavanema valimised). ' +
    'KOVide pakutavad teenused on riigi teenustega ühtses kasutajateekonnas lähtuvalt inimese/ettevõtte vajadustest.',
  planGoal:
    'Aastaks 2025 on käivitatud esmased tegevused ja välja töötatud konkreetne tegevusplaan digipöörde suundade lõikes, ' +
    'et liikuda KOVides mõtteviisi muutuse poole (avalike teenuste kasutajakesksus, andmepõhisus, küberturvalisuse tagamine).',
  approver: 'Lauri Luht',
  fundingSource: FUNDING,
  vatRates: {
    2023: '0.20',
    2024: '0.22',
    // The plan applies 24% to the whole of 2025, although the statutory rate rose
    // from 22% to 24% only on 1 July 2025.
    2025: '0.24',
    2026: '0.24',
  },
  // With-VAT lines are rounded to whole euros: 81 484 × 1.24 = 101 040.16 is printed 101 040.
  vatRoundingScale: 0,
  activities,
  declaredFigures: [
    ...SUMMARY_FIGURES,
    ...PRINTED_ROWS.flatMap((row) => [...activityNetFigures(row), ...activityGrossFigures(row)]),
  ],
};
