import type { EntityManager } from 'typeorm';
import { trainingProgramme } from '../../../seeds/training/programme';
import type { SeedOptions } from '../../module';
import { Activity, findSeededPlan } from '../action-plan';
import { County } from '../organisations';
import { tallinnInstant } from '../../common/ical';
import { sampleMembers, User } from '../users';
import { Cohort, CohortTrainer, TrainingSession, TrainingSessionModule } from './cohort.entity';
import { syncCertificates } from './certificate.service';
import { applyCompletion, evaluate } from './cohort.service';
import { Enrolment, TrainingAttendance } from './enrolment.entity';
import { TrainingModule, TrainingProgramme } from './programme.entity';
import { CohortKind, CohortStatus, EnrolmentStatus, ProgrammeStatus } from './training.enums';

/**
 * The activity-2 programme with its five modules, the 2025 pilot group and four
 * regional groups (matched by title and name, so re-running adds only what is
 * missing). Groups that have ended are COMPLETED, the running one RUNNING, the
 * coming one OPEN. With the demo people, each group also gets sample
 * participants and, once held, their attendance and evaluated completion.
 */
export async function seedTraining(em: EntityManager, options: SeedOptions): Promise<void> {
  const seed = trainingProgramme;
  let programme = await em.findOneBy(TrainingProgramme, { title: seed.title });
  if (!programme) {
    const plan = await findSeededPlan(em);
    const activity = await em.findOneBy(Activity, { planId: plan.id, number: seed.activity });
    programme = await em.save(
      em.create(TrainingProgramme, {
        title: seed.title,
        titleEn: seed.titleEn,
        description: seed.description,
        activityId: activity?.id ?? null,
        topicCodes: seed.topics,
        minAttendancePercent: seed.minAttendancePercent,
        status: ProgrammeStatus.PUBLISHED,
      }),
    );
    await em.insert(
      TrainingModule,
      seed.modules.map((m, i) => ({
        programmeId: programme!.id,
        position: i + 1,
        title: m.title,
        titleEn: m.titleEn,
        learningOutcomes: m.outcomes,
        durationHours: m.hours,
        required: true,
      })),
    );
  }
  const modules = await em.find(TrainingModule, { where: { programmeId: programme.id } });
  const moduleAt = new Map(modules.map((m) => [m.position, m.id]));
  const trainer = await em.findOneBy(User, { email: 'korraldaja@elvl.ee' });
  const people = options.demoUsers ? await sampleMembers(em) : [];
  const now = Date.now();

  for (const [c, cohortSeed] of seed.cohorts.entries()) {
    if (await em.existsBy(Cohort, { programmeId: programme.id, name: cohortSeed.name })) continue;
    const times = cohortSeed.sessions.map((s) => ({
      startsAt: tallinnInstant(`${s.day}T09:30`),
      endsAt: tallinnInstant(`${s.day}T16:00`),
      modules: s.modules,
    }));
    const held = times.filter((t) => t.endsAt.getTime() < now).length;
    const status =
      held === times.length ? CohortStatus.COMPLETED : held > 0 ? CohortStatus.RUNNING : CohortStatus.OPEN;
    const county = cohortSeed.county ? await em.findOneBy(County, { shortName: cohortSeed.county }) : null;
    const cohort = await em.save(
      em.create(Cohort, {
        programmeId: programme.id,
        name: cohortSeed.name,
        kind: cohortSeed.kind as CohortKind,
        countyId: county?.id ?? null,
        capacity: cohortSeed.capacity,
        waitlistEnabled: true,
        status,
      }),
    );
    if (trainer) await em.insert(CohortTrainer, { cohortId: cohort.id, userId: trainer.id });
    const sessions: TrainingSession[] = [];
    for (const t of times) {
      const session = await em.save(
        em.create(TrainingSession, {
          cohortId: cohort.id,
          startsAt: t.startsAt,
          endsAt: t.endsAt,
          venueAddress: cohortSeed.venue,
        }),
      );
      await em.insert(
        TrainingSessionModule,
        t.modules.map((p) => ({ sessionId: session.id, moduleId: moduleAt.get(p)! })),
      );
      sessions.push(session);
    }
    if (!people.length) continue;

    // Eight sample people per group, different ones for each; every fourth misses the second session.
    const group = Array.from({ length: 8 }, (_, i) => people[(c * 8 + i) % people.length]);
    const enrolments = await em.save(
      group.map((person) =>
        em.create(Enrolment, {
          cohortId: cohort.id,
          userId: person.id,
          organisationId: person.organisationId,
          status: EnrolmentStatus.ENROLLED,
          enrolledAt: new Date(times[0].startsAt.getTime() - 30 * 24 * 3600_000),
        }),
      ),
    );
    const attendance = enrolments.flatMap((e, i) =>
      sessions
        .slice(0, held)
        .map((s, k) => ({ sessionId: s.id, enrolmentId: e.id, present: !(i % 4 === 3 && k === 1) })),
    );
    if (attendance.length) await em.insert(TrainingAttendance, attendance);
    if (status === CohortStatus.COMPLETED) {
      const outcomes = await evaluate(em, cohort);
      await applyCompletion(em, outcomes);
      // Issued when the group finished, as they were.
      await syncCertificates(em, cohort, outcomes, times[times.length - 1].endsAt);
    }
  }
}
