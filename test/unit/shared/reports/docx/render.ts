// Renders a .docx through LibreOffice to PDF and reads the PDF back with poppler, so tests
// can check what a printed page would show: page size, where the text sits, the words.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';

const run = promisify(execFile);
const MM_PER_PT = 25.4 / 72;

export type Word = { page: number; xMin: number; yMin: number; xMax: number; yMax: number; text: string };

export type RenderedPdf = {
  pages: number;
  /** Page size in mm, per pdfinfo. */
  pageSizeMm: { width: number; height: number };
  text: string;
  /** Every word's box in mm from the page's top-left corner. */
  words: Word[];
  /** What LibreOffice printed on stderr (warnings about the file would show here). */
  converterStderr: string;
};

function parseBoxes(html: string): Word[] {
  const words: Word[] = [];
  html.split('<page ').slice(1).forEach((chunk, i) => {
    for (const m of chunk.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)) {
      const [xMin, yMin, xMax, yMax] = [m[1], m[2], m[3], m[4]].map((v) => Number(v) * MM_PER_PT);
      words.push({ page: i + 1, xMin, yMin, xMax, yMax, text: m[5] });
    }
  });
  return words;
}

export async function readPdf(pdfPath: string): Promise<Omit<RenderedPdf, 'converterStderr'>> {
  const info = (await run('pdfinfo', [pdfPath])).stdout;
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  if (!size) throw new Error(`pdfinfo: no page size\n${info}`);
  const text = (await run('pdftotext', ['-layout', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  const bbox = (await run('pdftotext', ['-bbox', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  return {
    pages,
    pageSizeMm: { width: Number(size[1]) * MM_PER_PT, height: Number(size[2]) * MM_PER_PT },
    text,
    words: parseBoxes(bbox),
  };
}

/** Converts with a private LibreOffice profile, so parallel runs do not collide. */
export async function renderDocx(bytes: Uint8Array, keepPdfAt?: string): Promise<RenderedPdf> {
  const dir = await mkdtemp(join(tmpdir(), 'cq-docx-'));
  try {
    const docx = join(dir, 'document.docx');
    await writeFile(docx, bytes);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const { stderr } = await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      timeout: 120_000,
    });
    const pdf = join(dir, 'document.pdf');
    if (keepPdfAt) await writeFile(keepPdfAt, await readFile(pdf));
    const converterStderr = stderr
      .split('\n')
      .filter((l) => l.trim() && !/javaldx|java may not function/.test(l))
      .join('\n');
    return { ...(await readPdf(pdf)), converterStderr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Converts several documents in one LibreOffice run (LibreOffice's start-up is most of the
 * time), keeping the PDFs in `keepDir` when given. Returns each document's PDF by name.
 */
export async function renderDocxBatch(docs: Record<string, Uint8Array>, keepDir?: string): Promise<Record<string, RenderedPdf>> {
  const dir = await mkdtemp(join(tmpdir(), 'cq-docx-'));
  try {
    const names = Object.keys(docs);
    const files = await Promise.all(
      names.map(async (name) => {
        const file = join(dir, `${name}.docx`);
        await writeFile(file, docs[name]);
        return file;
      }),
    );
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const { stderr } = await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { timeout: 180_000 });
    const converterStderr = stderr
      .split('\n')
      .filter((l) => l.trim() && !/javaldx|java may not function/.test(l))
      .join('\n');
    const out: Record<string, RenderedPdf> = {};
    for (const name of names) {
      const pdf = join(dir, `${name}.pdf`);
      if (keepDir) await writeFile(join(keepDir, `${name}.pdf`), await readFile(pdf));
      out[name] = { ...(await readPdf(pdf)), converterStderr };
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Lines of a page: words grouped by their baseline (yMax), top to bottom. */
export function linesOf(words: Word[], page: number): Word[][] {
  const lines: Word[][] = [];
  for (const w of words.filter((x) => x.page === page).sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin)) {
    const last = lines.at(-1);
    if (last && Math.abs(last[0].yMax - w.yMax) < 1) last.push(w);
    else lines.push([w]);
  }
  return lines;
}
