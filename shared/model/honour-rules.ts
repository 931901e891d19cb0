// Who may receive which commendation title, as party practice has it. A collective honour of
// an enterprise or a village (先进基层党组织 and every title the dictionary marks for party
// organizations) goes to its *party organization*: an enterprise whose 党组织类型 is 「未建立」,
// or a village with no party organization on record, cannot be honoured that way. A title
// goes only to the kind of honouree the dictionary gives it (联建点 titles to pairings,
// personal titles to persons). One rule for the nomination form, 从台账推荐, 从考评推荐, the
// repository and the import. Titles the dictionary no longer holds keep no kind restriction,
// so a shrunk dictionary never blocks work on rounds that still use them.
import { TITLE_TARGET_LABELS, titleEntry, type TitleEntry, type TitleTarget } from './dictionaries';
import type { NomineeKind } from './enums';
import { fail, ok, type Result } from './result';
import type { EnterprisePartyOrg, VillagePartyOrg } from './types';

const KIND_LABELS: Record<NomineeKind, string> = { enterprise: '企业党组织', village: '村党组织', pairing: '联建点', person: '个人' };

/** The dictionary's kind of honouree for each nominee kind. */
export function targetOfKind(kind: NomineeKind): TitleTarget {
  return kind === 'enterprise' || kind === 'village' ? 'org' : kind;
}

/** The honouree as the rule sees it: the record's name and, for organizations, its party organization. */
export type HonourSubject =
  | { kind: 'enterprise'; name: string; partyOrg: EnterprisePartyOrg }
  | { kind: 'village'; name: string; townshipName?: string; partyOrg: VillagePartyOrg }
  | { kind: 'pairing'; name: string }
  | { kind: 'person'; name: string };

/**
 * The party organization's name as documents print it: the registry's name where given,
 * else built from the unit's name and the organization's type (「河田镇竹排村党总支」);
 * undefined when there is no party organization.
 */
export function partyOrgName(subject: HonourSubject): string | undefined {
  if (subject.kind === 'enterprise') {
    if (subject.partyOrg.type === '未建立') return undefined;
    return subject.partyOrg.name?.trim() || `${subject.name}${subject.partyOrg.type}`;
  }
  if (subject.kind === 'village') {
    const { name, type } = subject.partyOrg;
    if (!name?.trim() && !type) return undefined;
    return name?.trim() || `${subject.townshipName ?? ''}${subject.name}${type}`;
  }
  return undefined;
}

/** How a nominee is named by default: the party organization for collectives, the name otherwise. */
export function honourDisplayName(subject: HonourSubject): string {
  return partyOrgName(subject) ?? subject.name;
}

/** The titles of a round that may go to a kind of honouree (titles unknown to the dictionary go to any). */
export function titlesFor(kind: NomineeKind, roundTitles: readonly string[], dictionary: readonly TitleEntry[]): string[] {
  const target = targetOfKind(kind);
  return roundTitles.filter((t) => {
    const entry = titleEntry(dictionary, t);
    return !entry || entry.target === target;
  });
}

/** The title a nomination of this kind starts with: the first of the round's titles meant for it. */
export function defaultTitleFor(kind: NomineeKind, roundTitles: readonly string[], dictionary: readonly TitleEntry[]): string | undefined {
  const target = targetOfKind(kind);
  return roundTitles.find((t) => titleEntry(dictionary, t)?.target === target) ?? titlesFor(kind, roundTitles, dictionary)[0];
}

/** Whether the title goes to this kind of honouree (by the dictionary). */
export function checkTitleTarget(title: string, subject: Pick<HonourSubject, 'kind' | 'name'>, dictionary: readonly TitleEntry[]): Result<null> {
  const entry = titleEntry(dictionary, title);
  if (entry && entry.target !== targetOfKind(subject.kind)) {
    return fail(`「${title}」授予${TITLE_TARGET_LABELS[entry.target]}，不能授予${KIND_LABELS[subject.kind]}「${subject.name}」`);
  }
  return ok(null);
}

/** Whether an enterprise or a village has the party organization a collective honour goes to. */
export function checkPartyOrg(title: string, subject: HonourSubject): Result<null> {
  if (subject.kind === 'enterprise' && partyOrgName(subject) === undefined) {
    return fail(`「${subject.name}」尚未建立党组织（信息库中党组织类型为「未建立」），不能推荐为「${title}」；请先在「信息库 → 企业」中登记其党组织`);
  }
  if (subject.kind === 'village' && partyOrgName(subject) === undefined) {
    const where = `${subject.townshipName ?? ''}${subject.name}`;
    return fail(`「${where}」在信息库中没有党组织（名称和类型均未填写），不能推荐为「${title}」；请先在「信息库 → 村」中填写其党组织`);
  }
  return ok(null);
}

/** Whether this honouree may receive this title; the message says why not and what to do. */
export function checkHonour(title: string, subject: HonourSubject, dictionary: readonly TitleEntry[]): Result<null> {
  const target = checkTitleTarget(title, subject, dictionary);
  return target.ok ? checkPartyOrg(title, subject) : target;
}
