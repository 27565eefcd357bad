import type { UiState } from './types';

export type Listener = (state: UiState, previous: UiState) => void;

/** The one place UI state lives: features read it, propose changes, and redraw when told. */
export interface Store {
  get(): UiState;
  set(patch: Partial<UiState>): void;
  subscribe(listener: Listener): () => void;
}

/** Creates a store; listeners run synchronously after each change that alters something. */
export function createStore(initial: UiState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch) {
      const previous = state;
      const next = { ...state, ...patch };
      const changed = (Object.keys(patch) as (keyof UiState)[]).some((key) => next[key] !== previous[key]);
      if (!changed) return;
      state = next;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
