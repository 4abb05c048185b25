import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import type { Case } from '../model/index.js';
import { caseFromFiles, loadCase } from '../io/index.js';
import { storeTargets } from '../store/store-targets.test-support.js';
import { readCaseArchive, writeCaseArchive } from './archive.js';
import { openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

const demoDir = fileURLToPath(new URL('../../cases/ukraine-2025', import.meta.url));

/** The case files of a folder exactly as they are on disk. */
async function folderFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map([['case.yaml', await readFile(`${dir}/case.yaml`, 'utf8')]]);
  for (const folder of ['proposals', 'positions']) {
    for (const name of (await readdir(`${dir}/${folder}`)).sort())
      files.set(`${folder}/${name}`, await readFile(`${dir}/${folder}/${name}`, 'utf8'));
  }
  return files;
}

const withoutOffsets = (c: Case): Case => ({
  ...c,
  proposals: c.proposals.map((p) => ({
    ...p,
    provisions: p.provisions.map(({ start: _start, end: _end, ...rest }) => rest),
  })),
});

describe.each(storeTargets())('import and export of the demo case on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());

  /** The imported demo process exported by a mediator (made one of it), read back as a case. */
  const exportedByMediator = async (format?: 'tar' | 'zip') => {
    await h.store.setMembership({
      userId: h.userIds.mediator,
      processId: 'ukraine-2025',
      role: 'mediator',
      party: null,
    });
    const exported = await h.app.inject({
      url: `/api/processes/ukraine-2025/export${format === undefined ? '' : `?format=${format}`}`,
      headers: { authorization: `Bearer ${h.tokens.mediator}` },
    });
    expect(exported.statusCode).toBe(200);
    const read = await readCaseArchive(exported.rawPayload);
    if (!read.ok) throw new Error(read.message);
    return caseFromFiles(read.files);
  };

  test("the mediators' estimates travel with the case: imported into the store, exported to estimates/", async () => {
    const files = await folderFiles(demoDir);
    const ru = files.get('positions/ru.yaml')!;
    files.set('estimates/ru.yaml', ru.replace(/^reservation: .*$/m, 'reservation: 10..30'));
    const upload = await writeCaseArchive(files, 'ukraine-2025', 'tar');
    const imported = await h.app.inject({
      method: 'POST',
      url: '/api/processes',
      headers: { authorization: `Bearer ${h.tokens.admin}`, 'content-type': 'application/x-tar' },
      payload: upload,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    onTestFinished(() => h.store.deleteProcess('ukraine-2025').then(() => undefined));
    const original = caseFromFiles(files);
    if (!original.ok) throw new Error('the demo case with an estimate does not load');
    expect((await h.store.listEstimates('ukraine-2025')).map((e) => e.value)).toEqual(
      original.value.estimates,
    );
    const roundTrip = await exportedByMediator();
    expect(roundTrip.ok && roundTrip.value.estimates).toEqual(original.value.estimates);
    expect(roundTrip.ok && withoutOffsets(roundTrip.value)).toEqual(withoutOffsets(original.value));
  });

  test('the packages the mediators released travel with the case; a wrong one refuses the archive at its line', async () => {
    const files = await folderFiles(demoDir);
    const demo = caseFromFiles(files);
    if (!demo.ok) throw new Error('the demo case does not load');
    const released = [0, 1].map((k) =>
      Object.fromEntries(demo.value.issues.map((i) => [i.id, i.options[k % i.options.length]!.id])),
    );
    const yamlOf = (packages: Record<string, string>[]) =>
      'packages:\n' +
      packages
        .map((pkg) =>
          Object.entries(pkg)
            .map(([issue, option], j) => `${j === 0 ? '  - ' : '    '}${issue}: ${option}\n`)
            .join(''),
        )
        .join('');
    const upload = (text: string) =>
      writeCaseArchive(new Map([...files, ['released-packages.yaml', text]]), 'ukraine-2025', 'zip');
    const importArchive = async (payload: Buffer) =>
      h.app.inject({
        method: 'POST',
        url: '/api/processes',
        headers: { authorization: `Bearer ${h.tokens.admin}`, 'content-type': 'application/zip' },
        payload,
      });

    // An option the issue does not have: refused whole with the file and line, and no process is created.
    const [firstIssue] = demo.value.issues;
    const wrong = yamlOf([released[0]!, { ...released[1]!, [firstIssue!.id]: 'no-such-option' }]);
    const refused = await importArchive(await upload(wrong));
    expect(refused.statusCode, refused.body).toBe(422);
    const line = 2 + demo.value.issues.length;
    expect(refused.json()).toMatchObject({
      code: 'invalid_case',
      errors: [
        { path: `released-packages.yaml:${line}`, message: expect.stringContaining('no-such-option') },
      ],
    });
    expect(await h.store.readReleasedPackages('ukraine-2025')).toBeUndefined();

    const imported = await importArchive(await upload(yamlOf(released)));
    expect(imported.statusCode, imported.body).toBe(201);
    onTestFinished(() => h.store.deleteProcess('ukraine-2025').then(() => undefined));
    expect(await h.store.readReleasedPackages('ukraine-2025')).toEqual(released);
    const roundTrip = await exportedByMediator();
    expect(roundTrip.ok && roundTrip.value.releasedPackages).toEqual(released);
  });

  for (const format of ['tar', 'zip'] as const) {
    test(`a ${format} archive of the demo folder imported and exported again gives the same case`, async () => {
      const original = await loadCase(demoDir);
      if (!original.ok) throw new Error('the demo case does not load');
      const upload = await writeCaseArchive(await folderFiles(demoDir), 'ukraine-2025', format);
      const imported = await h.app.inject({
        method: 'POST',
        url: '/api/processes',
        headers: {
          authorization: `Bearer ${h.tokens.admin}`,
          'content-type': format === 'zip' ? 'application/zip' : 'application/x-tar',
        },
        payload: upload,
      });
      expect(imported.statusCode, imported.body).toBe(201);
      onTestFinished(() => h.store.deleteProcess('ukraine-2025').then(() => undefined));
      const roundTrip = await exportedByMediator(format);
      // Offsets are positions in the text a provision was read from, which the written file lays out anew
      // (io's caseToFiles says so); everything the case means must come back unchanged.
      expect(roundTrip.ok && withoutOffsets(roundTrip.value)).toEqual(withoutOffsets(original.value));
      // Ukraine's 2022 position went into the history as the version before the current one, with its date.
      expect(original.value.earlierPositions?.map((p) => `${p.party}@${p.asOf}`)).toEqual(['ua@2022-03-29']);
      const history = await h.store.listRevisions('ukraine-2025', 'position', 'ua');
      expect(history.map((r) => r.value.asOf)).toEqual(['2025-11-20', '2022-03-29']);
    });
  }
});
