import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Catches a view that fails to render (a bug, by STYLE.md §8) so the rest of the app keeps working: the
 * reader sees what failed and can reload. A class, because React offers error boundaries only as one.
 */
export class ViewBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('a view failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="note note-error" role="alert">
        <strong>This view failed to display:</strong> {this.state.error.message}.{' '}
        <button type="button" className="link-button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}
