// The record rules of a meeting (交流会、研讨会、通报会…) and of its decisions: one set for the
// meeting form, the decision follow-up and restore.
import { z } from 'zod';
import { MEETING_KINDS } from '../meeting';
import { idList, optionalDay, requiredDay } from './day';
import { optionalText, requiredText } from './common';

export const meetingDecisionSchema = z
  .object({
    id: z.string().min(1),
    content: requiredText('议定事项', 300, '请填写议定事项的内容'),
    owner: optionalText('责任单位或责任人', 60),
    deadline: optionalDay('完成时限'),
    done: z.boolean({ error: '办结情况应为是或否' }).nullish().transform((v) => v ?? false),
    doneDate: optionalDay('办结日期'),
    progress: optionalText('办理情况', 500),
  })
  .superRefine((d, ctx) => {
    if (d.doneDate && !d.done) ctx.addIssue({ code: 'custom', path: ['doneDate'], message: `议定事项「${d.content}」尚未办结，不应填写办结日期` });
  });

export const meetingSchema = z
  .object({
    kind: z.enum(MEETING_KINDS, { error: `会议类型应为 ${MEETING_KINDS.join('、')} 之一` }),
    title: requiredText('会议名称', 80),
    date: requiredDay('会议日期'),
    place: optionalText('会议地点', 60),
    host: optionalText('召开单位', 60),
    townshipId: optionalText('所属乡镇', 64),
    chair: optionalText('主持人', 20),
    enterpriseIds: idList('参会企业'),
    villageIds: idList('参会村'),
    personIds: idList('参会人员', 1000),
    otherAttendees: optionalText('其他参会单位和人员', 500),
    topics: optionalText('会议议题', 2000),
    minutes: optionalText('会议纪要', 20_000),
    decisions: z.array(meetingDecisionSchema, { error: '议定事项应为列表' }).max(100, '议定事项最多100项').nullish().transform((d) => d ?? []),
  })
  .superRefine((m, ctx) => {
    m.decisions.forEach((d, i) => {
      if (d.doneDate && d.doneDate < m.date) ctx.addIssue({ code: 'custom', path: ['decisions', i, 'doneDate'], message: `议定事项「${d.content}」的办结日期（${d.doneDate}）不能早于会议日期（${m.date}）` });
      if (d.deadline && d.deadline < m.date) ctx.addIssue({ code: 'custom', path: ['decisions', i, 'deadline'], message: `议定事项「${d.content}」的完成时限（${d.deadline}）不能早于会议日期（${m.date}）` });
    });
    if (new Set(m.decisions.map((d) => d.id)).size !== m.decisions.length) ctx.addIssue({ code: 'custom', path: ['decisions'], message: '议定事项重复' });
  });

export type MeetingInput = z.input<typeof meetingSchema>;
export type MeetingDecisionInput = z.input<typeof meetingDecisionSchema>;
