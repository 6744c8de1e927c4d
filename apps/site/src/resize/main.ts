// /site/v1/resize.js, the optional line under an iframe embed code: sizes every Chỉ Tiêu iframe on the
// page to the height its content reports, so it neither scrolls nor leaves a gap.
import { readHeightMessage } from '../height-messages.ts';

const origin = new URL((document.currentScript as HTMLScriptElement | null)?.src ?? location.href).origin;
const marker = '__chitieuResize';
const holder = window as unknown as Record<string, boolean>;

if (!holder[marker]) {
  holder[marker] = true;
  window.addEventListener('message', (event) => {
    const height = readHeightMessage(event.data);
    if (height === null) return;
    for (const frame of document.querySelectorAll('iframe')) {
      // Only our frames, recognised by their window: a sandboxed frame's messages come from origin "null".
      if (frame.contentWindow !== event.source || !frame.src.startsWith(`${origin}/embed/`)) continue;
      frame.height = String(height);
      frame.style.height = `${height}px`;
    }
  });
}
