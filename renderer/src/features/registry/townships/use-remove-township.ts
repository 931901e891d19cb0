import { useCallback } from 'react';
import { App } from 'antd';
import type { Township } from '@shared/model/types';
import { getStore } from '../../../db';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';

/**
 * Deletes a township (asking first, with 撤销 after) unless villages or enterprises still
 * belong to it: those would be left without a township, so the user is told to move or
 * delete them first.
 */
export function useRemoveTownship(): (t: Township, afterRemove?: () => void) => Promise<void> {
  const { modal } = App.useApp();
  const confirmDelete = useConfirmDelete();
  return useCallback(
    async (t, afterRemove) => {
      const { db, townships } = getStore();
      const villages = await db.villages.where('townshipId').equals(t.id).filter((v) => !v.deleted).count();
      const enterprises = await db.enterprises.where('townshipId').equals(t.id).filter((e) => !e.deleted).count();
      if (villages + enterprises > 0) {
        modal.warning({
          title: `不能删除乡镇「${t.name}」`,
          content: `该乡镇下还有${villages ? ` ${villages} 个村` : ''}${villages && enterprises ? '、' : ''}${enterprises ? ` ${enterprises} 家企业` : ''}，请先将它们删除或改到其他乡镇。`,
          okText: '知道了',
        });
        return;
      }
      confirmDelete({
        what: `乡镇「${t.name}」`,
        remove: async () => {
          await townships.remove(t.id);
          afterRemove?.();
        },
        undo: () => townships.restore(t.id),
      });
    },
    [modal, confirmDelete],
  );
}
