import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { messagesReady, msg, onMessagesChange, toLang, type Lang, type Messages } from './messages.js';

export type Dir = 'ltr' | 'rtl';

/** The next node up the composed tree: parent, or the host of a shadow root. */
function composedParent(node: Node): Node | null {
  if (node.parentNode) return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  return node instanceof ShadowRoot ? node.host : null;
}

/** Self and every ancestor element, crossing shadow roots, nearest first. */
function composedAncestors(start: Element): Element[] {
  const out: Element[] = [];
  for (let node: Node | null = start; node; node = composedParent(node)) {
    if (node instanceof Element) out.push(node);
  }
  return out;
}

/**
 * Base class of every `ln-*` element.
 *
 * Resolves the language from its own `lang` attribute or the nearest `lang` up the tree (across
 * shadow roots; `<html lang>` last), and `dir` the same way, and re-renders when any of them
 * changes, when the element moves, or when the host overrides messages with `setMessages`.
 * Subclasses read `this.locale` ('nl' | 'en'), `this.direction` and `this.t` (the messages).
 */
export class LnElement extends LitElement {
  /** The resolved language: 'nl' or 'en' (anything else falls back to Dutch). */
  @state() protected locale: Lang = 'nl';
  /** The resolved writing direction. */
  @state() protected direction: Dir = 'ltr';

  #observer?: MutationObserver;
  #unsubscribeMessages?: () => void;

  /** The messages for the resolved language, with host overrides. */
  protected get t(): Messages {
    return msg(this.locale);
  }

  /** Holds each update until the language's messages are there (English is loaded on first use). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = messagesReady(this.locale);
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observe();
    this.#unsubscribeMessages = onMessagesChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#unsubscribeMessages?.();
    this.#unsubscribeMessages = undefined;
  }

  /** Re-reads lang and dir from the tree; called automatically on changes. */
  protected resolveLocale(): void {
    const chain = composedAncestors(this);
    const langEl = chain.find((el) => el.hasAttribute('lang'));
    const dirEl = chain.find((el) => {
      const d = el.getAttribute('dir')?.toLowerCase();
      return d === 'ltr' || d === 'rtl';
    });
    const lang = toLang(langEl?.getAttribute('lang'));
    const dir = (dirEl?.getAttribute('dir')?.toLowerCase() as Dir | undefined) ?? 'ltr';
    if (lang !== this.locale) this.locale = lang;
    if (dir !== this.direction) this.direction = dir;
  }

  #observe(): void {
    this.#observer?.disconnect();
    this.#observer = new MutationObserver(() => this.resolveLocale());
    // Every ancestor is watched, so a `lang` added or changed anywhere above is seen,
    // including on the hosts of shadow roots we are nested in.
    for (const el of composedAncestors(this)) {
      this.#observer.observe(el, { attributes: true, attributeFilter: ['lang', 'dir'] });
    }
    this.resolveLocale();
  }
}
