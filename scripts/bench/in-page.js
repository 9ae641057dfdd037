// The benchmark's probe, run in the page's own (main) world before any page script: plain JavaScript, not
// TypeScript, so no compiler helper ends up in code that Chromium evaluates on its own.
//
// It counts the extension's marks as they arrive (a MutationObserver sees what the content script's isolated
// world writes to the shared DOM), records long tasks (the content script's tasks run on the page's main thread
// and show up here like the page's own), and offers the baselines: a bare text walk and mark.js.
(function () {
  if (window.__sourcelightBench) return;
  var MARK = 'sourcelight-mark';
  var PROBE_MARK = 'sourcelight-bench-probe';
  var state = {
    probeMark: PROBE_MARK,
    probeAt: performance.mark(PROBE_MARK).startTime,
    marksAdded: 0,
    firstMarkAt: null,
    lastMarkAt: null,
    longTasks: [],
  };
  window.__sourcelightBench = state;

  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) {
      state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    });
  }).observe({ type: 'longtask', buffered: true });

  var observer = new MutationObserver(function (records) {
    var now = performance.now();
    for (var i = 0; i < records.length; i++) {
      var added = records[i].addedNodes;
      for (var j = 0; j < added.length; j++) {
        if (added[j].localName === MARK) {
          state.marksAdded++;
          if (state.firstMarkAt === null) state.firstMarkAt = now;
          state.lastMarkAt = now;
        }
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  /** The baselines write thousands of nodes that are not ours to count: stop watching before them. */
  state.stopCounting = function () {
    observer.disconnect();
  };

  /** Resolves after the next animation frame has been rendered: rAF runs before the frame's style, layout and
   * paint, and a message posted from it is handled once they are done. */
  function afterFrame() {
    return new Promise(function (resolve) {
      requestAnimationFrame(function () {
        var at = performance.now();
        var channel = new MessageChannel();
        channel.port1.onmessage = function () {
          resolve({ rafAt: at, paintedAt: performance.now() });
        };
        channel.port2.postMessage(null);
      });
    });
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  /** Runs `work` (synchronous), then waits for the frame after it; times are from the call. */
  function timed(work) {
    var started = performance.now();
    var result = work();
    var called = performance.now();
    return afterFrame().then(function (frame) {
      var longest = 0;
      state.longTasks.forEach(function (task) {
        if (task.start + task.duration >= started) longest = Math.max(longest, task.duration);
      });
      return {
        result: result,
        callMs: called - started,
        rafMs: frame.rafAt - started,
        paintMs: frame.paintedAt - started,
        longTasksSeenFrom: started,
      };
    });
  }

  state.baselines = {
    /** The floor: a TreeWalker that reads every text node of the body and does nothing else. */
    floor: function () {
      return timed(function () {
        var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        var chars = 0;
        while (walker.nextNode()) chars += walker.currentNode.data.length;
        return chars;
      });
    },
    /** mark.js markRegExp with every alias in one case-insensitive, whole-word regular expression. */
    markRegExp: function (aliases) {
      var sorted = aliases.slice().sort(function (a, b) { return b.length - a.length; });
      var pattern = new RegExp('\\b(?:' + sorted.map(escapeRegExp).join('|') + ')\\b', 'gi');
      return timed(function () {
        var count = 0;
        new window.Mark(document.body).markRegExp(pattern, { each: function () { count++; } });
        return count;
      });
    },
    /** mark.js mark with the alias array: one pass over the page per alias, as mark.js does for arrays. */
    markArray: function (aliases) {
      return timed(function () {
        var count = 0;
        new window.Mark(document.body).mark(aliases, {
          separateWordSearch: false,
          accuracy: 'exactly',
          diacritics: false,
          each: function () { count++; },
        });
        return count;
      });
    },
  };

  function cardShown() {
    var host = document.querySelector('[data-sourcelight-ui="card"]');
    var card = host && host.shadowRoot && host.shadowRoot.querySelector('.sl-card');
    if (!card) return false;
    var box = card.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }

  /**
   * Arms a watch for the next card: notes when the pointer enters `selector`'s first match, then checks every
   * frame until a card with content is on screen. Resolves with both times (null when `timeoutMs` passed).
   */
  state.watchCard = function (selector, timeoutMs) {
    var target = document.querySelector(selector);
    if (!target) return Promise.reject(new Error('no element matches ' + selector));
    var enteredAt = null;
    target.addEventListener('pointerover', function () {
      if (enteredAt === null) enteredAt = performance.now();
    }, { capture: true });
    state.cardWatch = new Promise(function (resolve) {
      var armedAt = performance.now();
      (function check() {
        if (enteredAt !== null && cardShown()) resolve({ enteredAt: enteredAt, shownAt: performance.now() });
        else if (performance.now() - armedAt > timeoutMs) resolve({ enteredAt: enteredAt, shownAt: null });
        else requestAnimationFrame(check);
      })();
    });
    return Promise.resolve(true);
  };
  state.cardShown = cardShown;
})();
