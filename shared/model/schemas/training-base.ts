// The record rules of a 技能培训基地, one set for its form, restore and the v008 upgrade.
// Rules that read the store (the village and enterprises exist, no other base of the same
// name in the village) are the repository's, inside its transaction.
import { z } from 'zod';
import { optionalDay, idList } from './day';
import { optionalPhone, optionalText, requiredRef, requiredText } from './common';
import { BASE_NAME_MAX } from '../training-base';

export const trainingBaseSchema = z.object({
  name: requiredText('基地名称', BASE_NAME_MAX),
  villageId: requiredRef('请选择基地所在的村'),
  enterpriseIds: idList('服务企业', 50).refine((ids) => ids.length > 0, '请选择基地服务的企业（至少一家）'),
  establishedDate: optionalDay('建立日期'),
  trains: optionalText('培训工种', 100),
  site: optionalText('培训场所', 60),
  contactName: optionalText('联系人', 20),
  contactPhone: optionalPhone('联系电话'),
  remark: optionalText('备注', 500),
});

export type TrainingBaseInput = z.input<typeof trainingBaseSchema>;
