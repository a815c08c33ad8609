// Quick exit, loaded before any other script and independent of them.
// The button is a plain link to a neutral site, so it works without
// JavaScript; with JavaScript, location.replace() also takes the current page
// out of the Back history, and pressing Escape twice does the same.
(() => {
  const selector = 'a[data-quick-exit]';
  const doublePressMs = 1500;
  let lastEscape = 0;

  const leave = (url) => {
    // Hide the page at once: loading the neutral site can take a moment.
    document.documentElement.hidden = true;
    // An interviewer's saved tally draft (src/lib/tally-form.ts, TALLY_DRAFT_KEY) goes too.
    try {
      localStorage.removeItem('tally-draft');
    } catch {
      // Storage switched off: there is no draft to remove.
    }
    window.location.replace(url);
  };

  const exitUrl = () => document.querySelector(selector)?.href;

  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest(selector) : null;
      if (!link) return;
      event.preventDefault();
      leave(link.href);
    },
    true,
  );

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.repeat) return;
      const now = Date.now();
      const url = exitUrl();
      if (url && now - lastEscape < doublePressMs) leave(url);
      lastEscape = now;
    },
    true,
  );
})();
