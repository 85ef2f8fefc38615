import { createTheme, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { ProblemError, setUnauthenticatedHandler } from './api/client';
import { SESSION_KEY } from './features/auth/session';
import { AppRoutes } from './routes/AppRoutes';

// Shades chosen for WCAG AA contrast (Mantine's default filled blue is 3.6:1 on white text).
const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ProblemError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});

// A 401 on any signed-in request means the session ended: forget it, the router shows sign-in.
setUnauthenticatedHandler(() => {
  queryClient.setQueryData(SESSION_KEY, null);
});

export function App() {
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="light"
      cssVariablesResolver={() => ({
        variables: {},
        light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
        dark: {},
      })}
    >
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
