// Names typed into the quick grid or an imported sheet → person ids. The persons of the
// pairing's two sides come first; a name is never guessed between two people.
import type { Person } from './types';
import { normalizeText } from './normalize';
import { fail, ok, type Result } from './result';

export function personResolver(persons: readonly Pick<Person, 'id' | 'name' | 'orgId' | 'deleted'>[], sideOrgIds: readonly string[]): (name: string) => Result<string> {
  const live = persons.filter((p) => !p.deleted);
  return (raw) => {
    const name = normalizeText(raw);
    const sides = live.filter((p) => p.name === name && p.orgId && sideOrgIds.includes(p.orgId));
    if (sides.length === 1) return ok(sides[0].id);
    if (sides.length > 1) return fail(`联建双方有 ${sides.length} 人名为「${name}」，请在表单中逐条选择`);
    const all = live.filter((p) => p.name === name);
    if (all.length === 1) return ok(all[0].id);
    if (all.length > 1) return fail(`人员库中有 ${all.length} 人名为「${name}」，且都不属于联建双方，请在表单中逐条选择`);
    return fail(`人员库中没有「${name}」，请先在「信息库 · 人员」中添加`);
  };
}
