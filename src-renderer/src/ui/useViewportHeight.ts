import { useEffect, useState } from 'react';

/** Window height minus `offset`, kept current on resize; virtual tables need a pixel height. */
export function useViewportHeight(offset: number, min = 240): number {
  const [h, setH] = useState(() => Math.max(min, window.innerHeight - offset));
  useEffect(() => {
    const onResize = () => setH(Math.max(min, window.innerHeight - offset));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [offset, min]);
  return h;
}
