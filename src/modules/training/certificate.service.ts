import { randomBytes } from 'node:crypto';
import { In, IsNull, type EntityManager } from 'typeorm';
import { failWith, findForChange, runMutation, type MutationOutcome } from '../../common/mutation';
import { UserErrorCode } from '../../common/user-error';
import type { Context } from '../../context';
import { teaches } from './access';
import { Certificate } from './certificate.entity';
import type { Cohort } from './cohort.entity';
import { TrainingModule, TrainingProgramme } from './programme.entity';
import { CertificateStatus, EnrolmentStatus } from './training.enums';
import type { CertificateVerification } from './training.types';

/** Set on certificates revoked because completion was evaluated again, so a new completion restores them. */
const REEVALUATED = 'Lõpetamist hinnati ümber: nõuded ei ole täidetud.';

const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 24 characters from 120 random bits, without look-alikes (0/O, 1/I): easy to read out and to type. */
export function newVerificationCode(): string {
  const bytes = randomBytes(15);
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      code += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return code;
}

/** Where the certificate's PDF is served. */
export const certificatePdfUrl = (settings: { apiPublicUrl: string }, code: string) =>
  `${settings.apiPublicUrl}/certificates/${code}.pdf`;

/** A code as people type it: any case, with spaces or dashes. */
export const normaliseCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

/**
 * Brings certificates in line with evaluated outcomes, in the caller's
 * transaction: a completed enrolment gets one (or its re-evaluation
 * revocation lifted), one no longer completed has it revoked.
 */
export async function syncCertificates(
  em: EntityManager,
  cohort: Cohort,
  outcomes: { id: string; outcome: EnrolmentStatus }[],
  issuedAt = new Date(),
): Promise<void> {
  const completed = outcomes.filter((o) => o.outcome === EnrolmentStatus.COMPLETED).map((o) => o.id);
  const notCompleted = outcomes.filter((o) => o.outcome === EnrolmentStatus.NOT_COMPLETED).map((o) => o.id);
  if (notCompleted.length) {
    await em.update(
      Certificate,
      { enrolmentId: In(notCompleted), revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: REEVALUATED },
    );
  }
  if (!completed.length) return;
  await em.update(
    Certificate,
    { enrolmentId: In(completed), revokedReason: REEVALUATED },
    { revokedAt: null, revokedReason: null },
  );
  const existing = new Set(
    (await em.findBy(Certificate, { enrolmentId: In(completed) })).map((c) => c.enrolmentId),
  );
  const missing = completed.filter((id) => !existing.has(id));
  if (!missing.length) return;
  const programme = await em.findOneByOrFail(TrainingProgramme, { id: cohort.programmeId });
  // The modules this cohort taught, in programme order, and their hours.
  const modules: TrainingModule[] = await em
    .getRepository(TrainingModule)
    .createQueryBuilder('m')
    .where(
      `m.id IN (SELECT sm.module_id FROM training_session_modules sm JOIN training_sessions s ON s.id = sm.session_id WHERE s.cohort_id = :cohort)`,
      { cohort: cohort.id },
    )
    .orderBy('m.position', 'ASC')
    .getMany();
  const holders: { id: string; name: string }[] = await em.query(
    `SELECT e.id, u.name FROM training_enrolments e JOIN users u ON u.id = e.user_id WHERE e.id = ANY($1)`,
    [missing],
  );
  await em.insert(
    Certificate,
    holders.map((h) => ({
      enrolmentId: h.id,
      code: newVerificationCode(),
      issuedAt,
      holderName: h.name,
      programmeTitle: programme.title,
      cohortName: cohort.name,
      hours: modules.reduce((sum, m) => sum + m.durationHours, 0),
      modules: modules.map((m) => m.title),
    })),
  );
}

/** What a verification code stands for; public, and tells nothing beyond the certificate itself. */
export async function verifyCertificate(ctx: Context, code: string): Promise<CertificateVerification> {
  const normalised = normaliseCode(code);
  const certificate = /^[A-Z2-9]{24}$/.test(normalised)
    ? await ctx.dataSource.getRepository(Certificate).findOneBy({ code: normalised })
    : null;
  if (!certificate)
    return { status: CertificateStatus.UNKNOWN, holderName: null, programmeTitle: null, issuedAt: null };
  return {
    status: certificate.revokedAt ? CertificateStatus.REVOKED : CertificateStatus.VALID,
    holderName: certificate.holderName,
    programmeTitle: certificate.programmeTitle,
    issuedAt: certificate.issuedAt,
  };
}

/** A certificate by its code, for its PDF (the code is the secret that grants it). */
export async function certificateByCode(ctx: Context, code: string): Promise<Certificate | null> {
  const normalised = normaliseCode(code);
  return /^[A-Z2-9]{24}$/.test(normalised)
    ? ctx.dataSource.getRepository(Certificate).findOneBy({ code: normalised })
    : null;
}

/** A certificate by local id for `node(id:)`: its holder, the cohort's trainers and organisers. */
export async function findCertificateById(ctx: Context, id: string): Promise<Certificate | null> {
  const certificate = await ctx.loaders.certificateById.load(id);
  if (!certificate || !ctx.user) return null;
  const enrolment = await ctx.loaders.enrolmentById.load(certificate.enrolmentId);
  if (!enrolment) return null;
  return enrolment.userId === ctx.user.id || (await teaches(ctx, enrolment.cohortId)) ? certificate : null;
}

/** Revokes a certificate with a reason (organisers and admins; the resolver checks the role); it then verifies as REVOKED. */
export async function revokeCertificate(
  ctx: Context,
  input: { certificateId: string; reason: string },
): Promise<MutationOutcome<Certificate>> {
  return runMutation(ctx, 'revokeCertificate', async (em, audit) => {
    const certificate = await findForChange(em, Certificate, input.certificateId, {
      type: 'Certificate',
      noun: 'certificate',
      field: 'certificateId',
    });
    // A revocation by re-evaluation is lifted if the person completes again; one by a person's decision is not.
    if (certificate.revokedAt && certificate.revokedReason !== REEVALUATED)
      return failWith(UserErrorCode.INVALID, 'certificateId', 'The certificate is already revoked.');
    Object.assign(certificate, { revokedAt: new Date(), revokedReason: input.reason });
    const saved = await em.save(certificate);
    audit.record(
      'Certificate',
      certificate.id,
      { revokedAt: null },
      { revokedAt: saved.revokedAt, revokedReason: saved.revokedReason },
    );
    return saved;
  });
}
