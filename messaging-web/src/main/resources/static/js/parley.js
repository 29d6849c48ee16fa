/*
 * Parley's progressive enhancements. Every page works without this file; with it:
 * - the compose forms check the draft while typing (the same dry run as sending) and
 *   show each violation with the offending spans marked in a preview;
 * - the template picker fills the reply box without reloading the page;
 * - due times count down;
 * - live updates: one EventSource per page (/live/events) keeps the header's unread badge,
 *   the inbox's counts and rows and a thread's messages current, whichever application
 *   instance stored the change; the fresh parts are fetched as the server renders them;
 * - team presence on a seller's thread page: the page pings who is viewing or replying
 *   (unsent text typed in the last 20 s) every 15 s and on every change, and shows the
 *   other members the event stream reports;
 * - an account without a time zone gets the browser's, once;
 * - compose boxes get a formatting toolbar (bold, italic, lists, link) that inserts the
 *   marks the server turns into exactly the HTML the sanitizer keeps (PlainText); the
 *   same marks can be typed without it.
 * No inline script anywhere (the Content-Security-Policy forbids it); text from the
 * server is only ever set with textContent, never parsed as HTML.
 */
(function () {
  'use strict';

  function csrfHeaders() {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (header && token) {
      headers[header.getAttribute('content')] = token.getAttribute('content');
    }
    return headers;
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function renderCheck(container, result) {
    var labels = container.dataset;
    container.textContent = '';
    if (!result.violations || result.violations.length === 0) {
      container.appendChild(element('p', 'check-ok', labels.labelOk));
      return;
    }
    var box = element('div', 'alert ' + (result.verdict === 'BLOCK' ? 'alert-error' : 'alert-warn') + ' live-check');
    box.appendChild(element('p', 'refusal-title', labels.labelViolations));
    var list = element('ul', 'violations');
    result.violations.forEach(function (violation) {
      var item = element('li');
      item.dataset.rule = violation.rule;
      item.appendChild(element('strong', null, (violation.label || violation.rule) + ' '));
      item.appendChild(element('span', null, violation.message));
      list.appendChild(item);
    });
    box.appendChild(list);
    container.appendChild(box);
    var segments = (result.marked && result.marked.segments) || [];
    if (segments.some(function (segment) { return segment.marked; })) {
      var preview = element('div', 'check-preview-box');
      preview.appendChild(element('p', 'preview-label', labels.labelPreview));
      var text = element('p', 'check-preview');
      segments.forEach(function (segment) {
        if (segment.marked) {
          var mark = element('mark', null, segment.text);
          if (segment.label) {
            mark.title = segment.label;
          }
          text.appendChild(mark);
        } else {
          text.appendChild(document.createTextNode(segment.text));
        }
      });
      preview.appendChild(text);
      container.appendChild(preview);
    }
  }

  function liveCheck(form) {
    var url = form.dataset.checkUrl;
    var container = document.getElementById('check-result');
    var body = form.querySelector('textarea[name="body"]');
    if (!url || !container || !body) {
      return;
    }
    var timer = null;
    var sequence = 0;
    function check() {
      var text = body.value;
      if (text.trim() === '') {
        container.textContent = '';
        return;
      }
      var draft = { body: text };
      var subject = form.querySelector('[name="subject"]');
      var action = form.querySelector('[name="action"]');
      var topic = form.querySelector('[name="topic"]');
      if (subject && subject.value) { draft.subject = subject.value; }
      if (action && action.value) { draft.action = action.value; }
      if (topic && topic.value) { draft.topic = topic.value; }
      var mine = ++sequence;
      fetch(url, { method: 'POST', headers: csrfHeaders(), body: JSON.stringify(draft), credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) { throw new Error(String(response.status)); }
          return response.json();
        })
        .then(function (result) {
          if (mine === sequence) { renderCheck(container, result); }
        })
        .catch(function () {
          if (mine === sequence) {
            container.textContent = '';
            container.appendChild(element('p', 'muted', container.dataset.labelError));
          }
        });
    }
    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(check, 400);
    }
    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
    form.parleyCheck = check;
  }

  function templatePicker(picker) {
    var form = document.getElementById('compose-form');
    var select = picker.querySelector('select');
    if (!form || !select || !picker.dataset.fillUrl) {
      return;
    }
    function fill(event) {
      if (event) { event.preventDefault(); }
      fetch(picker.dataset.fillUrl + encodeURIComponent(select.value),
        { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) { throw new Error(String(response.status)); }
          return response.json();
        })
        .then(function (filled) {
          form.querySelector('[name="subject"]').value = filled.subject || '';
          var gaps = document.getElementById('template-gaps');
          if (gaps) {
            var unfilled = filled.unfilled || [];
            gaps.textContent = gaps.dataset.label.replace('{0}', unfilled.join(', '));
            gaps.hidden = unfilled.length === 0;
          }
          var body = form.querySelector('[name="body"]');
          body.value = filled.body || '';
          body.focus();
          if (form.parleyCheck) { form.parleyCheck(); }
        })
        .catch(function () { picker.submit(); });
    }
    picker.addEventListener('submit', fill);
  }

  function countdowns() {
    var clocks = document.querySelectorAll('[data-due]');
    if (clocks.length === 0) {
      return;
    }
    // The words come once per page (#due-formats), not with every due time.
    var words = (document.getElementById('due-formats') || { dataset: {} }).dataset;
    function tick() {
      var now = Date.now();
      clocks.forEach(function (clock) {
        var due = Date.parse(clock.dataset.due);
        if (isNaN(due)) { return; }
        var left = due - now;
        var overdue = left < 0;
        var minutes = Math.floor(Math.abs(left) / 60000);
        var days = minutes >= 48 * 60;
        var format = overdue ? (days ? words.fmtOverdueDays : words.fmtOverdue)
          : (days ? words.fmtLeftDays : words.fmtLeft);
        if (!format) { return; }
        clock.classList.toggle('overdue', overdue);
        clock.textContent = format.replace('{h}', String(Math.floor(minutes / 60)))
          .replace('{m}', String(minutes % 60)).replace('{d}', String(Math.floor(minutes / 1440)));
      });
    }
    setInterval(tick, 30000);
  }

  function defaultTimeZone() {
    var chosen = document.querySelector('meta[name="time-zone-chosen"]');
    var url = document.querySelector('meta[name="time-zone-url"]');
    if (!chosen || !url || chosen.getAttribute('content') !== 'false' || !window.Intl || !Intl.DateTimeFormat) {
      return;
    }
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) { return; }
    var headers = csrfHeaders();
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    headers['X-Parley-Default-Zone'] = '1';
    fetch(url.getAttribute('content'), { method: 'POST', headers: headers, credentials: 'same-origin',
      body: 'zone=' + encodeURIComponent(zone) }).catch(function () { /* stays UTC */ });
  }

  // Replaces the parts of this page that a fresh rendering of it has changed.
  function refreshFrom(url, selectors) {
    return fetch(url, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        selectors.forEach(function (selector) {
          var now = document.querySelector(selector);
          var then = fresh.querySelector(selector);
          if (now && then) {
            // Keep what the viewer ticked in the bulk form.
            var ticked = {};
            now.querySelectorAll('input[type=checkbox]:checked').forEach(function (box) { ticked[box.value] = true; });
            var node = document.importNode(then, true);
            node.querySelectorAll('input[type=checkbox]').forEach(function (box) {
              if (ticked[box.value]) { box.checked = true; }
            });
            now.replaceWith(node);
          }
        });
        document.dispatchEvent(new CustomEvent('parley:refreshed'));
      });
  }

  function liveUpdates() {
    var meta = document.querySelector('meta[name="live-events"]');
    if (!meta || !window.EventSource) {
      return;
    }
    var inbox = document.querySelector('[data-live-inbox]');
    var threadMatch = /\/(seller|buyer)\/threads\/(\d+)$/.exec(location.pathname);
    var pending = null;
    function schedule(task) {
      clearTimeout(pending);
      pending = setTimeout(task, 150);
    }
    // A seller's thread page (also when it comes back from a refused send) hears who
    // else of the team is on the thread.
    var presence = document.getElementById('presence');
    var watched = presence && /\/threads\/(\d+)\/presence$/.exec(presence.dataset.presenceUrl || '');
    var url = meta.getAttribute('content');
    if (watched) {
      url += (url.indexOf('?') < 0 ? '?' : '&') + 'thread=' + watched[1];
    }
    var source = new EventSource(url);
    source.addEventListener('open', function () { document.documentElement.dataset.live = 'open'; });
    source.addEventListener('inbox', function (event) {
      var data;
      try { data = JSON.parse(event.data); } catch (e) { return; }
      document.querySelectorAll('[data-live-badge]').forEach(function (badge) {
        var number = badge.querySelector('[data-live-unread]');
        if (number) { number.textContent = String(data.unread); }
        badge.hidden = data.unread === 0;
      });
      if (!data.kind) {
        return;
      }
      if (inbox) {
        Object.keys(data.counts || {}).forEach(function (filter) {
          inbox.querySelectorAll('[data-count="' + filter + '"]').forEach(function (count) {
            count.textContent = String(data.counts[filter]);
          });
        });
        if (inbox.dataset.liveFirstPage === 'true') {
          schedule(function () { refreshFrom(location.href, ['#inbox-results', '.tabs']).catch(function () {}); });
        }
      } else if (threadMatch && data.kind === 'MESSAGE' && String(data.thread) === threadMatch[2]) {
        schedule(function () { refreshFrom(location.href, ['ol.messages', '.thread-meta']).catch(function () {}); });
      }
    });
    if (watched) {
      source.addEventListener('presence', function (event) {
        var data;
        try { data = JSON.parse(event.data); } catch (e) { return; }
        if (String(data.thread) === watched[1]) { showPresence(presence, data.viewers || []); }
      });
    }
    window.addEventListener('pagehide', function () { source.close(); });
  }

  function showPresence(presence, viewers) {
    presence.textContent = '';
    viewers.forEach(function (viewer, index) {
      var label = viewer.state === 'replying' ? presence.dataset.labelReplying : presence.dataset.labelViewing;
      var name = viewer.name || presence.dataset.labelOwner;
      if (index > 0) { presence.appendChild(document.createTextNode(' · ')); }
      presence.appendChild(element('span', 'presence-' + viewer.state + (viewer.state === 'replying' ? ' replying' : ''),
        label.replace('{0}', name)));
    });
    presence.hidden = viewers.length === 0;
  }

  // Tells the team who has this thread open and who is writing a reply (issue 16).
  function presencePings(presence) {
    var url = presence.dataset.presenceUrl;
    var body = document.querySelector('#compose-form textarea[name="body"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (!url || !header || !token) {
      return;
    }
    var TYPING = 20000;
    var EVERY = 15000;
    var lastInput = 0;
    var sent = null;
    var sentAt = 0;
    var retry = null;
    function state() {
      return (body && body.value.trim() !== '' && Date.now() - lastInput < TYPING) ? 'replying' : 'viewing';
    }
    function ping(force) {
      var now = state();
      if (document.visibilityState === 'hidden' || (!force && now === sent)) { return; }
      var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
      headers[header.getAttribute('content')] = token.getAttribute('content');
      sent = now;
      sentAt = Date.now();
      fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin', body: 'state=' + now })
        .then(function (response) {
          if (response.status === 429) {
            // Changed state too quickly: say it again in a moment.
            sent = null;
            clearTimeout(retry);
            retry = setTimeout(function () { ping(false); }, 1100);
          }
        })
        .catch(function () { sent = null; });
    }
    if (body) {
      body.addEventListener('input', function () { lastInput = Date.now(); ping(false); });
    }
    setInterval(function () { ping(Date.now() - sentAt >= EVERY); }, 2500);
    document.addEventListener('visibilitychange', function () { ping(true); });
    window.addEventListener('pagehide', function () {
      if (navigator.sendBeacon) {
        var form = new URLSearchParams();
        form.append('state', 'gone');
        form.append('_csrf', token.getAttribute('content'));
        navigator.sendBeacon(url, form);
      }
    });
    ping(true);
  }

  // Wraps the selection of a textarea in marks (or prefixes its lines), keeps it selected.
  function formatToolbar(area) {
    var bar = element('div', 'format-toolbar');
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', area.dataset.tbLabel || 'Formatting');
    bar.setAttribute('aria-controls', area.id);
    function wrap(before, after) {
      var start = area.selectionStart, end = area.selectionEnd, value = area.value;
      var chosen = value.substring(start, end) || area.dataset.tbSample || 'text';
      area.value = value.substring(0, start) + before + chosen + after + value.substring(end);
      area.setSelectionRange(start + before.length, start + before.length + chosen.length);
    }
    function lines(prefix) {
      var value = area.value, start = value.lastIndexOf('\n', area.selectionStart - 1) + 1;
      var end = value.indexOf('\n', area.selectionEnd);
      if (end < 0) { end = value.length; }
      var n = 0;
      var block = value.substring(start, end).split('\n').map(function (line) {
        n += 1;
        return (prefix === '1. ' ? n + '. ' : prefix) + line.replace(/^\s*(- |\d{1,3}\. )/, '');
      }).join('\n');
      area.value = value.substring(0, start) + block + value.substring(end);
      area.setSelectionRange(start, start + block.length);
    }
    var tools = [
      ['bold', function () { wrap('**', '**'); }],
      ['italic', function () { wrap('*', '*'); }],
      ['bullets', function () { lines('- '); }],
      ['numbers', function () { lines('1. '); }],
      ['link', function () {
        var url = window.prompt(area.dataset.tbLinkPrompt || 'https://', 'https://');
        if (url && /^https:\/\/[^\s()<>"]+$/.test(url)) { wrap('[', '](' + url + ')'); }
      }]
    ];
    tools.forEach(function (tool) {
      var button = element('button', 'tool tool-' + tool[0], area.dataset['tb' + tool[0].charAt(0).toUpperCase() + tool[0].slice(1)] || tool[0]);
      button.type = 'button';
      button.addEventListener('click', function () {
        tool[1]();
        area.focus();
        area.dispatchEvent(new Event('input', { bubbles: true }));
      });
      bar.appendChild(button);
    });
    area.parentNode.insertBefore(bar, area);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('textarea[data-toolbar]').forEach(formatToolbar);
    document.querySelectorAll('form[data-check-url]').forEach(liveCheck);
    var picker = document.getElementById('template-picker');
    if (picker) { templatePicker(picker); }
    countdowns();
    defaultTimeZone();
    liveUpdates();
    var presence = document.getElementById('presence');
    if (presence) { presencePings(presence); }
  });
})();
