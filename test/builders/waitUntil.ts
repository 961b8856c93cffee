/**
 * Polls `cond` every few ms until it holds. It has no time limit of its own: the jest test's timeout is the
 * limit, so a loaded machine slows a test down instead of failing it.
 */
export async function waitUntil(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((resolve) => setTimeout(resolve, 5));
}
