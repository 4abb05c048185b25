import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { Loaded } from './status.js';
import { KindBadge } from './chips.js';
import { buildNwayRows } from '../logic/nway-rows.js';
import type { NwayRow } from '../logic/nway-rows.js';
import { WindowList } from './window-list.js';
import { codedPackage } from '../../../src/analysis/index.js';
import { possibleOptions } from '../../../src/model/index.js';
import type { ProcessData } from '../views/process-shell.js';

/**
 * Three or more proposals at once: the option each codes per issue, and where each provision of the
 * first proposal (the base) went in the others.
 */
export function NwayMatrix({ data, ids }: { data: ProcessData; ids: string[] }) {
  const { api } = useApp();
  const { process } = data;
  const [baseId, ...others] = ids;
  const [resource, reload] = useResource(`nway:${process.id}:${ids.join(',')}`, async () => {
    const proposals = await Promise.all(ids.map((id) => api.readProposal(process.id, id)));
    const reports = await Promise.all(others.map((id) => api.compare(process.id, baseId!, id)));
    return { proposals, reports };
  });
  return (
    <Loaded resource={resource} what="the comparisons" onRetry={reload}>
      {({ proposals, reports }) => {
        const packages = proposals.map((p) => codedPackage(p, process.issues));
        const base = proposals[0]!;
        const { rows, added } = buildNwayRows(
          base.provisions.map((p) => p.num),
          reports,
        );
        const textOf = new Map(base.provisions.map((p) => [p.num, p.text]));
        const coded = process.issues.filter((issue) => packages.some((pkg) => pkg.has(issue.id)));
        return (
          <>
            <section className="card">
              <h2>Issues across proposals</h2>
              <div className="table-scroll">
                <table className="data-table matrix-table">
                  <thead>
                    <tr>
                      <th scope="col">Issue</th>
                      {proposals.map((p) => (
                        <th scope="col" key={p.id}>
                          {p.title}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {coded.map((issue) => {
                      const options = packages.map(
                        (pkg) =>
                          possibleOptions(pkg.get(issue.id))
                            ?.map((o) => o.id)
                            .join('|') ?? null,
                      );
                      const isUnanimous = options.every((o) => o !== null && o === options[0]);
                      return (
                        <tr key={issue.id} className={isUnanimous ? '' : 'differs'}>
                          <th scope="row">{issue.title}</th>
                          {packages.map((pkg, i) => {
                            const c = pkg.get(issue.id);
                            return (
                              <td key={proposals[i]!.id}>
                                {c ? (
                                  `${'alternatives' in c ? `[${c.alternatives.map((o) => o.label).join(' / ')}]` : c.option.label}${c.provisions.length > 0 ? ` (${c.provisions.join(', ')})` : ' (implied by silence)'}`
                                ) : (
                                  <span className="muted">open</span>
                                )}
                              </td>
                            );
                          })}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </section>
            <section className="card">
              <h2>Provisions of {base.title} in the others</h2>
              <div
                className="nway-head nway-grid"
                style={{ gridTemplateColumns: `5rem repeat(${proposals.length - 1}, minmax(0, 1fr))` }}
                aria-hidden="true"
              >
                <span>{base.id}</span>
                {proposals.slice(1).map((p, i) => (
                  <span key={p.id}>
                    {p.title} <span className="muted">(+{added[i]} added)</span>
                  </span>
                ))}
              </div>
              <WindowList
                items={rows}
                keyOf={numOfRow}
                classOf={() => 'nway-grid'}
                render={(row) => (
                  <div
                    className="nway-cells"
                    style={{ gridTemplateColumns: `5rem repeat(${proposals.length - 1}, minmax(0, 1fr))` }}
                  >
                    <strong title={textOf.get(row.num)}>{row.num}</strong>
                    {row.counterparts.map((c, i) => (
                      <span key={proposals[i + 1]!.id} aria-label={`in ${proposals[i + 1]!.title}`}>
                        {c ? (
                          <>
                            <KindBadge kind={c.kind} /> {c.nums.join(', ')}
                          </>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </span>
                    ))}
                  </div>
                )}
                className="nway-rows"
                label={`Provisions of ${base.title} in the others`}
              />
            </section>
          </>
        );
      }}
    </Loaded>
  );
}

const numOfRow = (row: NwayRow) => row.num;
