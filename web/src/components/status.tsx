import type { ReactNode } from 'react';
import type { Resource } from '../use-resource.js';

/** A calm "loading" line that screen readers announce. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}

/** A failed request, in words, with a retry when one makes sense. */
export function ErrorNote({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  return (
    <div className="note note-error" role="alert">
      <strong>Could not complete this:</strong> {error.message}
      {onRetry && (
        <button type="button" className="link-button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** A note that something exists but the server withholds it from the caller. */
export function Withheld({ children }: { children: ReactNode }) {
  return (
    <p className="note note-withheld">
      <strong>Withheld: </strong>
      {children}
    </p>
  );
}

/** Renders a resource: loading, its error, or `children(data)`. */
export function Loaded<T>({
  resource,
  what,
  onRetry,
  children,
}: {
  resource: Resource<T>;
  what: string;
  onRetry?: () => void;
  children: (data: T) => ReactNode;
}) {
  if (resource.status === 'loading') return <Loading what={what} />;
  if (resource.status === 'failed') return <ErrorNote error={resource.error} onRetry={onRetry} />;
  return <>{children(resource.data)}</>;
}
