/**
 * Runs work right after the browser has produced its next frame: a key that paints a
 * highlight shows it in that frame, and the saving and re-rendering that follow do not
 * delay it. A message from a frame callback arrives after the frame's style, layout and paint.
 */
const FALLBACK_MS = 100;

export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      window.clearTimeout(fallback);
      resolve();
    };
    // A hidden window produces no frames: go on anyway after a short while.
    const fallback = window.setTimeout(finish, FALLBACK_MS);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        finish();
      };
      channel.port2.postMessage(null);
    });
  });
}
