import { useSyncExternalStore } from 'react';

// antd's md and lg breakpoints (Grid, ResponsiveTable): below md is a phone, below lg the side
// navigation gives way to a drawer.
export const PHONE_QUERY = '(max-width: 767.98px)';
export const DESKTOP_QUERY = '(min-width: 992px)';
/** The system setting "reduce motion" (macOS, iOS, Windows, Android all have one). */
export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/**
 * Whether a media query matches, right from the first render (antd's Grid.useBreakpoint knows
 * nothing until an effect has run, so a phone would first draw the desktop shell).
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
