// Where the 「导入」 button of a registry list leads. The import feature registers its route
// per table at module level in its area.tsx (e.g. registerRegistryImport('villages',
// '/import/villages')); a list whose table has no importer shows no 导入 button.
import type { RegistryTable } from './data';

const routes = new Map<RegistryTable, string>();

export function registerRegistryImport(table: RegistryTable, route: string): void {
  routes.set(table, route);
}

export function importRouteFor(table: RegistryTable): string | undefined {
  return routes.get(table);
}
