// Entity autocomplete for the search boxes (.entity-box): as the user types, GET /api/entities/autocomplete offers
// entities; choosing one makes a chip that carries "type:identifier" in a hidden input named by the box's data-param,
// so that the search filters by the identifier and finds every synonym. The pages work without this file: chips
// already applied are rendered by the server, and their × is a link to the page without them.
(function () {
  'use strict';
  const MIN_CHARS = 2;
  const DELAY_MS = 200;
  const LIMIT = 8;
  // Query syntax (fields, phrases, groups, Boolean operators, PubTator's @CHEMICAL_name and
  // relations:ANY|@A|@B) is not the beginning of an entity name: it is searched as typed.
  const QUERY_SYNTAX = /["():@|]|\b(AND|OR|NOT)\b/;
  let boxes = 0;

  function element(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function typeBadge(type) {
    return element('span', 'type-badge entity-' + type, type.replace('_', ' '));
  }

  // A chip as the server renders it (layout.html's chip fragment), but removed in place: it was never applied.
  function chip(suggestion, param, onRemove) {
    const el = element('span', 'entity-chip');
    el.title = suggestion.name + ' (' + suggestion.id + ')';
    const hidden = element('input');
    hidden.type = 'hidden';
    hidden.name = param;
    hidden.value = suggestion.type + ':' + suggestion.id;
    const remove = element('button', 'chip-remove', '×');
    remove.type = 'button';
    remove.title = 'Remove ' + suggestion.name;
    remove.setAttribute('aria-label', 'Remove ' + suggestion.name);
    remove.addEventListener('click', () => { el.remove(); onRemove(); });
    el.append(hidden, typeBadge(suggestion.type), element('span', 'chip-name', suggestion.name), remove);
    return el;
  }

  function option(suggestion, id) {
    const li = element('li');
    li.id = id;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.append(typeBadge(suggestion.type), element('span', 's-name', suggestion.name));
    // The synonym that matched, when it is not just the name in other letter case.
    if (suggestion.matched && suggestion.matched.toLowerCase() !== suggestion.name.toLowerCase()) {
      li.append(element('span', 's-matched', suggestion.matched));
    }
    li.append(element('span', 's-count', suggestion.articles.toLocaleString('en')
        + (suggestion.articles === 1 ? ' article' : ' articles')));
    return li;
  }

  function setUp(box) {
    const input = box.querySelector('input.entity-input');
    if (!input) return;  // a one-entity box that already holds its entity
    const form = box.closest('form');
    const param = box.dataset.param;
    // A one-entity box (pair search, related entities) takes nothing but an entity: its first suggestion is the
    // default, and the form is sent once every such box of the form holds one. A box that also takes words searches
    // as soon as an entity is chosen; words typed later keep the chip.
    const single = box.hasAttribute('data-single');
    const list = element('ul', 'entity-suggestions');
    list.id = 'entity-suggestions-' + (++boxes);
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    box.append(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');

    let suggestions = [];
    let active = -1;
    let timer;
    let asked = 0;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      suggestions = [];
      active = -1;
    }

    function highlight(index) {
      active = index;
      [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
      const current = list.children[index];
      if (current && current.id) {
        input.setAttribute('aria-activedescendant', current.id);
        current.scrollIntoView({block: 'nearest'});
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function show(text, found) {
      suggestions = found;
      list.replaceChildren();
      if (found.length === 0) {
        if (!single) { close(); return; }
        list.append(element('li', 's-empty', 'No entity in the index starts with “' + text + '”'));
      }
      found.forEach((s, i) => {
        const li = option(s, list.id + '-' + i);
        li.addEventListener('click', () => choose(s));
        li.addEventListener('mousemove', () => { if (active !== i) highlight(i); });
        list.append(li);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(single && found.length > 0 ? 0 : -1);
    }

    async function ask(text) {
      const mine = ++asked;
      try {
        const response = await fetch('/api/entities/autocomplete?limit=' + LIMIT + '&q=' + encodeURIComponent(text));
        const body = response.ok ? await response.json() : {suggestions: []};
        // A later keystroke asked again; its answer is the one to show.
        if (mine === asked) show(text, body.suggestions);
      } catch (e) {
        if (mine === asked) close();
      }
    }

    function choose(suggestion) {
      const made = chip(suggestion, param, () => {
        if (single) { input.hidden = false; input.disabled = false; }
        input.focus();
      });
      box.insertBefore(made, input);
      input.value = '';
      close();
      if (!single) {
        form.requestSubmit();
        return;
      }
      // The typed text must not be sent as a second value of the parameter.
      input.hidden = true;
      input.disabled = true;
      const next = [...form.querySelectorAll('.entity-box[data-single] input.entity-input')].find(i => !i.disabled);
      if (next) next.focus(); else form.requestSubmit();
    }

    input.addEventListener('input', () => {
      clearTimeout(timer);
      const text = input.value.trim();
      if (text.length < MIN_CHARS || (!single && QUERY_SYNTAX.test(text))) {
        asked++;  // an answer still on its way is no longer wanted
        close();
        return;
      }
      timer = setTimeout(() => ask(text), DELAY_MS);
    });

    input.addEventListener('keydown', (event) => {
      if (list.hidden) return;
      const n = suggestions.length;
      if (event.key === 'ArrowDown' && n > 0) {
        event.preventDefault();
        highlight((active + 1) % n);
      } else if (event.key === 'ArrowUp' && n > 0) {
        event.preventDefault();
        highlight(active <= 0 ? n - 1 : active - 1);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        choose(suggestions[active]);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    });

    // Clicking a suggestion must not blur the input first, which would close the list under the pointer.
    list.addEventListener('mousedown', (event) => event.preventDefault());
    input.addEventListener('blur', close);
  }

  document.querySelectorAll('.entity-box').forEach(setUp);

  // A page that asks for entities (pair search, related entities) puts the cursor in the first empty one, rather
  // than in the top bar's search box.
  const empty = document.querySelector('.entity-box[data-single] input.entity-input:not([disabled])');
  if (empty && !empty.value) empty.focus();

  // The related-entities page: choosing a type shows its entities at once, when an entity is chosen.
  document.querySelectorAll('select[data-submit-on-change]').forEach((select) => {
    select.addEventListener('change', () => {
      if (select.form.querySelector('.entity-chip input[type=hidden]')) {
        select.form.requestSubmit();
      }
    });
  });
})();
