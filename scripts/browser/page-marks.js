// How a script outside the extension sees its marks, run in the page's own (main) world. The contract (issue 10):
// every mention painted is a range in a Highlight registered in CSS.highlights as `sourcelight-entity-<id>`, and
// CSS.highlights belongs to the document, so this world sees what the content script's world registered.
// Builds from before the highlights write <sourcelight-mark> elements instead: those count too, until main drops them.
window.__sourcelightMarks = function () {
  var PREFIX = 'sourcelight-entity-';
  var out = [];
  if (window.CSS && CSS.highlights) {
    CSS.highlights.forEach(function (highlight, name) {
      if (name.indexOf(PREFIX) !== 0) return;
      highlight.forEach(function (range) {
        out.push({ entity: name.slice(PREFIX.length), target: range });
      });
    });
  }
  var elements = window.__sourcelightMarks.elements;
  for (var i = 0; i < elements.length; i++) out.push({ entity: elements[i].getAttribute('data-sourcelight-entity'), target: elements[i] });
  return out;
};
/** The mark elements of builds from before the highlights, as a live list (its length is cheap to read). */
window.__sourcelightMarks.elements = document.getElementsByTagName('sourcelight-mark');

/** A mark's boxes on screen: a StaticRange has none of its own, so a live Range over the same text. */
window.__sourcelightMarks.rects = function (target) {
  if (target.getClientRects) return target.getClientRects();
  var range = document.createRange();
  range.setStart(target.startContainer, target.startOffset);
  range.setEnd(target.endContainer, target.endOffset);
  return range.getClientRects();
};
