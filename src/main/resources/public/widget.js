/*! talk-archive search widget: <talk-search>. Options and snippet: /embed on the archive. No dependencies. */
(() => {
  'use strict';
  if (!window.customElements || customElements.get('talk-search')) return;

  // document.currentScript is null for async scripts, so fall back to finding our own tag by its src.
  const own = document.currentScript ||
      [].find.call(document.scripts, s => /\/widget\.js([?#]|$)/.test(s.src));
  const SCRIPT_BASE = own ? new URL('.', own.src).href : null;

  const MIN_CHARS = 2, DEBOUNCE_MS = 220, MAX_SUGGESTIONS = 3, MAX_PASSAGES = 2;
  const OFFLINE = 'You are offline. Search needs a connection.';
  const DOWN = 'Search is unavailable right now. Please try again later.';

  // Internal colours read the public custom properties, so a site themes the widget with --ts-* on talk-search.
  const LIGHT = '--_bg:var(--ts-bg,#fff);--_fg:var(--ts-fg,#1f2328);--_mu:var(--ts-muted,#59636e);' +
      '--_ac:var(--ts-accent,#0a58ca);--_bd:var(--ts-border,#c4c9d0);--_hi:var(--ts-active-bg,#e8f0fe);' +
      '--_mk:var(--ts-mark-bg,#fff0a0);--_er:var(--ts-error,#b42318)';
  const DARK = '--_bg:var(--ts-dark-bg,#1c2128);--_fg:var(--ts-dark-fg,#e6edf3);--_mu:var(--ts-dark-muted,#9da7b3);' +
      '--_ac:var(--ts-dark-accent,#79b8ff);--_bd:var(--ts-dark-border,#4a525c);--_hi:var(--ts-dark-active-bg,#2b3a52);' +
      '--_mk:var(--ts-dark-mark-bg,#5c4d00);--_er:var(--ts-dark-error,#ff9b8f)';
  const R = 'var(--ts-radius,.5rem)';
  const CSS = `
:host{all:initial;display:block;position:relative;max-width:var(--ts-width,40rem);color:var(--_fg);
font-family:var(--ts-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);font-size:var(--ts-font-size,1rem);
line-height:1.4;${LIGHT}}
:host([hidden]){display:none}
@media (prefers-color-scheme:dark){:host(:not([theme=light])){${DARK}}}
:host([theme=dark]){${DARK}}
*{box-sizing:border-box}
input{display:block;width:100%;margin:0;font:inherit;color:var(--_fg);background:var(--_bg);
border:1px solid var(--_bd);border-radius:${R};padding:.55em .8em}
input::placeholder{color:var(--_mu)}
input:focus{outline:2px solid var(--_ac);outline-offset:1px}
.pop{position:absolute;z-index:var(--ts-z-index,1000);left:0;right:0;top:calc(100% + 4px);padding:.25em;
background:var(--_bg);border:1px solid var(--_bd);border-radius:${R};box-shadow:0 8px 24px rgb(0 0 0/.2);
max-height:var(--ts-max-height,28rem);overflow:auto}
:host([inline]) .pop{position:static;margin-top:4px;box-shadow:none}
[hidden]{display:none!important}
[role=option]{display:block;padding:.45em .6em;border-radius:calc(${R} - 2px);color:var(--_fg);
text-decoration:none;cursor:pointer}
[role=option]:hover,[aria-selected=true]{background:var(--_hi)}
[aria-selected=true]{outline:1px solid var(--_ac)}
.t{display:block;font-weight:600;color:var(--_ac)}
.m,.h,.msg{display:block;color:var(--_mu);font-size:.85em}
.s{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden;font-size:.9em;margin-top:.15em}
.k{margin-left:.6em;padding:0 .4em;border:1px solid var(--_bd);border-radius:1em;color:var(--_mu);font-size:.72em}
.p{margin-left:1.2em;font-size:.88em}
.c{color:var(--_ac);margin-right:.45em;font-variant-numeric:tabular-nums}
.h{padding:.45em .6em .1em;font-size:.72em;letter-spacing:.05em;text-transform:uppercase}
.msg{padding:.5em .6em}
.err{color:var(--_er)}
.all{font-size:.88em;color:var(--_ac)}
mark{background:var(--_mk);color:inherit;border-radius:2px}
.vh{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const k in attrs) {
      if (attrs[k] == null) continue;
      if (k === 'text') e.textContent = attrs[k]; else e.setAttribute(k, attrs[k]);
    }
    e.append(...kids.filter(k => k != null));
    return e;
  };

  // The API's snippets are escaped HTML in which only <mark> is markup; keep exactly that and nothing else.
  const marked = html => {
    const t = document.createElement('template');
    t.innerHTML = html == null ? '' : String(html);
    const out = document.createDocumentFragment();
    for (const n of t.content.childNodes) {
      out.append(n.nodeName === 'MARK' ? el('mark', {text: n.textContent}) : n.textContent);
    }
    return out;
  };

  const clock = sec => {
    const s = Math.max(0, Math.floor(sec || 0)), h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60;
    const two = n => String(n).padStart(2, '0');
    return (h ? h + ':' + two(m) : m) + ':' + two(s % 60);
  };

  const day = iso => {
    const d = new Date(iso + 'T00:00:00Z');
    return isNaN(d) ? iso : d.toLocaleDateString(document.documentElement.lang || undefined,
        {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
  };

  let sheet = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  } catch (e) {
    sheet = null;
  }

  let instances = 0;

  class TalkSearch extends HTMLElement {
    static get observedAttributes() { return ['placeholder', 'label']; }

    connectedCallback() {
      if (!this.shadowRoot) this.build();
    }

    disconnectedCallback() {
      clearTimeout(this.timer);
      if (this.ctl) this.ctl.abort();
    }

    attributeChangedCallback() {
      if (this.input) this.labelInput();
    }

    build() {
      const id = 'ts' + (++instances);
      const root = this.attachShadow({mode: 'open'});
      this.input = el('input', {type: 'text', role: 'combobox', 'aria-autocomplete': 'list',
        'aria-expanded': 'false', 'aria-controls': id + 'l', autocomplete: 'off', spellcheck: 'false',
        enterkeyhint: 'search', part: 'input'});
      this.list = el('div', {role: 'listbox', id: id + 'l', 'aria-label': 'Talks', part: 'results'});
      this.msg = el('div', {class: 'msg', part: 'message'});
      this.pop = el('div', {class: 'pop', part: 'popup', hidden: ''}, this.list, this.msg);
      this.status = el('div', {role: 'status', class: 'vh'});
      this.uid = id;
      this.opts = [];
      this.active = -1;
      // A constructed sheet is shared by all instances and is allowed under a CSP that forbids inline <style>.
      if (sheet) root.adoptedStyleSheets = [sheet];
      else root.append(el('style', {text: CSS}));
      root.append(this.input, this.pop, this.status);
      this.labelInput();

      this.input.addEventListener('input', () => {
        clearTimeout(this.timer);
        // An answer to older text must not arrive after this keystroke; the list is busy until the new one does.
        if (this.ctl) this.ctl.abort();
        this.ctl = null;
        this.list.setAttribute('aria-busy', 'true');
        this.timer = setTimeout(() => this.run(), DEBOUNCE_MS);
      });
      this.input.addEventListener('keydown', e => this.key(e));
      this.input.addEventListener('blur', () => this.close());
      this.input.addEventListener('focus', () => this.open());
      // Clicks in the popup must not take focus from the input: the combobox keeps it throughout.
      this.pop.addEventListener('mousedown', e => e.preventDefault());
      this.list.addEventListener('click', e => {
        const o = e.target.closest('[role=option]');
        if (o && o.dataset.q != null) {
          e.preventDefault();
          this.choose(o);
        }
      });
    }

    labelInput() {
      const p = this.getAttribute('placeholder') || 'Search talks';
      this.input.placeholder = p;
      this.input.setAttribute('aria-label', this.getAttribute('label') || p);
    }

    base() {
      const a = this.getAttribute('archive');
      try {
        return a ? new URL(a.replace(/\/?$/, '/'), location.href).href : SCRIPT_BASE;
      } catch (e) {
        return null;
      }
    }

    // The filter attributes are the archive's widget facet dimensions (FacetDimension.widget()); a test keeps
    // this list in step with them.
    filters() {
      const f = {};
      for (const k of ['topic', 'season', 'speaker', 'mode']) {
        const v = this.getAttribute(k);
        if (v) f[k] = v;
      }
      return f;
    }

    url(path, params) {
      const u = new URL(path, this.base());
      for (const k in params) u.searchParams.set(k, params[k]);
      return u.href;
    }

    async get(path, params, signal) {
      const r = await fetch(this.url(path, params), {signal, credentials: 'omit', headers: {Accept: 'application/json'}});
      if (!r.ok) {
        const body = await r.json().catch(() => null);
        const err = new Error(body && body.error && body.error.message || 'HTTP ' + r.status);
        err.api = true;
        throw err;
      }
      return r.json();
    }

    async run() {
      clearTimeout(this.timer);
      if (this.ctl) this.ctl.abort();
      this.ctl = null;
      const q = this.input.value.trim();
      if (q.length < MIN_CHARS) return this.show(null);
      if (!this.base()) return this.fail('No archive address: add archive="https://…" to <talk-search>.');
      if (navigator.onLine === false) return this.fail(OFFLINE);
      const ctl = this.ctl = new AbortController();
      const limit = Math.min(20, Math.max(1, parseInt(this.getAttribute('limit'), 10) || 5));
      this.list.setAttribute('aria-busy', 'true');
      try {
        const [res, sug] = await Promise.all([
          this.get('api/v1/search', Object.assign({q, size: limit}, this.filters()), ctl.signal),
          // Suggestions are a nicety: their failure must not hide results.
          this.getAttribute('suggest') === 'off' ? null
              : this.get('api/v1/suggest', {q}, ctl.signal).catch(() => null)
        ]);
        if (ctl === this.ctl) this.show(q, res, sug);
      } catch (e) {
        if (ctl === this.ctl && e.name !== 'AbortError') {
          this.fail(e.api ? 'Search failed: ' + e.message : navigator.onLine === false ? OFFLINE : DOWN);
        }
      }
    }

    option(attrs, ...kids) {
      const o = el(attrs.href ? 'a' : 'div', Object.assign({role: 'option', id: this.uid + 'o' + this.opts.length,
        'aria-selected': 'false', tabindex: '-1'}, attrs), ...kids);
      if (attrs.href && this.getAttribute('target')) o.target = this.getAttribute('target');
      this.opts.push(o);
      return o;
    }

    group(name, options) {
      return options.length ? el('div', {role: 'group', 'aria-label': name},
          el('div', {class: 'h', 'aria-hidden': 'true', text: name}), ...options) : null;
    }

    show(q, res, sug) {
      this.opts = [];
      this.select(-1);
      this.list.textContent = '';
      this.list.removeAttribute('aria-busy');
      this.list.dataset.query = q || '';
      this.msg.textContent = '';
      this.msg.className = 'msg';
      if (q == null) {
        this.status.textContent = '';
        return this.close();
      }
      const lower = q.toLowerCase();
      const hits = res && res.hits || [];
      // A title already listed among the talks would only repeat it.
      const suggestions = (Array.isArray(sug) ? sug : sug && sug.suggestions || [])
          .filter(s => s && s.text && s.text.toLowerCase() !== lower
              && !(s.kind === 'title' && hits.some(h => h.id === s.value)))
          .slice(0, MAX_SUGGESTIONS)
          .map(s => this.option({'data-q': s.text}, s.text, el('span', {class: 'k', text: s.kind})));
      const talks = [];
      for (const hit of hits) talks.push(...this.talk(hit));
      const total = res && typeof res.total === 'number' ? res.total : hits.length;
      const more = [];
      if (total > hits.length) {
        more.push(this.option({class: 'all', href: this.url('search', Object.assign({q}, this.filters()))},
            'All ' + total + ' results in the archive →'));
      }
      // A saved search: the archive's Atom feed of this query and filters, newest talks first.
      if (this.hasAttribute('feed') && total > 0) {
        more.push(this.option({class: 'all feed', href: this.url('search.atom', Object.assign({q}, this.filters()))},
            'Follow new talks on “' + q + '” (Atom feed)'));
      }
      this.list.append(...[this.group('Suggestions', suggestions), this.group('Talks', talks), ...more]
          .filter(Boolean));
      this.list.hidden = !this.opts.length;
      if (!hits.length) this.msg.textContent = 'No talks found for “' + q + '”.';
      this.status.textContent = !total ? 'No talks found.'
          : total + (total === 1 ? ' talk' : ' talks') + ' found' + (total > hits.length ? ', showing ' + hits.length : '') + '.';
      if (this.shadowRoot.activeElement === this.input) this.open();
    }

    talk(hit) {
      // From the archive address the widget talks to, not hit.url: behind a proxy the server may not know its own.
      const page = this.url('talks/' + encodeURIComponent(hit.id));
      const meta = [hit.code, (hit.speakers || []).join(', '), hit.date ? day(hit.date) : hit.status]
          .filter(Boolean).join(' · ');
      const snippet = (hit.snippets || []).find(s => s.field !== 'title');
      const out = [this.option({href: page},
          el('span', {class: 't', text: hit.title}),
          el('span', {class: 'm', text: meta}),
          snippet ? el('span', {class: 's'}, marked(snippet.html)) : null)];
      for (const p of (hit.passages || []).slice(0, MAX_PASSAGES)) {
        // The talk page's transcript line at this second (its anchor is #t<seconds>).
        out.push(this.option({class: 'p', href: page + '#t' + Math.floor(p.start || 0)},
            el('span', {class: 'c', text: clock(p.start)}), el('span', {class: 'vh', text: 'in the transcript: '}),
            p.fragment ? marked(p.fragment.html) : p.html != null ? marked(p.html) : p.text));
      }
      return out;
    }

    fail(text) {
      this.show(null);
      this.msg.textContent = text;
      this.msg.className = 'msg err';
      this.list.hidden = true;
      this.status.textContent = text;
      if (this.shadowRoot.activeElement === this.input) this.open();
    }

    open() {
      const any = this.opts.length > 0;
      if (!any && !this.msg.textContent) return;
      this.pop.hidden = false;
      this.input.setAttribute('aria-expanded', String(any));
    }

    close() {
      this.pop.hidden = true;
      this.input.setAttribute('aria-expanded', 'false');
      this.select(-1);
    }

    select(i) {
      const old = this.opts[this.active];
      if (old) old.setAttribute('aria-selected', 'false');
      this.active = i;
      const o = this.opts[i];
      if (o) {
        o.setAttribute('aria-selected', 'true');
        this.input.setAttribute('aria-activedescendant', o.id);
        o.scrollIntoView({block: 'nearest'});
      } else {
        this.input.removeAttribute('aria-activedescendant');
      }
    }

    choose(o) {
      if (o.dataset.q != null) {
        this.input.value = o.dataset.q;
        this.run();
      } else {
        o.click();
      }
    }

    key(e) {
      const n = this.opts.length, shown = !this.pop.hidden;
      switch (e.key) {
        case 'ArrowDown':
        case 'ArrowUp':
          if (!n) return;
          e.preventDefault();
          if (!shown) {
            this.open();
            if (e.altKey) return;
          }
          // Cycles through the options and back to the input itself (index -1).
          this.select((this.active + 1 + (e.key === 'ArrowDown' ? 1 : -1) + n + 1) % (n + 1) - 1);
          break;
        case 'Enter':
          e.preventDefault();
          if (shown && this.opts[this.active]) this.choose(this.opts[this.active]);
          else this.run();
          break;
        case 'Escape':
          if (shown) this.close();
          else if (this.input.value) {
            this.input.value = '';
            this.show(null);
          } else return;
          e.preventDefault();
          break;
        case 'Tab':
          this.close();
      }
    }
  }

  customElements.define('talk-search', TalkSearch);
})();
