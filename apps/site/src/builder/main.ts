// The embed builder (/builder): a form, a live preview of the real element (through the hosted
// script, as a news page loads it), the measured height to reserve, the four codes, and the text a
// screen reader and a reader without JavaScript get.
import { LANGS, resolveLang } from '@chitieu/domain';
import { EMBED_ELEMENT_SPECS, embedQuery, isEmbedElement, NEWSROOM_THEMES, parseEmbedQuery, type EmbedParams, type NewsroomThemeId } from '@chitieu/embed';
import { embedCodes, reservationStyle, type EmbedCodes } from '../embed-codes.ts';
import { describeEmbedFigures, PHONE_WIDTH } from '../embed-figures.ts';
import '../desk/org-picker.ts';
import { setupTabs } from './tabs.ts';

const form = document.querySelector<HTMLFormElement>('#embed-form')!;
const orgPicker = form.querySelector('desk-org-picker')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const measure = document.querySelector<HTMLElement>('#measure')!;
const phone = document.querySelector<HTMLInputElement>('#phone')!;
const dark = document.querySelector<HTMLInputElement>('#dark')!;

function status(id: string, text: string): void {
  document.querySelector(`#${id}`)!.textContent = text;
}

function field(name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** The form as embed parameters (through the same reader as the embed pages), and the chosen width. */
function readForm(): { params: EmbedParams; width: number | null } | { error: string } {
  const element = field('element');
  if (!isEmbedElement(element)) return { error: 'element' };
  const theme = field('theme');
  const query = new URLSearchParams({ org: orgPicker.value ?? '', lang: field('lang') });
  const takes = EMBED_ELEMENT_SPECS[element].params;
  if (takes.includes('period')) query.set('period', field('period'));
  if (takes.includes('sort') && field('sort') !== 'percent') query.set('sort', field('sort'));
  if (takes.includes('highlight') && field('highlight')) query.set('highlight', field('highlight'));
  // The pin: live (nothing), a revision, or a day; an empty or unfinished pin is refused, not dropped.
  const pin = field('pin');
  if (pin === 'revision') query.set('revision', field('revision'));
  if (pin === 'as-of') query.set('as-of', field('as-of'));
  if (Object.hasOwn(NEWSROOM_THEMES, theme)) {
    query.set('theme', theme);
    query.set('color-scheme', NEWSROOM_THEMES[theme as NewsroomThemeId].colorScheme);
  } else {
    query.set('color-scheme', theme);
  }
  if (field('label')) query.set('label', field('label'));
  const params = parseEmbedQuery(element, query);
  if ('error' in params) return params;
  const width = Number(field('width')) || null;
  return { params, width };
}

/** A fresh element showing `params`, styled through the CSSOM (the page's CSP allows no style attribute). */
function createElement(params: EmbedParams, width: number | null, readerDark: boolean): HTMLElement {
  const element = document.createElement(params.element);
  for (const [name, value] of new URLSearchParams(embedQuery(params))) if (name !== 'theme') element.setAttribute(name, value);
  if (readerDark && params.colorScheme === 'auto' && params.theme === null) element.setAttribute('color-scheme', 'dark');
  for (const declaration of reservationStyle({ params, width, height: 0 }).split(';')) {
    const [name, ...value] = declaration.split(':');
    if (name && name !== 'min-height') element.style.setProperty(name, value.join(':'));
  }
  return element;
}

function loaded(element: HTMLElement): Promise<boolean> {
  return new Promise((resolve) => {
    element.addEventListener('chitieu-load', () => resolve(true), { once: true });
    element.addEventListener('chitieu-error', () => resolve(false), { once: true });
  });
}

/** What assistive technology reads from the rendered element: its value text, its table, its legend. */
function screenReaderText(element: HTMLElement): string[] {
  const root = element.shadowRoot;
  if (!root) return [];
  const lines: string[] = [];
  const title = root.querySelector('[part="title"]')?.textContent?.trim();
  if (title) lines.push(title);
  const meter = root.querySelector('[role="meter"]');
  if (meter) lines.push(meter.getAttribute('aria-valuetext') ?? '');
  for (const item of root.querySelectorAll('[part="legend"] li')) lines.push(item.textContent?.trim() ?? '');
  for (const row of root.querySelectorAll('[part~="total"], [part~="sum"], [part~="difference"]')) lines.push(row.textContent?.trim() ?? '');
  for (const row of root.querySelectorAll('table tbody tr')) {
    lines.push([...row.children].map((cell) => cell.textContent?.trim()).join(' — '));
  }
  for (const part of root.querySelectorAll('[part="footer"] > *')) lines.push(part.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  return lines.filter(Boolean);
}

function showCodes(codes: EmbedCodes): void {
  const values: Record<string, string> = {
    'code-script': codes.script,
    'code-iframe': codes.iframe,
    'code-link': codes.link,
    'code-image': codes.image,
    'code-png': codes.png,
    'code-svg': codes.svg,
  };
  for (const [id, value] of Object.entries(values)) document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!.value = value;
}

function showScreenReaderText(lines: string[]): void {
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  document.querySelector('#alt-screen-reader')!.replaceChildren(list);
}

let generation = 0;

/** Redraws the preview and the codes for the form as it is now; a newer call wins over an older one. */
async function update(): Promise<void> {
  const current = ++generation;
  const chosen = field('element');
  // A field shows when the chosen element takes its parameter (the embed contract's registry says which).
  for (const element of form.querySelectorAll<HTMLElement>('[data-param]')) {
    element.hidden = isEmbedElement(chosen) && !(EMBED_ELEMENT_SPECS[chosen].params as readonly string[]).includes(element.dataset['param'] ?? '');
  }
  for (const element of form.querySelectorAll<HTMLElement>('[data-pin]')) element.hidden = element.dataset['pin'] !== field('pin');
  const read = readForm();
  if ('error' in read) {
    status('preview-status', `Chưa xem trước được: ${read.error}. · Cannot preview yet: ${read.error}.`);
    return;
  }
  const { params, width } = read;
  const previewWidth = phone.checked ? PHONE_WIDTH : width;
  preview.style.setProperty('max-width', previewWidth === null ? 'none' : `${previewWidth}px`);
  document.querySelector<HTMLElement>('#preview-frame')!.classList.toggle('reader-dark', dark.checked);
  const shown = createElement(params, width, dark.checked);
  const measured = createElement(params, width, false);
  measure.style.setProperty('width', `${width ?? PHONE_WIDTH}px`);
  const settled = Promise.all([loaded(shown), loaded(measured), describeEmbedFigures(params).catch(() => null)]);
  preview.replaceChildren(shown);
  measure.replaceChildren(measured);
  status('preview-status', 'Đang tải số liệu… · Loading figures…');
  const [ok, , text] = await settled;
  if (current !== generation) return;
  if (!ok || text === null) {
    status('preview-status', 'Không có số liệu cho lựa chọn này. · No figures for this choice.');
    return;
  }
  const height = measured.getBoundingClientRect().height;
  status('preview-status', `Chiều cao giữ chỗ: ${Math.ceil(height)} px · Reserved height: ${Math.ceil(height)} px`);
  showCodes(embedCodes({ origin: location.origin, params, width, height, summary: text.summary, title: text.title }));
  document.querySelector('#alt-no-js')!.textContent = text.summary;
  showScreenReaderText(screenReaderText(shown));
}

function suggestPeriods(): void {
  const year = new Date().getFullYear();
  const periods = [String(year), String(year - 1), '2024', '2025-2030', '2020-2025'];
  document.querySelector('#periods')!.replaceChildren(...[...new Set(periods)].map((period) => new Option(period)));
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const source = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${button.dataset['copy']}`)!;
  try {
    await navigator.clipboard.writeText(source.value);
  } catch {
    source.select();
  }
  status('copy-status', 'Đã sao chép. · Copied.');
}

let timer = 0;
function scheduleUpdate(): void {
  clearTimeout(timer);
  timer = window.setTimeout(() => void update(), 250);
}

// The organisation picker's typing stays inside it (a search, not a choice); its `change` says when the organisation changes.
form.addEventListener('input', scheduleUpdate);
form.addEventListener('change', scheduleUpdate);
form.addEventListener('submit', (event) => event.preventDefault());
phone.addEventListener('change', scheduleUpdate);
dark.addEventListener('change', scheduleUpdate);
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) button.addEventListener('click', () => void copy(button));
setupTabs(document.querySelector<HTMLElement>('#code-tabs')!);

// A link to the builder may carry a choice (?element=party-cell-map&lang=en, or the data desk's
// ?org=…&period=…&revision=…), e.g. from the demo article.
const start = new URLSearchParams(location.search);
const startElement = start.get('element') ?? '';
const startLang = start.get('lang');
if (isEmbedElement(startElement)) form.querySelector<HTMLInputElement>(`input[name="element"][value="${startElement}"]`)!.checked = true;
if (startLang !== null && (LANGS as readonly string[]).includes(startLang)) {
  form.querySelector<HTMLInputElement>(`input[name="lang"][value="${resolveLang(startLang)}"]`)!.checked = true;
}
const startOrg = start.get('org');
if (startOrg !== null && startOrg !== '') orgPicker.value = startOrg;
const startPeriod = start.get('period');
if (startPeriod !== null) form.querySelector<HTMLInputElement>('#period')!.value = startPeriod;
for (const [name, pin, input] of [
  ['revision', 'revision', '#revision'],
  ['as-of', 'as-of', '#as-of'],
] as const) {
  const value = start.get(name);
  if (value === null) continue;
  form.querySelector<HTMLInputElement>(`input[name="pin"][value="${pin}"]`)!.checked = true;
  form.querySelector<HTMLInputElement>(input)!.value = value;
}
suggestPeriods();
void update();
