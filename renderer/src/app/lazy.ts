// Route-level code splitting: a page's module (and the libraries only it uses) loads when the
// page is first opened, so the first screen loads only the frame. `lazyRoute` is for routes
// (the router keeps the current page until the next one has loaded); `lazyComponent` for a
// component registered by another feature, such as a detail tab (shown inside Suspense).
import { createElement, lazy, useState, type ComponentType } from 'react';

type Module = Record<string, unknown>;

/** A route's `lazy` property for the named page export of a module. */
export function lazyRoute<M extends Module>(load: () => Promise<M>, name: keyof M & string): () => Promise<{ Component: ComponentType }> {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

/** A component that loads its module on first render (render it inside <Suspense>). */
export function lazyComponent<P extends object, M extends Module = Module>(load: () => Promise<M>, name: keyof M & string): ComponentType<P> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<P> }));
}

/**
 * A lazy component for a module usually loaded before the component first renders (`preload`
 * called early): then it renders at once instead of suspending. React.lazy suspends on first
 * render even over a module already loaded, and React then holds the revealed content until
 * 300 ms after its fallback was shown (its fallback throttle): a CPU profile of the 人员 list's
 * cold open showed the main thread idle that long before the frame was drawn. Decided once per
 * mount, so a later render never swaps the component (which would remount what it shows).
 */
export function preloadableComponent<P extends object, M extends Module = Module>(
  load: () => Promise<M>,
  name: keyof M & string,
): { preload: () => Promise<M>; Component: ComponentType<P> } {
  let loaded: M | undefined;
  const preload = () => load().then((m) => (loaded = m));
  const Lazy = lazyComponent<P, M>(preload, name);
  function Component(props: P) {
    const [Ready] = useState(() => loaded?.[name] as ComponentType<P> | undefined);
    return createElement(Ready ?? Lazy, props);
  }
  return { preload, Component };
}
