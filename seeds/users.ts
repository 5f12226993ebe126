import { Role } from '../src/common/auth';

/**
 * People for demos and checks. Development only: `npm start` seeds them
 * unless NODE_ENV=production, and the README lists their passwords.
 * `organisation` is an organisation code or a KOV's EHAK code.
 */
export const demoUsers = [
  {
    email: 'admin@elvl.ee',
    name: 'Aino Admin',
    organisation: 'ELVL',
    roles: [Role.ADMIN],
    password: 'arendus-admin-2026',
  },
  {
    email: 'toimetaja@elvl.ee',
    name: 'Tõnu Toimetaja',
    organisation: 'ELVL',
    roles: [Role.EDITOR],
    password: 'arendus-toimetaja-2026',
  },
  {
    email: 'koordinaator@elvl.ee',
    name: 'Mari Mentorvõrk',
    organisation: 'ELVL',
    roles: [Role.COORDINATOR],
    password: 'arendus-koordinaator-2026',
  },
  {
    email: 'korraldaja@elvl.ee',
    name: 'Kärt Korraldaja',
    organisation: 'ELVL',
    roles: [Role.ORGANISER],
    password: 'arendus-korraldaja-2026',
  },
  {
    email: 'it@tallinn.ee',
    name: 'Märt Männik',
    organisation: '0784',
    roles: [Role.MEMBER],
    password: 'arendus-liige-2026',
  },
  {
    email: 'it@tartu.ee',
    name: 'Ülle Õunapuu',
    organisation: '0793',
    roles: [Role.MEMBER],
    password: 'arendus-liige-2026',
  },
  {
    email: 'it@voru.ee',
    name: 'Jüri Šmidt',
    organisation: '0919',
    roles: [Role.MEMBER],
    password: 'arendus-liige-2026',
  },
  {
    email: 'it@saue.ee',
    name: 'Žanna Pärn',
    organisation: '0725',
    roles: [Role.MEMBER],
    password: 'arendus-liige-2026',
  },
];
