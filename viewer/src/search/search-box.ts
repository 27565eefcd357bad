import { el } from '../dom';
import type { ViewerGraph } from '../graph/types';
import { typeName } from '../legend/utils';
import type { Store } from '../state/store';
import { searchEntities, searchRelations, type SearchIndex } from './utils';

export interface SearchChoice {
  node?: string;
  edge?: string;
}

/**
 * A combobox over entity names and aliases (and relation wording, listed after the entities).
 * Typing highlights matches in the graph; choosing a suggestion hands it to `onChoose`.
 */
export function mountSearch(
  container: HTMLElement,
  graph: ViewerGraph,
  index: SearchIndex,
  store: Store,
  onChoose: (choice: SearchChoice) => void,
): () => void {
  const listId = 'search-suggestions';
  const input = el('input', {
    className: 'search-input',
    attrs: {
      type: 'search',
      role: 'combobox',
      'aria-label': 'Search entities',
      'aria-autocomplete': 'list',
      'aria-controls': listId,
      'aria-expanded': 'false',
      placeholder: 'Search entities…',
      autocomplete: 'off',
      spellcheck: 'false',
    },
  });
  const list = el('ul', { className: 'suggestions', attrs: { id: listId, role: 'listbox', 'aria-label': 'Suggestions' } });
  list.hidden = true;
  let options: Array<{ element: HTMLElement; choice: SearchChoice }> = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (position: number) => {
    options[active]?.element.setAttribute('aria-selected', 'false');
    active = position;
    const option = options[active];
    if (!option) return input.removeAttribute('aria-activedescendant');
    option.element.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.element.id);
    option.element.scrollIntoView({ block: 'nearest' });
  };

  const choose = (choice: SearchChoice, text: string) => {
    input.value = text;
    close();
    store.set({ searchQuery: '' });
    onChoose(choice);
  };

  const suggest = () => {
    const query = input.value;
    store.set({ searchQuery: query });
    const entities = searchEntities(index, query);
    const relations = searchRelations(graph, index, query);
    options = [];
    const items: HTMLElement[] = [];
    entities.forEach((hit) => {
      const id = `suggestion-${options.length}`;
      const item = el('li', { className: 'suggestion', attrs: { id, role: 'option', 'aria-selected': 'false' } }, [
        el('span', { className: 'suggestion-label', text: hit.label }),
        ...(hit.via ? [el('span', { className: 'suggestion-via', text: hit.via })] : []),
        el('span', { className: `type-tag type-${hit.entityType}`, text: typeName(hit.entityType) }),
      ]);
      const choice = { node: hit.node };
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(choice, hit.label);
      });
      options.push({ element: item, choice });
      items.push(item);
    });
    if (relations.length) items.push(el('li', { className: 'suggestion-heading', text: 'Relations', attrs: { role: 'presentation' } }));
    relations.forEach((hit) => {
      const id = `suggestion-${options.length}`;
      const item = el('li', { className: 'suggestion relation', attrs: { id, role: 'option', 'aria-selected': 'false' } }, [
        el('span', { className: 'suggestion-label', text: hit.text }),
      ]);
      const choice = { edge: hit.edge };
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(choice, hit.text);
      });
      options.push({ element: item, choice });
      items.push(item);
    });
    if (!items.length && query.trim()) items.push(el('li', { className: 'suggestion-empty', text: 'No matching entity', attrs: { role: 'presentation' } }));
    list.replaceChildren(...items);
    const open = items.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    active = -1;
    if (options.length) setActive(0);
  };

  input.addEventListener('input', suggest);
  input.addEventListener('focus', () => input.value && suggest());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      if (list.hidden) suggest();
      else setActive((active + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      setActive((active - 1 + options.length) % options.length);
    } else if (event.key === 'Enter' && !list.hidden && options[active]) {
      event.preventDefault();
      const option = options[active];
      choose(option.choice, option.element.querySelector('.suggestion-label')?.textContent ?? input.value);
    } else if (event.key === 'Escape') {
      close();
      store.set({ searchQuery: '' });
    }
  });

  container.replaceChildren(el('div', { className: 'search' }, [input, list]));
  return () => store.set({ searchQuery: '' });
}
