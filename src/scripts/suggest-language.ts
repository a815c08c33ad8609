/**
 * On the language chooser and the 404 page: moves the suggested language's
 * item (`[data-lang]` inside `[data-language-list]`) to the top and marks it.
 */
import { suggestedLanguage } from '../lib/suggest-language';

const list = document.querySelector<HTMLElement>('[data-language-list]');
if (list) {
  const items = [...list.querySelectorAll<HTMLElement>(':scope > [data-lang]')];
  const offered = items.map((item) => item.dataset.lang ?? '');
  const wanted = suggestedLanguage(location.pathname, list.dataset.base ?? '', navigator.languages, offered);
  const match = items.find((item) => item.dataset.lang === wanted);
  if (match) {
    list.prepend(match);
    match.classList.add('card--suggested');
  }
}
