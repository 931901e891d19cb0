// A form (drawer or modal) whose module loads when it is first opened, not with the page that
// offers it: a list page opens without the form's fields, pickers and schemas. From its first
// open on it stays mounted, so that closing plays the drawer's or modal's own close.
import { Suspense, useState, type ComponentType } from 'react';
import { lazyComponent } from '../../app/lazy';

type Module = Record<string, unknown>;

/** The named form component of a module, loaded on its first `open`. */
export function lazyForm<P extends { open: boolean }, M extends Module = Module>(load: () => Promise<M>, name: keyof M & string): ComponentType<P> {
  const Form = lazyComponent<P, M>(load, name);
  function LazyForm(props: P) {
    const [used, setUsed] = useState(props.open);
    if (props.open && !used) setUsed(true);
    if (!used && !props.open) return null;
    return (
      <Suspense fallback={null}>
        <Form {...props} />
      </Suspense>
    );
  }
  return LazyForm;
}
