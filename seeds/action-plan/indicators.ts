/**
 * The 2023 plan's result indicators. Targets are seeded only where the plan's
 * text states them (the numbers in the comments are its words); the rest are
 * left for ELVL to set with setIndicatorTarget.
 */
export interface IndicatorSeed {
  key: string;
  /** Activity number; null for the plan as a whole. */
  activity: number | null;
  name: string;
  nameEn: string;
  description: string;
  unit: 'COUNT' | 'PERCENT' | 'SCORE' | 'TEXT';
  higherIsBetter?: boolean;
  baseline?: { year: number; value: string };
  measure?:
    | 'KOVS_REACHED_BY_SEMINARS'
    | 'KOVS_WITH_TRAINED_STAFF'
    | 'SEMINAR_SATISFACTION'
    | 'GUIDES_PUBLISHED'
    | 'MENTORSHIPS_COMPLETED';
  measureKind?: string;
  targets?: Record<number, string>;
}

export const indicators2023: IndicatorSeed[] = [
  {
    key: 'kovs-reached-by-it-network',
    activity: null,
    name: 'IT-võrgustiku seminaridel osalenud KOVid',
    nameEn: 'KOVs reached by the IT network',
    description: 'Erinevad KOVid (79-st), kellest vähemalt üks inimene osales aasta jooksul seminaril.',
    unit: 'COUNT',
    measure: 'KOVS_REACHED_BY_SEMINARS',
  },
  {
    key: 'services-mapped',
    activity: 1,
    name: 'Kaardistatud ja valideeritud KOV teenused',
    nameEn: 'KOV services mapped and validated',
    // "KOV teenuste kaardistusest valitud ca 40 teenust"
    description: 'Ühtse rahulolu metoodika aluseks valitud ja valideeritud teenused (kava: ca 40 teenust).',
    unit: 'COUNT',
    targets: { 2026: '40' },
  },
  {
    key: 'service-pilot-kovs',
    activity: 1,
    name: 'Teenuste kaardistamise pilootrühma KOVid',
    nameEn: 'KOVs in the service-mapping pilot group',
    // "KOV pilootrühma baasil (5 KOVi)"
    description: 'Esmane kaardistus KOV pilootrühma baasil (kava: 5 KOVi).',
    unit: 'COUNT',
    targets: { 2024: '5' },
  },
  {
    key: 'regional-training-groups',
    activity: 2,
    name: 'Piirkondlikud koolitusgrupid',
    nameEn: 'Regional training groups',
    // "esmalt KOV pilootgrupile, seejärel veel vähemalt 4 koolitusgrupile erinevates piirkondades"
    description: 'Koolitusprogramm pilootgrupi järel vähemalt 4 koolitusgrupile erinevates piirkondades.',
    unit: 'COUNT',
    targets: { 2026: '4' },
  },
  {
    key: 'kovs-with-trained-staff',
    activity: 2,
    name: 'KOVid, kelle töötajad on koolituse lõpetanud',
    nameEn: 'KOVs with staff who completed the training',
    description: 'Erinevad KOVid, kellel on aasta jooksul vähemalt üks lõpetatud koolitusprogrammi osalus.',
    unit: 'COUNT',
    measure: 'KOVS_WITH_TRAINED_STAFF',
  },
  {
    key: 'consultation-user-satisfaction',
    activity: 3,
    name: 'Rahvaküsitluste keskkonna kasutajate rahulolu',
    nameEn: 'User satisfaction with the consultation environment',
    // "Kasutajate rahulolu on madal (5,63)" of the legacy VOLIS.
    description: 'Kasutajate rahulolu skaalal 1–10; lähtetase on pärand-VOLISe rahulolu 5,63.',
    unit: 'SCORE',
    baseline: { year: 2023, value: '5.63' },
  },
  {
    key: 'consultation-mvp',
    activity: 3,
    name: 'Rahvaküsitluste keskkonna MVP',
    nameEn: 'Minimum viable product of the consultation environment',
    // "valmib esimese etapina 2026. a KOV rahvaküsitluste keskkonna (sh kaasavad eelarved) MVP"
    description: 'Esimese etapina valmib 2026. aastal KOV rahvaküsitluste keskkonna MVP.',
    unit: 'TEXT',
    targets: { 2026: 'MVP valmis' },
  },
  {
    key: 'eits-mentorships-completed',
    activity: 4,
    name: 'Lõpetatud E-ITS mentorlused',
    nameEn: 'E-ITS mentorships completed',
    description: 'E-ITS mentorite võrgustikus (KOV → KOV) lõpetatud mentorlused.',
    unit: 'COUNT',
    measure: 'MENTORSHIPS_COMPLETED',
  },
  {
    key: 'best-practice-guides-published',
    activity: 4,
    name: 'Avaldatud parimate praktikate juhendid',
    nameEn: 'Best-practice guides published',
    description: 'KOV-ülesesse siseveebi aasta jooksul avaldatud parimate praktikate materjalid.',
    unit: 'COUNT',
    measure: 'GUIDES_PUBLISHED',
    measureKind: 'BEST_PRACTICE',
  },
  {
    key: 'guides-published',
    activity: 4,
    name: 'Avaldatud juhendid ja materjalid',
    nameEn: 'Guides and materials published',
    description: 'KOV-ülesesse siseveebi aasta jooksul avaldatud materjalid, kõik liigid kokku.',
    unit: 'COUNT',
    measure: 'GUIDES_PUBLISHED',
  },
  {
    key: 'open-data-kovs-supported',
    activity: 5,
    name: 'Avaandmete avaldamisel toetatud KOVid',
    nameEn: 'KOVs supported in publishing open data',
    description: 'KOVid, kellele on pakutud avaandmete avaldamise tuge.',
    unit: 'COUNT',
  },
  {
    key: 'seminar-satisfaction',
    activity: 6,
    name: 'Seminaride rahulolu',
    nameEn: 'Seminar satisfaction',
    description: 'Seminaride tagasiside hinnete keskmine skaalal 1–10.',
    unit: 'SCORE',
    measure: 'SEMINAR_SATISFACTION',
  },
  {
    key: 'service-platform-preanalysis',
    activity: 7,
    name: 'KOV teenuste keskse platvormi eelanalüüs',
    nameEn: 'Pre-analysis of the central platform for KOV services',
    // "2025: KOV teenuste keskse platvormi eelanalüüsi läbiviimine"
    description: 'Eelanalüüs läbi viidud ja jätkutegevused kavandatud.',
    unit: 'TEXT',
    targets: { 2025: 'Eelanalüüs valmis' },
  },
  {
    key: 'anna-teada-api',
    activity: 8,
    name: 'Anna Teada andmevahetuse API ja analüütikamoodul',
    nameEn: 'Anna Teada data-exchange API and analytics module',
    description: 'Universaalne API, rahulolumõõdikud ja analüütikamoodul on valmis.',
    unit: 'TEXT',
    targets: { 2026: 'API ja analüütikamoodul valmis' },
  },
];
