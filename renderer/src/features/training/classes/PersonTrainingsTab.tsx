// 培训经历 tab of a person's detail page: the classes the person attended, newest first, with
// the unit and post held at the time.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { Table } from 'antd';
import { classLabel } from '@shared/model/schemas/training';
import type { Trainee, TrainingClass } from '@shared/model/types';
import { getStore } from '../../../db';
import type { DetailTabProps } from '../../../ui/records/detail-tabs';
import { dateSpan } from './data';

type Attended = { trainee: Trainee; klass: TrainingClass };

function useAttended(personId: string): Attended[] | undefined {
  return useLiveQuery(async () => {
    const { db, trainings } = getStore();
    const trainees = await trainings.traineesOfPerson(personId);
    const classes = await db.trainings.bulkGet(trainees.map((t) => t.classId));
    return trainees
      .map((trainee, i) => ({ trainee, klass: classes[i]! }))
      .filter((a) => a.klass && !a.klass.deleted)
      .sort((a, b) => b.klass.startDate.localeCompare(a.klass.startDate));
  }, [personId]);
}

export function PersonTrainingsTab(props: DetailTabProps) {
  const attended = useAttended(props.record.id);
  if (props.kind !== 'person') return null;
  return (
    <Table<Attended>
      rowKey={(a) => a.trainee.id}
      size="small"
      loading={attended === undefined}
      dataSource={attended}
      pagination={false}
      locale={{ emptyText: '暂无培训经历。在「培训交流 · 骨干培训班」中把此人添加为学员后显示在这里' }}
      columns={[
        { title: '培训班', key: 'class', render: (_, a) => <Link to={`/training/classes/${a.klass.id}`}>{classLabel(a.klass)}</Link> },
        { title: '培训时间', key: 'dates', width: 220, render: (_, a) => dateSpan(a.klass) },
        { title: '参训时单位', key: 'unit', render: (_, a) => a.trainee.orgName },
        { title: '参训时职务', key: 'post', width: 160, render: (_, a) => a.trainee.post },
      ]}
    />
  );
}
