// The life-cycle dialogs (批准 · 变更 · 终止) as one hook, used by the list and the archive page.
// Each dialog's module (date pickers, liaison and township fields) loads at its first use, not
// with the page that offers it.
import { Suspense, useCallback, useState, type ReactNode } from 'react';
import { App } from 'antd';
import type { Pairing } from '@shared/model/types';
import { getStore } from '../../db';
import { lazyComponent } from '../../app/lazy';
import { lazyForm } from '../../ui/form/lazy-form';
import type { ChangePairingModalProps } from './ChangePairingModal';
import type { DateReasonModalProps } from './DateReasonModal';

const ChangePairingModal = lazyComponent<ChangePairingModalProps>(() => import('./ChangePairingModal'), 'ChangePairingModal');
const DateReasonModal = lazyForm<DateReasonModalProps>(() => import('./DateReasonModal'), 'DateReasonModal');

export type PairingDialogs = {
  approve: (p: Pairing) => void;
  change: (p: Pairing) => void;
  terminate: (p: Pairing) => void;
  dialogs: ReactNode;
};

export function usePairingDialogs(): PairingDialogs {
  const { message } = App.useApp();
  const [approving, setApproving] = useState<Pairing>();
  const [changing, setChanging] = useState<Pairing>();
  const [terminating, setTerminating] = useState<Pairing>();
  // The change dialog is mounted at its first use: closed, it would still read every person.
  const [changeUsed, setChangeUsed] = useState(false);
  const change = useCallback((p: Pairing) => {
    setChangeUsed(true);
    setChanging(p);
  }, []);
  const dialogs = (
    <>
      <DateReasonModal
        open={Boolean(approving)}
        title={`批准联建：${approving?.code ?? ''}`}
        dateLabel="批准日期"
        textLabel="批准意见"
        textRequired={false}
        textPlaceholder="如批准文件的文号（可不填）"
        okText="批准"
        onClose={() => setApproving(undefined)}
        onSubmit={async (date, text) => {
          const p = await getStore().pairings.approve(approving!.id, date, text);
          setApproving(undefined);
          message.success(`已批准联建「${p.code}」`);
        }}
      />
      <DateReasonModal
        open={Boolean(terminating)}
        title={`终止联建：${terminating?.code ?? ''}`}
        dateLabel="终止日期"
        textLabel="终止原因"
        textRequired
        textPlaceholder="如：企业停产、村企合并"
        okText="终止"
        danger
        onClose={() => setTerminating(undefined)}
        onSubmit={async (date, text) => {
          const p = await getStore().pairings.terminate(terminating!.id, date, text);
          setTerminating(undefined);
          message.success(`联建「${p.code}」已终止`);
        }}
      />
      {changeUsed && (
        <Suspense fallback={null}>
          <ChangePairingModal
            pairing={changing}
            onClose={() => setChanging(undefined)}
            onSaved={(p) => {
              setChanging(undefined);
              message.success(`已记录联建「${p.code}」的变更`);
            }}
          />
        </Suspense>
      )}
    </>
  );
  return { approve: setApproving, change, terminate: setTerminating, dialogs };
}
