/*
 * Addresses from before every view had a page of its own kept the view in the hash:
 * /#/events/x?actors=macron. This sends such an address to the same view's page,
 * /events/x/?actors=macron, before anything is drawn. It runs as a plain script in <head>
 * (no inline script: the Content-Security-Policy forbids those).
 */
(function () {
  var hash = window.location.hash;
  if (hash.indexOf('#/') !== 0) return;
  var script = document.currentScript;
  // This file sits at the root of the site's base path, so its folder is the base.
  var base = script ? new URL('.', script.src).pathname : '/';
  var route = hash.slice(1);
  var at = route.indexOf('?');
  var path = at < 0 ? route : route.slice(0, at);
  var query = at < 0 ? '' : route.slice(at);
  if (path.charAt(path.length - 1) !== '/') path += '/';
  window.location.replace(base.replace(/\/$/, '') + path + query);
})();
