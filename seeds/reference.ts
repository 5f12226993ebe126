/** Reference classifications the action plan budgets against. */

export const budgetAccounts = [
  {
    code: '15',
    name: 'Põhivara soetus (investeeringud)',
    nameEn: 'Acquisition of fixed assets (investments)',
    carriesVat: true,
  },
  // Salaries and social tax carry no VAT.
  { code: '50', name: 'Personalikulud', nameEn: 'Personnel costs', carriesVat: false },
  { code: '55', name: 'Majandamiskulud', nameEn: 'Operating costs', carriesVat: true },
];

/** The legend of the plan's "Rahastuse allikas / meetme tegevus (SF)" column. */
export const costCategories = [
  {
    number: 1,
    name: 'Infotehnoloogiliste lahenduste väljatöötamine ja arendamine',
    nameEn: 'Design and development of IT solutions',
  },
  {
    number: 2,
    name: 'Küberruumi hoidmine, arendamine ja juurutamine usaldusväärse ja turvalisena',
    nameEn: 'Keeping, developing and deploying cyberspace as reliable and secure',
  },
  { number: 3, name: 'Teadlikkuse tõstmine', nameEn: 'Raising awareness' },
  {
    number: 4,
    name: 'Muu digipöördega seotud otsene kulu',
    nameEn: 'Other direct costs of the digital transformation',
  },
];

/**
 * Estonia's standard VAT rate by the day it took effect (käibemaksuseadus § 15):
 * 20 % from 1 July 2009, 22 % from 1 January 2024, 24 % from 1 July 2025.
 */
export const statutoryVatRates = [
  { validFrom: '2009-07-01', rate: '0.2000' },
  { validFrom: '2024-01-01', rate: '0.2200' },
  { validFrom: '2025-07-01', rate: '0.2400' },
];
