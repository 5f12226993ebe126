/**
 * The KOV digital competence programme of the action plan's activity 2: "run
 * first for a KOV pilot group, then for at least four more groups in
 * different regions, with practical exercises and group work". Times are
 * Europe/Tallinn wall-clock times.
 */
export interface CohortSeed {
  key: string;
  name: string;
  kind: 'PILOT' | 'REGIONAL';
  /** County short name (counties.csv), or null for the pilot's mixed group. */
  county: string | null;
  capacity: number;
  venue: string;
  /** Session days, each 09:30–16:00, covering module positions. */
  sessions: { day: string; modules: number[] }[];
}

export const trainingProgramme = {
  title: 'KOV teenuste digipädevuse programm',
  titleEn: 'Digital competence programme for local government services',
  description:
    'Praktiline koolitusprogramm KOVi teenuste eest vastutajatele: teenusepõhine juhtimine, infoturve, ' +
    'kasutajakogemus, andmekaitse ja teenusedisain. Iga moodul lõpeb rühmatööga oma KOVi teenuse peal.\n\n' +
    'Programm on koostatud koos MKMi oskuste meeskonna ja KOVide personalivõrgustikuga.',
  activity: 2,
  topics: ['services', 'cyber-security', 'data'],
  minAttendancePercent: 75,
  modules: [
    {
      title: 'Teenusepõhine juhtimine',
      titleEn: 'Service-based management',
      hours: 6,
      outcomes: ['Kaardistab oma KOVi teenused ja nende omanikud', 'Seab teenusele mõõdetavad eesmärgid'],
    },
    {
      title: 'Infoturve ja E-ITS',
      titleEn: 'Information security and E-ITS',
      hours: 6,
      outcomes: ['Teab E-ITSi põhimooduleid', 'Koostab oma teenuse riskide ülevaate'],
    },
    {
      title: 'Kasutajakogemus',
      titleEn: 'User experience',
      hours: 4,
      outcomes: ['Viib läbi lihtsa kasutajatesti', 'Tunneb ära ligipääsetavuse põhivead'],
    },
    {
      title: 'Andmekaitse',
      titleEn: 'Data protection',
      hours: 4,
      outcomes: [
        'Rakendab isikuandmete töötlemise põhimõtteid',
        'Koostab andmekaitsealase mõjuhinnangu kavandi',
      ],
    },
    {
      title: 'Teenusedisain',
      titleEn: 'Service design',
      hours: 6,
      outcomes: [
        'Kavandab teenuse teekonna kasutaja vaates',
        'Esitleb rühmatööna teenuse parendusettepaneku',
      ],
    },
  ],
  cohorts: [
    {
      key: 'pilot-2025',
      name: 'Pilootgrupp 2025',
      kind: 'PILOT',
      county: null,
      capacity: 24,
      venue: 'Tallinn, Sirge 2 (ELVL)',
      sessions: [
        { day: '2025-03-12', modules: [1] },
        { day: '2025-03-26', modules: [2] },
        { day: '2025-04-09', modules: [3, 4] },
        { day: '2025-04-23', modules: [5] },
      ],
    },
    {
      key: 'louna-2025',
      name: 'Lõuna-Eesti grupp 2025',
      kind: 'REGIONAL',
      county: 'Tartu',
      capacity: 25,
      venue: 'Tartu, Raekoja plats 1',
      sessions: [
        { day: '2025-09-17', modules: [1] },
        { day: '2025-10-01', modules: [2] },
        { day: '2025-10-15', modules: [3, 4] },
        { day: '2025-10-29', modules: [5] },
      ],
    },
    {
      key: 'laane-2026',
      name: 'Lääne-Eesti grupp 2026',
      kind: 'REGIONAL',
      county: 'Pärnu',
      capacity: 25,
      venue: 'Pärnu, Suur-Sepa 16',
      sessions: [
        { day: '2026-02-11', modules: [1] },
        { day: '2026-02-25', modules: [2] },
        { day: '2026-03-11', modules: [3, 4] },
        { day: '2026-03-25', modules: [5] },
      ],
    },
    {
      key: 'ida-2026',
      name: 'Ida-Eesti grupp 2026',
      kind: 'REGIONAL',
      county: 'Ida-Viru',
      capacity: 25,
      venue: 'Jõhvi, Rakvere 13',
      sessions: [
        { day: '2026-09-09', modules: [1] },
        { day: '2026-09-23', modules: [2] },
        { day: '2026-10-07', modules: [3, 4] },
        { day: '2026-10-21', modules: [5] },
      ],
    },
    {
      key: 'pohja-2026',
      name: 'Põhja-Eesti grupp 2026',
      kind: 'REGIONAL',
      county: 'Harju',
      capacity: 30,
      venue: 'Tallinn, Sirge 2 (ELVL)',
      sessions: [
        { day: '2026-12-09', modules: [1] },
        { day: '2026-12-14', modules: [2] },
        { day: '2026-12-16', modules: [3, 4] },
        { day: '2026-12-21', modules: [5] },
      ],
    },
  ] satisfies CohortSeed[],
};
