import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byIdLoader, groupedLoader, keyedLoader } from '../../common/loaders';
import { loadIndicatorPeriods } from './indicator.service';
import { ActivityProgressNote, Expenditure, ResultIndicator } from './progress.entity';
import type { IndicatorPeriod } from './progress.types';

export function progressLoaders(dataSource: DataSource) {
  const repo = <T extends object>(entity: new () => T) => dataSource.getRepository(entity);
  return {
    expenditureById: byIdLoader(dataSource, Expenditure),
    /** The entry that reverses each given entry, if any. */
    reversalOf: keyedLoader<string, Expenditure>(
      (ids) => repo(Expenditure).findBy({ reversesId: In([...ids]) }),
      (e) => e.reversesId!,
    ),
    progressNoteById: byIdLoader(dataSource, ActivityProgressNote),
    /** Each activity's newest timeline note, in the timeline's own order. */
    latestProgressNote: keyedLoader<string, ActivityProgressNote>(
      (activityIds) =>
        repo(ActivityProgressNote)
          .createQueryBuilder('n')
          .distinctOn(['n.activity_id'])
          .where('n.activity_id IN (:...activityIds)', { activityIds: [...activityIds] })
          .orderBy('n.activity_id')
          .addOrderBy('n.noted_on', 'DESC')
          .addOrderBy('n.id', 'DESC')
          .getMany(),
      (n) => n.activityId,
    ),
    /**
     * The first page of each activity's timeline (key "<activityId>|<page size>") with its total count:
     * two statements per page size for all activities asked for, not two per activity.
     */
    resultIndicatorById: byIdLoader(dataSource, ResultIndicator),
    indicatorsByActivityId: groupedLoader<string, ResultIndicator>(
      (ids) =>
        repo(ResultIndicator).find({ where: { activityId: In([...ids]) }, order: { position: 'ASC' } }),
      (i) => i.activityId!,
    ),
    /** Every year of an indicator's plan with target and actual (measured ones computed now). */
    indicatorPeriods: new DataLoader<string, IndicatorPeriod[]>(async (ids) => {
      const periods = await loadIndicatorPeriods(dataSource.manager, ids);
      return ids.map((id) => periods.get(id) ?? []);
    }),
  };
}

export type ProgressLoaders = ReturnType<typeof progressLoaders>;

declare module '../../context' {
  interface Loaders extends ProgressLoaders {}
}
