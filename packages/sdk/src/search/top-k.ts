/**
 * The first `k` items in `compare` order, without sorting all of them: a heap keeps the best
 * `k` seen so far with the worst on top. `compare` must be a total order.
 */
export function topK(items: ArrayLike<number>, k: number, compare: (a: number, b: number) => number): number[] {
  if (k <= 0) return [];
  if (k >= items.length) return Array.from(items).sort(compare);
  const heap: number[] = [];
  const swap = (i: number, j: number): void => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  const siftUp = (i: number): void => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compare(heap[i]!, heap[parent]!) <= 0) return;
      swap(i, parent);
      i = parent;
    }
  };
  const siftDown = (i: number): void => {
    for (;;) {
      let worst = i;
      const left = 2 * i + 1;
      if (left < heap.length && compare(heap[left]!, heap[worst]!) > 0) worst = left;
      if (left + 1 < heap.length && compare(heap[left + 1]!, heap[worst]!) > 0) worst = left + 1;
      if (worst === i) return;
      swap(i, worst);
      i = worst;
    }
  };
  for (let n = 0; n < items.length; n++) {
    const item = items[n]!;
    if (heap.length < k) {
      heap.push(item);
      siftUp(heap.length - 1);
    } else if (compare(item, heap[0]!) < 0) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort(compare);
}
