// This module's own migrations, oldest first. `npm run migration:generate -- <Name> <module>` appends here.
import { AddGroupWork1796057258994 } from './1796057258994-AddGroupWork';
import { AddProgrammeFeedbackRule1796056374727 } from './1796056374727-AddProgrammeFeedbackRule';
import { AddTrainingFeedback1796055082670 } from './1796055082670-AddTrainingFeedback';
import { AddTrainingCertificates1796054214225 } from './1796054214225-AddTrainingCertificates';
import { AddTraining1796053598826 } from './1796053598826-AddTraining';
import type { MigrationInterface } from 'typeorm';

export const migrations: (new () => MigrationInterface)[] = [
  AddTraining1796053598826,
  AddTrainingCertificates1796054214225,
  AddTrainingFeedback1796055082670,
  AddProgrammeFeedbackRule1796056374727,
  AddGroupWork1796057258994,
];
