import { useEffect, useState } from 'react';

/**
 * The height of a windowed list's rows: the window's height less what sits above and below the
 * table (`reserved`: the frame, the heading, the search form, the toolbar), at least 320 px.
 */
export function useTableHeight(reserved = 380): number {
  const [height, setHeight] = useState(() => Math.max(320, window.innerHeight - reserved));
  useEffect(() => {
    const onResize = () => setHeight(Math.max(320, window.innerHeight - reserved));
    onResize();
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [reserved]);
  return height;
}
