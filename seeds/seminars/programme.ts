/**
 * The IT-network programme the action plan describes for 2024–2026: the
 * recurring short virtual seminars of the KOV IT network, a two-day seminar
 * every autumn, workshops on IT management practice and on the directions of
 * the transformation (data, cyber, services), and E-ITS webinars with RIA.
 * Times are Tallinn wall-clock times.
 */
export interface ProgrammeEvent {
  key: string;
  kind: 'VIRTUAL_SEMINAR' | 'MULTI_DAY_SEMINAR' | 'WORKSHOP' | 'WEBINAR';
  title: string;
  description: string;
  /** Local start and end, "YYYY-MM-DDTHH:MM" in Europe/Tallinn. */
  start: string;
  end: string;
  themes: ('SERVICES' | 'DATA' | 'CYBER_SECURITY' | 'IT_MANAGEMENT')[];
  capacity: number | null;
  venue?: string;
  online?: boolean;
  series?: boolean;
  activity: number;
  /** Agenda: local "HH:MM" on the start day unless a full "YYYY-MM-DDTHH:MM" is given. */
  sessions?: {
    start: string;
    end: string;
    title: string;
    track?: string;
    speakers: { name: string; organisation: string }[];
  }[];
  questions?: {
    key: string;
    label: string;
    type: 'TEXT' | 'CHOICE' | 'MULTI_CHOICE' | 'BOOLEAN';
    options?: string[];
    required?: boolean;
  }[];
}

const virtual = (
  key: string,
  date: string,
  topic: string,
  themes: ProgrammeEvent['themes'],
): ProgrammeEvent => ({
  key,
  kind: 'VIRTUAL_SEMINAR',
  title: `KOV IT-võrgustiku virtuaalseminar: ${topic}`,
  description: `KOV IT-võrgustiku regulaarne lühiseminar. Teema: ${topic.toLowerCase()}. Kogemuslood KOVidest ja arutelu.`,
  start: `${date}T10:00`,
  end: `${date}T11:30`,
  themes,
  capacity: null,
  online: true,
  series: true,
  activity: 6,
});

const autumnQuestions: ProgrammeEvent['questions'] = [
  {
    key: 'paevad',
    label: 'Millistel päevadel osalete?',
    type: 'MULTI_CHOICE',
    options: ['1. päev', '2. päev'],
    required: true,
  },
  { key: 'majutus', label: 'Vajate majutust?', type: 'BOOLEAN', required: true },
  { key: 'toit', label: 'Toitumiseripärad', type: 'TEXT' },
];

const autumn = (
  year: number,
  first: string,
  second: string,
  town: string,
  venue: string,
): ProgrammeEvent => ({
  key: `sygisseminar-${year}`,
  kind: 'MULTI_DAY_SEMINAR',
  title: `KOV IT-võrgustiku sügisseminar ${year}`,
  description: `Kahepäevane sügisseminar ${town}s: digipöörde suunad (andmed, küber, teenused), IT-juhtimise parimad praktikad ja võrgustiku kohtumine.`,
  start: `${first}T10:00`,
  end: `${second}T15:00`,
  themes: ['SERVICES', 'DATA', 'CYBER_SECURITY', 'IT_MANAGEMENT'],
  capacity: 120,
  venue,
  activity: 6,
  sessions: [
    {
      start: '10:00',
      end: '10:30',
      title: 'Avamine ja digipöörde tegevuskava seis',
      speakers: [{ name: 'ELVL digipöörde projektijuht', organisation: 'Eesti Linnade ja Valdade Liit' }],
    },
    {
      start: '10:30',
      end: '12:00',
      title: 'Küberturvalisus KOVis: E-ITS praktikas',
      track: 'Saal A',
      speakers: [{ name: 'RIA E-ITS meeskond', organisation: 'Riigi Infosüsteemi Amet' }],
    },
    {
      start: '13:00',
      end: '14:30',
      title: 'Andmepõhine juhtimine ja avaandmed',
      track: 'Saal B',
      speakers: [{ name: 'Andmete töörühm', organisation: 'Eesti Linnade ja Valdade Liit' }],
    },
    {
      start: `${second}T09:30`,
      end: `${second}T12:00`,
      title: 'Töötoad: IT-teenuste korraldus ja teenusedisain',
      speakers: [{ name: 'KOV IT-juhid', organisation: 'KOV IT-võrgustik' }],
    },
  ],
  questions: autumnQuestions,
});

