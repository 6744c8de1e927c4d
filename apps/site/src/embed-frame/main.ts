// The client script of the iframe embed page (/embed/{element}): gives the element its newsroom look,
// sends links to the top window, and reports the page's height to the parent in our own message,
// WordPress's embed protocol and AMP's embed-size, whenever it changes.
import { heightMessages, wordPressSecret } from '../height-messages.ts';
import { EMBED_ELEMENTS, NEWSROOM_THEMES, type NewsroomThemeId } from '@chitieu/embed';
import './frame.css';

const root = document.documentElement;

// Through the CSSOM: the page's Content Security Policy allows no style attribute.
const theme = root.dataset['theme'];
if (theme !== undefined && Object.hasOwn(NEWSROOM_THEMES, theme)) {
  for (const element of document.querySelectorAll<HTMLElement>(EMBED_ELEMENTS.join(', '))) {
    for (const [name, value] of Object.entries(NEWSROOM_THEMES[theme as NewsroomThemeId].properties)) element.style.setProperty(name, value);
  }
}

// A page that arrived with its figure drawn (the API's embed-page.ts) has the element's code preloaded
// and runs it here, once that figure is on screen: from the cache it would otherwise run before the
// first paint. A frame the browser does not paint (off screen) runs it after a moment all the same.
if (document.querySelector('.drawn')) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/widgets/v1/chitieu.js';
    document.head.append(script);
  };
  requestAnimationFrame(() => setTimeout(start));
  setTimeout(start, 1000);
}

// The element's source link opens a new tab; inside an embed it should lead the reader's own window there.
document.addEventListener(
  'click',
  (event) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (link?.target === '_blank') link.target = '_top';
  },
  true,
);

if (window.parent !== window) {
  const secret = wordPressSecret(location.hash);
  let reported = -1;
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === reported) return;
    reported = height;
    for (const message of heightMessages(height, secret)) window.parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(root);
  // A parent that starts listening late (WordPress adds its listener on DOMContentLoaded) asks again.
  window.addEventListener('load', () => {
    reported = -1;
    report();
  });
}
