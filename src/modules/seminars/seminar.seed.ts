import { createHmac } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { programme } from '../../../seeds/seminars/programme';
import type { SeedOptions } from '../../module';
import { Activity, findSeededPlan } from '../action-plan';
import { sampleMembers, User } from '../users';
import { seededRandom } from '../../common/seeded-random';
import { Event, EventOrganiser, EventQuestion, EventSeries, EventSession } from './event.entity';
import { EventKind, EventStatus, QuestionType, RegistrationStatus, Theme } from './event.enums';
import { tallinnInstant } from '../../common/ical';
import { CheckIn, EventFeedback, Registration } from './registration.entity';

/** Keys the sample feedback's author hash; sample people never give feedback through the API. */
const SAMPLE_FEEDBACK_SECRET = 'seed-data';

const SERIES_TITLE = 'KOV IT-võrgustiku virtuaalseminarid';

/**
 * Adds the 2024–2026 programme (events matched by title and start). With
 * the demo people (`demoUsers`), past events also get registrations, attendance and
 * feedback from sample participants, and upcoming ones a few registrations.
 */
export async function seedSeminars(em: EntityManager, options: SeedOptions): Promise<void> {
  const series =
    (await em.findOneBy(EventSeries, { title: SERIES_TITLE })) ??
    (await em.save(
      em.create(EventSeries, {
        title: SERIES_TITLE,
        description:
          'Regulaarsed lühiseminarid KOVide IT-spetsialistidele: kogemuslood, riigi kesksed lahendused ja digipöörde suunad.',
      }),
    ));
  const activities = await em.findBy(Activity, { planId: (await findSeededPlan(em)).id });
  const organiser = await em.findOneBy(User, { email: 'korraldaja@elvl.ee' });
  const participants = options.demoUsers ? await sampleMembers(em) : [];
  const random = seededRandom(11);
  const now = Date.now();

  for (const item of programme) {
    const startsAt = tallinnInstant(item.start);
    if (await em.existsBy(Event, { title: item.title, startsAt })) continue;
    const endsAt = tallinnInstant(item.end);
    const past = endsAt.getTime() < now;
    const event = await em.save(
      em.create(Event, {
        kind: item.kind as EventKind,
        title: item.title,
        description: item.description,
        themes: item.themes as Theme[],
        startsAt,
        endsAt,
        capacity: item.capacity,
        venueAddress: item.venue ?? null,
        onlineUrl: item.online ? `https://meet.example.ee/elvl-${item.key}` : null,
        seriesId: item.series ? series.id : null,
        status: past ? EventStatus.COMPLETED : EventStatus.PUBLISHED,
        activityId: activities.find((a) => a.number === item.activity)?.id ?? null,
        cancellationDeadline: new Date(startsAt.getTime() - 24 * 3600 * 1000),
        sequence: 1,
      }),
    );
    if (organiser) await em.insert(EventOrganiser, { eventId: event.id, userId: organiser.id });
    for (const session of item.sessions ?? []) {
      const day = item.start.slice(0, 10);
      const at = (time: string) => tallinnInstant(time.includes('T') ? time : `${day}T${time}`);
      await em.insert(EventSession, {
        eventId: event.id,
        startsAt: at(session.start),
        endsAt: at(session.end),
        title: session.title,
        track: session.track ?? null,
        speakers: session.speakers,
      });
    }
    for (const [position, q] of (item.questions ?? []).entries()) {
      await em.insert(EventQuestion, {
        eventId: event.id,
        key: q.key,
        label: q.label,
        type: q.type as QuestionType,
        options: q.options ?? [],
        required: q.required ?? false,
        position,
      });
    }
    if (!participants.length) continue;

    // Past events: most registrants came; some gave feedback. Upcoming ones: a few registrations so far.
    const share = past ? 0.3 + random() * 0.4 : 0.1;
    const registrants = participants.filter(() => random() < share).slice(0, item.capacity ?? Infinity);
    for (const person of registrants) {
      const attended = past && random() < 0.88;
      const registration = await em.save(
        em.create(Registration, {
          eventId: event.id,
          userId: person.id,
          organisationId: person.organisationId,
          status: past
            ? attended
              ? RegistrationStatus.ATTENDED
              : RegistrationStatus.NO_SHOW
            : RegistrationStatus.CONFIRMED,
          answers: item.questions ? { paevad: ['1. päev', '2. päev'], majutus: random() < 0.5 } : {},
          confirmedAt: new Date(startsAt.getTime() - 14 * 24 * 3600 * 1000),
        }),
      );
      if (!attended) continue;
      await em.insert(CheckIn, { registrationId: registration.id, day: item.start.slice(0, 10) });
      if (item.kind === 'MULTI_DAY_SEMINAR' && random() < 0.8)
        await em.insert(CheckIn, { registrationId: registration.id, day: item.end.slice(0, 10) });
      if (random() < 0.6) {
        const anonymous = random() < 0.3;
        await em.insert(EventFeedback, {
          eventId: event.id,
          userId: anonymous ? null : person.id,
          authorKey: createHmac('sha256', SAMPLE_FEEDBACK_SECRET)
            .update(`${event.id}:${person.id}`)
            .digest('hex'),
          rating: 6 + Math.floor(random() * 5),
          comment: random() < 0.4 ? 'Praktiline ja hästi korraldatud, aitäh!' : null,
          anonymous,
        });
      }
    }
  }
}
