// One 骨干培训班: its details and its roster (学员名单) — trainees picked from the registry,
// each shown with the organization and post held at the time of the class — with 打印签到表
// and 导出签到表.
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { App, Button, Card, Descriptions, Result, Space, Spin, Table, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, EditOutlined, PrinterOutlined, UserAddOutlined } from '@ant-design/icons';
import { classLabel } from '@shared/model/schemas/training';
import { signInSheet } from '@shared/reports/training/sign-in';
import type { Trainee } from '@shared/model/types';
import { getStore } from '../../../db';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { ClassForm } from './ClassForm';
import { dateSpan, headCount, signInRows, useTrainingClass, type RosterRow } from './data';
import { exportSignIn } from './exports';
import { SignInPrint } from './SignInPrint';
import { AddTraineesModal, EditTraineeModal } from './TraineeModals';

export function ClassPage() {
  const { classId } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const { klass, roster } = useTrainingClass(classId);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [editingTrainee, setEditingTrainee] = useState<Trainee>();
  const sheet = useMemo(() => (klass && roster ? signInSheet(klass, signInRows(roster)) : undefined), [klass, roster]);

  if (klass === undefined || roster === undefined || !sheet) return <Spin />;
  if (klass === null) return <Result status="404" title="培训班不存在或已删除" extra={<Button onClick={() => navigate('/training/classes')}>返回列表</Button>} />;

  const exportSheet = async () => {
    const r = await exportSignIn(sheet);
    if (r.ok) message.success(`已导出：${r.value.location}`);
    else if (!r.cancelled) message.error(r.error);
  };
  const remove = (t: RosterRow) =>
    confirmDelete({
      what: `学员「${t.displayName}」`,
      remove: () => getStore().trainings.removeTrainee(t.id),
      undo: () => getStore().trainings.restoreTrainee(t.id),
    });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
          <Space>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/training/classes')}>
              返回
            </Button>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {classLabel(klass)}
            </Typography.Title>
          </Space>
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            编辑
          </Button>
        </Space>
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label="培训时间">{dateSpan(klass)}</Descriptions.Item>
          <Descriptions.Item label="培训地点">{klass.place}</Descriptions.Item>
          <Descriptions.Item label="主办单位">{klass.organizer}</Descriptions.Item>
          <Descriptions.Item label="学时">{klass.hours}</Descriptions.Item>
          <Descriptions.Item label="学员人数" span={2}>
            {headCount(klass, roster.length)} 人{klass.unlistedCount ? `（名单 ${roster.length} 人，名单外 ${klass.unlistedCount} 人）` : ''}
          </Descriptions.Item>
          {klass.content && (
            <Descriptions.Item label="培训内容" span={3}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{klass.content}</span>
            </Descriptions.Item>
          )}
          {klass.remark && (
            <Descriptions.Item label="备注" span={3}>
              {klass.remark}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card
        title={`学员名单（${roster.length}）`}
        extra={
          <Space>
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
              添加学员
            </Button>
            <Button icon={<PrinterOutlined />} disabled={roster.length === 0} onClick={() => setPrinting(true)}>
              打印签到表
            </Button>
            <Button icon={<DownloadOutlined />} disabled={roster.length === 0} onClick={() => void exportSheet()}>
              导出签到表
            </Button>
          </Space>
        }
      >
        <Table<RosterRow>
          rowKey="id"
          size="small"
          dataSource={roster}
          pagination={false}
          locale={{ emptyText: '暂无学员。点击「添加学员」从信息库中选择，或在培训班列表中「导入」培训班名单' }}
          columns={[
            { title: '序号', key: 'seq', width: 60, align: 'right', render: (_, __, i) => i + 1 },
            { title: '姓名', dataIndex: 'displayName', width: 100 },
            { title: '性别', dataIndex: 'gender', width: 60 },
            {
              title: '单位（参训时）',
              dataIndex: 'orgName',
              render: (_, t) => (
                <Space orientation="vertical" size={0}>
                  <span>{t.orgName}</span>
                  {t.nowHolds && <Typography.Text type="secondary" style={{ fontSize: 12 }}>现：{t.nowHolds}</Typography.Text>}
                </Space>
              ),
            },
            { title: '职务（参训时）', dataIndex: 'post', width: 150 },
            { title: '所在乡镇', dataIndex: 'township', width: 110 },
            { title: '联系电话', dataIndex: 'phone', width: 130 },
            { title: '备注', dataIndex: 'remark', width: 120 },
            {
              title: '操作',
              key: 'actions',
              width: 110,
              render: (_, t) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditingTrainee(t)}>
                    编辑
                  </Button>
                  <Button type="link" size="small" danger onClick={() => remove(t)}>
                    移除
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <ClassForm
        open={editing}
        editing={klass}
        onClose={() => setEditing(false)}
        onSaved={(c) => {
          setEditing(false);
          message.success(`已保存「${classLabel(c)}」`);
        }}
      />
      <AddTraineesModal
        classId={klass.id}
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(added) => {
          setAdding(false);
          message.success(`已添加 ${added.length} 名学员`);
        }}
      />
      <EditTraineeModal
        trainee={editingTrainee}
        onClose={() => setEditingTrainee(undefined)}
        onSaved={(t) => {
          setEditingTrainee(undefined);
          message.success(`已保存学员「${t.name}」`);
        }}
      />
      <SignInPrint open={printing} sheet={sheet} onClose={() => setPrinting(false)} onExport={() => void exportSheet()} />
    </Space>
  );
}
