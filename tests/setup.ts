import '@testing-library/jest-dom/vitest';

// jsdom does no layout, so it has no scrollIntoView; the article panel calls it to bring a sentence into view.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
