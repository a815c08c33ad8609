// html-validate configuration for the built pages (tests/dist/html-validate.test.ts).
// A JavaScript file rather than .htmlvalidate.json so each exception can say why.
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles are "<entry name> · <network name>"; the network's full name
    // alone is ~45 characters in Russian, so long entry names go past 70. The
    // limit is a search-snippet preference, not a validity or accessibility rule.
    'long-title': 'off',
    // Several checkboxes with one name is how a form submits a list
    // (?type=nsp&type=ost in the directory's filters); the rule's default
    // only allows shared names for radio buttons and buttons.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
