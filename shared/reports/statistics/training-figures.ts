// 骨干培训 figures from the class records: the classes that opened in the years asked for and
// their trainees — each listed trainee once per class (人次), with the organization held at
// the time of the class (which gives the township), plus the trainees counted without a roster
// (名单外学员, which belong to no township). Trainees of a deleted class do not count.
import { live, type StatisticsInput } from './input';

export type TrainingFigures = {
  classes: number;
  /** Listed and unlisted together. */
  trainees: number;
  /** The organization (enterprise or village) of each listed trainee, as held then; undefined when none. */
  traineeOrgIds: (string | undefined)[];
  unlisted: number;
};

export function trainingFigures(input: Pick<StatisticsInput, 'trainings' | 'trainees'>, fromYear: number, toYear: number): TrainingFigures {
  const classes = live(input.trainings).filter((c) => {
    const y = Number(c.startDate.slice(0, 4));
    return y >= fromYear && y <= toYear;
  });
  const ids = new Set(classes.map((c) => c.id));
  const traineeOrgIds = live(input.trainees)
    .filter((t) => ids.has(t.classId))
    .map((t) => t.orgId);
  const unlisted = classes.reduce((s, c) => s + (c.unlistedCount ?? 0), 0);
  return { classes: classes.length, trainees: traineeOrgIds.length + unlisted, traineeOrgIds, unlisted };
}
