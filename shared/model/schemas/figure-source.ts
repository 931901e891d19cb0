// The rules of a stored 采用数字 choice (figureSources), for every way in: the 对账 page's
// write and a restore from backup.
import { z } from 'zod';
import { figureSourceId, SOURCE_KINDS } from '../figure-source';

export const figureSourceSchema = z
  .looseObject({
    id: z.string().min(1, '缺少编号'),
    year: z.number({ error: '年度应为数字' }).int('年度应为整数').min(1949, '年度不对').max(2200, '年度不对'),
    townshipId: z.string({ error: '缺少乡镇' }).min(1, '缺少乡镇'),
    source: z.enum(SOURCE_KINDS, { error: '采用的数字应为「年终统计表」或「台账」' }),
    createdAt: z.string().optional(),
    updatedAt: z.string().optional(),
  })
  .refine((r) => r.id === figureSourceId(r.year, r.townshipId), { message: '编号与年度、乡镇不符', path: ['id'] });
