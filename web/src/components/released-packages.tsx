import { useState } from 'react';
import type { Issue, Package, RobustnessReport } from '../api/contract.js';
import { useApp } from '../session.js';
import { ErrorNote } from './status.js';
import { isSamePackage, percent } from '../logic/robustness-rows.js';

/**
 * The mediators' choice of packages for the delegates (issue 17): the most frequent Nash packages of the last
 * run, each with a button to release it, and the packages already released, each with one to withdraw it. A
 * delegate's robustness run gives its own party's acceptance of every released package, and of no other.
 */
export function ReleasedPackages({
  processId,
  issues,
  report,
  released,
  onChange,
}: {
  processId: string;
  issues: readonly Issue[];
  report: RobustnessReport;
  released: readonly Package[];
  onChange: (packages: Package[]) => void;
}) {
  const { api } = useApp();
  const [error, setError] = useState<Error | null>(null);
  const [isSaving, setSaving] = useState(false);
  const save = (packages: Package[]) => {
    setSaving(true);
    setError(null);
    api.releasePackages(processId, packages).then(
      (answer) => {
        setSaving(false);
        onChange(answer.packages);
      },
      (failure: unknown) => {
        setSaving(false);
        setError(failure instanceof Error ? failure : new Error(String(failure)));
      },
    );
  };
  const describe = (pkg: Package) =>
    issues
      .map(
        (issue) =>
          `${issue.title}: ${issue.options.find((o) => o.id === pkg[issue.id])?.label ?? pkg[issue.id]}`,
      )
      .join(' · ');
  const candidates = report.solutions.slice(0, 5);
  return (
    <>
      <p className="muted">
        A delegate sees how likely its own party accepts each package released here, and no other package.
      </p>
      {error && <ErrorNote error={error} />}
      <ul className="package-list">
        {candidates.map((s, i) => {
          const isReleased = released.some((r) => isSamePackage(r, s.package));
          return (
            <li key={i}>
              <strong>Nash package {i + 1}</strong> ({percent(s.nash)} of samples){' '}
              <button
                type="button"
                disabled={isReleased || isSaving || released.length >= 20}
                onClick={() => save([...released, s.package])}
              >
                {isReleased ? 'Released' : `Release Nash package ${i + 1} to delegates`}
              </button>
              {describe(s.package)}
            </li>
          );
        })}
      </ul>
      <h3>Released to the delegates</h3>
      {released.length === 0 ? (
        <p className="muted">Nothing released yet.</p>
      ) : (
        <ul className="package-list released-list">
          {released.map((pkg, i) => (
            <li key={i}>
              <strong>Released package {i + 1}</strong>{' '}
              <button
                type="button"
                disabled={isSaving}
                onClick={() => save(released.filter((_, k) => k !== i))}
              >
                Withdraw released package {i + 1}
              </button>
              {describe(pkg)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