export const programme: ProgrammeEvent[] = [
  virtual('virtuaal-2024-02', '2024-02-15', 'E-ITS rakendamise algus', ['CYBER_SECURITY']),
  virtual('virtuaal-2024-04', '2024-04-18', 'Avaandmete avaldamine', ['DATA']),
  virtual('virtuaal-2024-06', '2024-06-13', 'Teenuste kaardistamine', ['SERVICES']),
  virtual('virtuaal-2024-09', '2024-09-12', 'Varundamine ja taastamine', ['CYBER_SECURITY', 'IT_MANAGEMENT']),
  autumn(2024, '2024-10-17', '2024-10-18', 'Pärnu', 'Pärnu, Rüütli 1 (Pärnu Kontserdimaja)'),
  {
    key: 'tootuba-it-juhtimine-2024',
    kind: 'WORKSHOP',
    title: 'Töötuba: IT-teenuste korraldus ja tugiteenuste konsolideerimine KOVis',
    description:
      'IT-juhtimise parimate praktikate töötuba: kogemuslood IT-teenuste korraldusest, tugiteenuste konsolideerimise võimalused ja tarkvarade võrdlus.',
    start: '2024-11-21T10:00',
    end: '2024-11-21T15:00',
    themes: ['IT_MANAGEMENT'],
    capacity: 30,
    venue: 'Tallinn, Gonsiori 29 (ELVL)',
    activity: 6,
  },
  {
    key: 'e-its-veebiseminar-2025-02',
    kind: 'WEBINAR',
    title: 'E-ITS veebiseminar koostöös RIAga: auditi ettevalmistamine',
    description: 'RIA ja ELVLi veebiseminar E-ITS auditi tellimisest ja ettevalmistamisest KOVis.',
    start: '2025-02-13T13:00',
    end: '2025-02-13T14:30',
    themes: ['CYBER_SECURITY'],
    capacity: 200,
    online: true,
    activity: 4,
  },
  virtual('virtuaal-2025-03', '2025-03-13', 'Andmehalduse raamistik', ['DATA']),
  {
    key: 'tootuba-andmed-2025',
    kind: 'WORKSHOP',
    title: 'Andmete töötuba: andmestike kaardistamine ja avaldamine',
    description:
      'Praktiline töötuba KOVidele: oma andmestike kaardistamine, RIHAs kirjeldamine ja avaandmetena avaldamine.',
    start: '2025-04-10T10:00',
    end: '2025-04-10T15:00',
    themes: ['DATA'],
    capacity: 25,
    venue: 'Tartu, Raekoja plats 1',
    activity: 5,
  },
  virtual('virtuaal-2025-05', '2025-05-15', 'Intsidentide käsitlus', ['CYBER_SECURITY']),
  {
    key: 'e-its-veebiseminar-2025-06',
    kind: 'WEBINAR',
    title: 'E-ITS veebiseminar koostöös RIAga: mentorvõrgustik',
    description: 'Kuidas E-ITS mentorvõrgustik toetab KOVe; kogemused esimestest mentorpaaridest.',
    start: '2025-06-12T13:00',
    end: '2025-06-12T14:30',
    themes: ['CYBER_SECURITY'],
    capacity: 200,
    online: true,
    activity: 4,
  },
  {
    key: 'tootuba-teenused-2025',
    kind: 'WORKSHOP',
    title: 'Teenuste töötuba: kasutajate rahulolu mõõtmine',
    description: 'Ühtne rahulolu mõõtmise metoodika ja teenuse standard praktikas.',
    start: '2025-09-18T10:00',
    end: '2025-09-18T15:00',
    themes: ['SERVICES'],
    capacity: 30,
    venue: 'Rakvere, Lai 20',
    activity: 1,
  },
  autumn(2025, '2025-10-16', '2025-10-17', 'Viljandi', 'Viljandi, Tallinna 5 (Sakala keskus)'),
  virtual('virtuaal-2025-12', '2025-12-11', 'Tehisintellekt ja Bürokratt KOVis', ['DATA', 'SERVICES']),
  {
    key: 'e-its-veebiseminar-2026-02',
    kind: 'WEBINAR',
    title: 'E-ITS veebiseminar koostöös RIAga: ISKE-lt E-ITSile',
    description: 'Üleminek ISKE-lt E-ITSile: mida KOV peab tegema ja millises järjekorras.',
    start: '2026-02-12T13:00',
    end: '2026-02-12T14:30',
    themes: ['CYBER_SECURITY'],
    capacity: 200,
    online: true,
    activity: 4,
  },
  virtual('virtuaal-2026-04', '2026-04-16', 'KOV teenuste keskne platvorm', ['SERVICES']),
  {
    key: 'tootuba-kuber-2026',
    kind: 'WORKSHOP',
    title: 'Küberturvalisuse töötuba: õiguste haldus ja mitmikautentimine',
    description:
      'Töötuba KOVide IT-spetsialistidele: identiteedi- ja õiguste haldus (ORP.4), mitmikautentimise juurutamine.',
    start: '2026-05-14T10:00',
    end: '2026-05-14T15:00',
    themes: ['CYBER_SECURITY'],
    capacity: 30,
    venue: 'Tallinn, Gonsiori 29 (ELVL)',
    activity: 4,
  },
  virtual('virtuaal-2026-09', '2026-09-10', 'Anna Teada liidestamine', ['SERVICES', 'DATA']),
  autumn(
    2026,
    '2026-10-22',
    '2026-10-23',
    'Kuressaare',
    'Kuressaare, Tallinna 25 (Kuressaare Kultuurikeskus)',
  ),
  virtual('virtuaal-2026-12', '2026-12-10', 'Aasta kokkuvõte ja 2027 plaanid', ['IT_MANAGEMENT']),
  {
    key: 'e-its-veebiseminar-2027-01',
    kind: 'WEBINAR',
    title: 'E-ITS veebiseminar koostöös RIAga: 2027 auditiring',
    description: 'Ettevalmistus 2027. aasta E-ITS auditiringiks.',
    start: '2027-01-21T13:00',
    end: '2027-01-21T14:30',
    themes: ['CYBER_SECURITY'],
    capacity: 150,
    online: true,
    activity: 4,
  },
];
