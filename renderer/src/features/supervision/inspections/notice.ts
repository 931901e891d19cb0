// The 督查情况通报 of a round as .docx bytes: visits and items in county order (township,
// then code), the office's details from 设置. The docx builder loads only when asked for.
import type { InspectionRound, Rectification } from '@shared/model/inspection';
import type { OfficeSettings } from '@shared/model/settings';
import type { ImprintDraft } from '@shared/model/schemas/imprint';
import type { NoticeInput } from '@shared/reports/supervision/inspection-notice';
import { byTownshipThenCode, type PairingLabel } from '../../../ui/records/pairing-labels';

export function noticeInput(round: InspectionRound, items: readonly Rectification[], labels: Map<string, PairingLabel>, office: OfficeSettings, noticeNumber: string | undefined, date: string, imprint?: ImprintDraft): NoticeInput {
  const name = (id: string) => labels.get(id)?.name ?? '（已删除的联建）';
  const order = (a: string, b: string) => {
    const la = labels.get(a);
    const lb = labels.get(b);
    return la && lb ? byTownshipThenCode(la, lb) : la ? -1 : lb ? 1 : 0;
  };
  const visits = [...round.visits].sort((a, b) => order(a.pairingId, b.pairingId));
  const rank = new Map(visits.map((v, i) => [v.pairingId, i]));
  return {
    round,
    visits: visits.map((v) => ({ pairingName: name(v.pairingId), rating: v.rating, finding: v.finding })),
    items: [...items]
      .sort((a, b) => (rank.get(a.pairingId) ?? 0) - (rank.get(b.pairingId) ?? 0) || a.deadline.localeCompare(b.deadline) || a.createdAt.localeCompare(b.createdAt))
      .map((r) => ({ pairingName: name(r.pairingId), problem: r.problem, requirement: r.requirement, responsible: r.responsible, deadline: r.deadline })),
    office,
    noticeNumber,
    date,
    imprint,
  };
}

export async function buildNotice(input: NoticeInput): Promise<Uint8Array> {
  const [{ inspectionNotice }, { packOfficialDocument }] = await Promise.all([import('@shared/reports/supervision/inspection-notice'), import('@shared/reports/docx')]);
  return packOfficialDocument(inspectionNotice(input));
}
