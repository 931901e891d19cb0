// A small JSON file in userData for the few settings the main process owns (the last
// folder the user saved to, the backup folder). Unreadable or foreign content is ignored
// rather than trusted: the worst case is a dialog opening in the documents folder.
import path from 'node:path';
import { mkdir, readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

export const CONFIG_FILE_NAME = 'host-settings.json';

const HostConfig = z.object({
  lastFolder: z.string().min(1).max(4096).optional().catch(undefined),
  backupFolder: z.string().min(1).max(4096).optional().catch(undefined),
});
export type HostConfig = z.infer<typeof HostConfig>;

export type ConfigStore = {
  read(): Promise<HostConfig>;
  update(patch: Partial<HostConfig>): Promise<void>;
};

export function createConfigStore(userDataDir: string): ConfigStore {
  const file = path.join(userDataDir, CONFIG_FILE_NAME);
  // Writes run one after another so two quick saves cannot interleave their read-modify-write.
  let queue: Promise<unknown> = Promise.resolve();

  const read = async (): Promise<HostConfig> => {
    try {
      const parsed = HostConfig.safeParse(JSON.parse(await readFile(file, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  };

  const update = (patch: Partial<HostConfig>): Promise<void> => {
    const next = queue.then(async () => {
      const merged = { ...(await read()), ...patch };
      await mkdir(userDataDir, { recursive: true });
      await writeFileAtomic(file, new TextEncoder().encode(JSON.stringify(merged, null, 2)));
    });
    queue = next.catch(() => undefined);
    return next;
  };

  return { read, update };
}
