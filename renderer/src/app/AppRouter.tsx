// The frame and its routes. Loaded after the first-start check (App.tsx), not with the entry:
// creating the router starts loading the page at the current address, which the first-start
// screen of a fresh profile does not show, and react-router is not needed before it either.
import { createHashRouter, RouterProvider } from 'react-router';
import { AppLayout } from './AppLayout';
import { AREAS } from './areas';
import { NotFound, PageError } from './PageError';

const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    // A failing page shows its error inside the frame (the menu stays); only an error of the
    // frame itself reaches the ErrorBoundary around the router.
    children: [{ errorElement: <PageError />, children: [...AREAS.flatMap((a) => a.routes), { path: '*', element: <NotFound /> }] }],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
