// How a script outside the extension sees its marks, run in the page's own (main) world. The contract (issue 10):
// every mention painted is a range in a Highlight registered in CSS.highlights as `sourcelight-entity-<id>`, and
// CSS.highlights belongs to the document, so this world sees what the content script's world registered.
window.__sourcelightMarks = function () {
  var PREFIX = 'sourcelight-entity-';
  var out = [];
  if (!window.CSS || !CSS.highlights) return out;
  CSS.highlights.forEach(function (highlight, name) {
    if (name.indexOf(PREFIX) !== 0) return;
    highlight.forEach(function (range) {
      out.push({ entity: name.slice(PREFIX.length), range: range });
    });
  });
  return out;
};

/** A mark's boxes on screen: a StaticRange has none of its own, so a live Range over the same text. */
window.__sourcelightMarks.rects = function (range) {
  if (range.getClientRects) return range.getClientRects();
  var live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.getClientRects();
};
