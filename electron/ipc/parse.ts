import type { ParseService } from '../services/parse-spreadsheet';
import type { Handle } from './handle';

export function setupParseIpc(deps: { handle: Handle; parser: ParseService }): void {
  const { handle, parser } = deps;
  handle('parseSpreadsheet', (_event, req) => parser.parse(req));
  handle('parseProgress', async (_event, req) => parser.progress(req));
  handle('cancelParse', async (_event, req) => parser.cancel(req));
}
