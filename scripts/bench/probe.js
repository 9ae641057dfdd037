// The benchmark's probe in the page's own (main) world, installed before any page script, after
// scripts/browser/page-marks.js. Plain JavaScript, so Chromium evaluates it as written. It keeps a heartbeat, notes
// every frame and when each mark was first seen registered, and does in the page what the benchmark asks: scroll,
// the page's own DOM work, mark.js, and watching for a card.
(function () {
  var marks = window.__sourcelightMarks;
  var state = { gaps: [], frames: [], lastChangeAt: null, card: null };
  window.__bench = state;

  // Zero-delay timers (4 ms apart once nested): a gap between two beats is time the page's own scripts could not
  // run, whether a task, a frame's rendering or a chain of higher-priority tasks held the main thread.
  var lastBeat = performance.now();
  (function beat() {
    var now = performance.now();
    state.gaps.push([lastBeat, now - lastBeat]);
    lastBeat = now;
    setTimeout(beat, 0);
  })();

  // Every frame: which marks are registered, and when that frame was painted (a message posted from
  // requestAnimationFrame is handled once the frame's style, layout and paint are done). A mark is known by the text
  // it covers, so a range rebuilt over the same text is the same mark; one seen for the first time, or again after
  // it was dropped, is new as of that frame.
  var current = new Map();
  var ids = new WeakMap();
  var lastId = 0;
  function idOf(node) {
    if (!ids.has(node)) ids.set(node, ++lastId);
    return ids.get(node);
  }
  var pending = [];
  var waiters = [];
  var channel = new MessageChannel();
  channel.port1.onmessage = function () {
    var frame = [pending.shift(), performance.now()];
    state.frames.push(frame);
    waiters = waiters.filter(function (w) {
      if (frame[0] < w.after) return true;
      w.resolve(frame[1]);
      return false;
    });
  };
  function onFrame() {
    var now = performance.now();
    scan(now);
    pending.push(now);
    channel.port2.postMessage(null);
    requestAnimationFrame(onFrame);
  }
  function scan(now) {
    var next = new Map();
    var fresh = false;
    marks().forEach(function (mark) {
      var r = mark.range;
      var key = [idOf(r.startContainer), r.startOffset, idOf(r.endContainer), r.endOffset].join();
      var known = current.get(key);
      fresh = fresh || !known;
      next.set(key, [r, known ? known[1] : now]);
    });
    if (fresh || next.size !== current.size) state.lastChangeAt = now;
    current = next;
  }
  requestAnimationFrame(onFrame);

  /** When the first frame that began at or after `t` was painted. */
  function paintedAfter(t) {
    for (var i = 0; i < state.frames.length; i++) if (state.frames[i][0] >= t) return Promise.resolve(state.frames[i][1]);
    return new Promise(function (resolve) {
      waiters.push({ after: t, resolve: resolve });
    });
  }

  function visibleRects(range) {
    return Array.prototype.filter.call(marks.rects(range), function (r) {
      return r.width > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    });
  }

  state.status = function () {
    var navigation = performance.getEntriesByType('navigation')[0];
    return { now: performance.now(), load: navigation ? navigation.loadEventEnd : 0, lastChangeAt: state.lastChangeAt, registered: current.size };
  };
  /** The longest heartbeat gap, and the longest time between two frames, that started at or after `from`. */
  state.longest = function (from) {
    var frames = state.frames.map(function (f, i, all) {
      return i ? [all[i - 1][0], f[0] - all[i - 1][0]] : [f[0], 0];
    });
    function longest(list) {
      return list.reduce(function (max, gap) {
        return gap[0] >= from ? Math.max(max, gap[1]) : max;
      }, 0);
    }
    return { beatMs: longest(state.gaps), frameMs: longest(frames) };
  };
  /**
   * Main-thread time the page's timers lost from `from` on: every heartbeat gap beyond the 4 ms a nested zero-delay
   * timer waits anyway, added up. With against without the extension, the difference is what it took.
   */
  state.busy = function (from) {
    return state.gaps.reduce(function (sum, gap) {
      return gap[0] >= from ? sum + Math.max(0, gap[1] - 4) : sum;
    }, 0);
  };
  /** The marks on screen now: how many, and when the frame that showed the last of them (or `since`) was painted. */
  state.onScreen = function (since) {
    var lastSeen = since;
    var count = 0;
    current.forEach(function (mark) {
      if (visibleRects(mark[0]).length === 0) return;
      count++;
      lastSeen = Math.max(lastSeen, mark[1]);
    });
    return paintedAfter(lastSeen).then(function (paintedAt) {
      return { count: count, paintedAt: paintedAt };
    });
  };
  /** Jumps to `fraction` of the page's height, as dragging the scrollbar does; returns when. */
  state.scrollTo = function (fraction) {
    var at = performance.now();
    window.scrollTo(0, fraction * (document.documentElement.scrollHeight - innerHeight));
    return at;
  };

  /**
   * Runs `work` (synchronous); resolves with its result, the time of the task it ran in (mutation observers, the
   * page's and ours, answer at the microtask checkpoint that ends it), and the time until the frame after it was
   * painted.
   */
  function timed(work) {
    var started = performance.now();
    var result = work();
    return Promise.resolve().then(function () {
      var taskMs = performance.now() - started;
      return paintedAfter(performance.now()).then(function (paintedAt) {
        return { result: result, taskMs: taskMs, paintedMs: paintedAt - started };
      });
    });
  }
  /** The page's own DOM work: `pairs` paragraphs appended to the article and removed again. */
  state.domWork = function (pairs) {
    var parent = document.querySelector('article') || document.body;
    return timed(function () {
      for (var i = 0; i < pairs; i++) {
        var p = document.createElement('p');
        p.textContent = 'An update from the page itself.';
        parent.appendChild(p);
        parent.removeChild(p);
      }
      return pairs;
    });
  };
  /** mark.js `markRegExp` with every alias in one case-insensitive, whole-word regular expression. */
  state.markRegExp = function (aliases) {
    var escaped = aliases
      .slice()
      .sort(function (a, b) { return b.length - a.length; })
      .map(function (a) { return a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); });
    var pattern = new RegExp('\\b(?:' + escaped.join('|') + ')\\b', 'gi');
    return timed(function () {
      var count = 0;
      new window.Mark(document.body).markRegExp(pattern, { each: function () { count++; } });
      return count;
    });
  };

  /** The centre of the `index`-th mark on screen that sits on one line (for the pointer), or null. */
  state.markCentre = function (index) {
    var boxes = [];
    current.forEach(function (mark) {
      var rects = visibleRects(mark[0]);
      if (rects.length === 1) boxes.push(rects[0]);
    });
    var box = boxes[index % Math.max(1, boxes.length)];
    return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
  };
  /** A card is open when the card host, whose closed shadow root holds it, is in the page with a box. */
  function cardShown() {
    var host = document.querySelector('sourcelight-card-host');
    if (!host) return false;
    var box = host.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }
  /**
   * Arms `state.card`: the time from the pointer reaching `point` (the first pointermove within 2 px of it) to the
   * first frame with a card on screen, or null when none showed within `timeoutMs`.
   */
  state.watchCard = function (point, timeoutMs) {
    var enteredAt = null;
    var armedAt = performance.now();
    function onMove(event) {
      var near = Math.abs(event.clientX - point.x) <= 2 && Math.abs(event.clientY - point.y) <= 2;
      if (enteredAt === null && near) enteredAt = performance.now();
    }
    addEventListener('pointermove', onMove, { capture: true, passive: true });
    state.card = new Promise(function (resolve) {
      (function check() {
        var done = enteredAt !== null && cardShown();
        if (!done && performance.now() - armedAt < timeoutMs) return void requestAnimationFrame(check);
        removeEventListener('pointermove', onMove, { capture: true });
        resolve(done ? performance.now() - enteredAt : null);
      })();
    });
  };
})();
