import { RefObject, useCallback, useEffect, useState } from 'react';

/**
 * Whether a scroll box is scrolled away from its left edge, and whether more
 * of its content lies to the right — for the hints that say it scrolls.
 */
export function useHorizontalScroll(ref: RefObject<HTMLElement>) {
  const [state, setState] = useState({ scrolled: false, more: false });
  const measure = useCallback(() => {
    const box = ref.current;
    if (!box) {
      return;
    }
    const scrolled = box.scrollLeft > 0;
    const more = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
    setState(current =>
      current.scrolled === scrolled && current.more === more
        ? current
        : { scrolled, more },
    );
  }, [ref]);

  useEffect(() => {
    const box = ref.current;
    measure();
    if (!box || typeof ResizeObserver === 'undefined') {
      return undefined;
    }
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) {
      observer.observe(box.firstElementChild);
    }
    return () => observer.disconnect();
  }, [ref, measure]);

  return { ...state, onScroll: measure };
}
