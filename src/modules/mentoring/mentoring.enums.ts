import { registerLabelledEnum } from '../../common/labelled-enum';

export enum MentorshipStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerLabelledEnum(MentorshipStatus, {
  name: 'MentorshipStatus',
  description:
    'PENDING until the mentor decides (ACCEPTED or DECLINED); an accepted one ends COMPLETED or CANCELLED.',
  values: {
    PENDING: { et: 'Ootel', en: 'Pending', description: 'Waiting for the mentor’s decision.' },
    ACCEPTED: { et: 'Kokku lepitud', en: 'Accepted', description: 'Under way.' },
    DECLINED: { et: 'Tagasi lükatud', en: 'Declined' },
    COMPLETED: { et: 'Lõpetatud', en: 'Completed' },
    CANCELLED: { et: 'Katkestatud', en: 'Cancelled' },
  },
});

export enum GoalStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}
registerLabelledEnum(GoalStatus, {
  name: 'GoalStatus',
  description: 'How far a mentorship goal has come.',
  values: {
    NOT_STARTED: { et: 'Alustamata', en: 'Not started' },
    IN_PROGRESS: { et: 'Pooleli', en: 'In progress' },
    DONE: { et: 'Tehtud', en: 'Done' },
  },
});
