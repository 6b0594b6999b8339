import '@testing-library/jest-dom/vitest';

// jsdom does no layout, so it has no scrollIntoView; the article panel calls it to bring a sentence into view.
// Pipeline tests run in the node environment, where there is no Element at all.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= function scrollIntoView() {};
