// Route-level code splitting: a page's module (and the libraries only it uses) loads when the
// page is first opened, so the first screen loads only the frame. `lazyRoute` is for routes
// (the router keeps the current page until the next one has loaded); `lazyComponent` for a
// component registered by another feature, such as a detail tab (shown inside Suspense).
import { lazy, type ComponentType } from 'react';

type Module = Record<string, unknown>;

/** A route's `lazy` property for the named page export of a module. */
export function lazyRoute<M extends Module>(load: () => Promise<M>, name: keyof M & string): () => Promise<{ Component: ComponentType }> {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

/** A component that loads its module on first render (render it inside <Suspense>). */
export function lazyComponent<P extends object, M extends Module = Module>(load: () => Promise<M>, name: keyof M & string): ComponentType<P> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<P> }));
}
