// The rows of the annual table under each grouping: by township (the default: every township
// in county order), by enterprise or by village (those that took part in the year's 联建, then
// one row for the rest of the registry). Every figure is added with its owner (the township it
// counts under and, where known, the enterprise and the village); the row it lands in follows
// from the grouping, and what belongs to no row lands in 「其他」, so the columns always add up
// to the same county total whatever the grouping.
import { live, type StatisticsInput } from './input';

export const GROUP_BYS = ['township', 'enterprise', 'village'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** The heading of the row labels' column. */
export const GROUP_LABELS: Record<GroupBy, string> = { township: '乡镇（开发区）', enterprise: '企业', village: '村' };
/** The grouping as a button or a title says it. */
export const GROUP_NAMES: Record<GroupBy, string> = { township: '按乡镇', enterprise: '按企业', village: '按村' };

export type StatRow = {
  key: string;
  label: string;
  /** The township of an enterprise's or a village's row (groupings other than by township). */
  township?: string;
  values: Record<string, number>;
};

export type Owner = { townshipId?: string; enterpriseId?: string; villageId?: string };

export const UNASSIGNED_KEY = '__unassigned__';
export const REST_KEY = '__rest__';
export const TOTAL_KEY = '__total__';

const UNASSIGNED_LABELS: Record<GroupBy, string> = { township: '其他（未分乡镇）', enterprise: '其他（不属于某一企业）', village: '其他（不属于某一村）' };

const round = (n: number) => Math.round(n * 1e6) / 1e6;
const addTo = (values: Record<string, number>, id: string, value: number) => {
  values[id] = round((values[id] ?? 0) + value);
};

export class GroupedRows {
  private readonly values = new Map<string, Record<string, number>>();
  private readonly active = new Set<string>();
  private readonly unassigned: Record<string, number> = {};
  readonly total: Record<string, number> = {};
  private readonly townships;
  private readonly townshipIds: Set<string>;
  private readonly names: Map<string, { name: string; townshipId: string }>;

  constructor(
    input: StatisticsInput,
    readonly groupBy: GroupBy,
    private readonly chosen: ReadonlySet<string> | null,
  ) {
    this.townships = live(input.townships).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
    this.townshipIds = new Set(this.townships.map((t) => t.id));
    const entities: readonly { id: string; name: string; townshipId: string; deleted?: 0 | 1 }[] =
      groupBy === 'enterprise' ? input.enterprises : groupBy === 'village' ? input.villages : [];
    this.names = new Map(live(entities).map((e) => [e.id, { name: e.name, townshipId: e.townshipId }]));
  }

  private key(owner: Owner): string | undefined {
    return this.groupBy === 'township' ? owner.townshipId : this.groupBy === 'enterprise' ? owner.enterpriseId : owner.villageId;
  }

  private passes(owner: Owner): boolean {
    return !this.chosen || (owner.townshipId !== undefined && this.chosen.has(owner.townshipId));
  }

  private known(key: string | undefined): key is string {
    return key !== undefined && (this.groupBy === 'township' ? this.townshipIds.has(key) : this.names.has(key));
  }

  /**
   * Adds a figure to its row and to the total. `registry`: a register column of that kind of
   * organization — in a grouping by the other kind it has no row, only the total; in its own
   * grouping it does not by itself make the row one that took part.
   */
  add(owner: Owner, id: string, value: number, registry?: 'enterprise' | 'village'): void {
    if (value === 0 || !this.passes(owner)) return;
    addTo(this.total, id, value);
    if (registry && this.groupBy !== 'township' && registry !== this.groupBy) return;
    const key = this.key(owner);
    if (!this.known(key)) {
      // What belongs to no known row shows in 「其他」, but only in the whole-county table.
      if (!this.chosen) addTo(this.unassigned, id, value);
      return;
    }
    let values = this.values.get(key);
    if (!values) this.values.set(key, (values = {}));
    addTo(values, id, value);
    if (!registry) this.active.add(key);
  }

  /** Marks the row of an organization that took part in the year's 联建 (an active pairing), figures or not. */
  touch(owner: Owner): void {
    const key = this.key(owner);
    if (this.passes(owner) && this.known(key)) {
      this.active.add(key);
      if (!this.values.has(key)) this.values.set(key, {});
    }
  }

  rows(): StatRow[] {
    const out: StatRow[] = [];
    if (this.groupBy === 'township') {
      for (const t of this.townships) if (!this.chosen || this.chosen.has(t.id)) out.push({ key: t.id, label: t.name, values: this.values.get(t.id) ?? {} });
    } else {
      const order = new Map(this.townships.map((t, i) => [t.id, i]));
      const townshipName = new Map(this.townships.map((t) => [t.id, t.name]));
      const keys = [...this.values.keys()].sort((a, b) => {
        const x = this.names.get(a)!;
        const y = this.names.get(b)!;
        return (order.get(x.townshipId) ?? 1e9) - (order.get(y.townshipId) ?? 1e9) || x.name.localeCompare(y.name, 'zh-CN');
      });
      const rest: Record<string, number> = {};
      let restCount = 0;
      for (const key of keys) {
        const values = this.values.get(key)!;
        if (this.active.has(key)) {
          const { name, townshipId } = this.names.get(key)!;
          out.push({ key, label: name, township: townshipName.get(townshipId) ?? '', values });
        } else {
          restCount += 1;
          for (const [id, v] of Object.entries(values)) addTo(rest, id, v);
        }
      }
      if (restCount > 0) {
        const label = this.groupBy === 'enterprise' ? `其余${restCount}家企业（未参加联建）` : `其余${restCount}个村（未参加联建）`;
        out.push({ key: REST_KEY, label, values: rest });
      }
    }
    if (Object.keys(this.unassigned).length > 0) out.push({ key: UNASSIGNED_KEY, label: UNASSIGNED_LABELS[this.groupBy], values: this.unassigned });
    return out;
  }
}
