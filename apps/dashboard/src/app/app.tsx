import { RouterProvider } from 'react-router-dom';
import { AppProviders } from './providers';
import { router } from './router';
import { SessionWatcher } from './session-watcher';

export function App() {
  return (
    <AppProviders>
      <SessionWatcher />
      <RouterProvider router={router} />
    </AppProviders>
  );
}
