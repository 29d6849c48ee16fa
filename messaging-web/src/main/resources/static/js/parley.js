/*
 * Parley's progressive enhancements. Every page works without this file; with it:
 * - the compose forms check the draft while typing (the same dry run as sending) and
 *   show each violation with the offending spans marked in a preview;
 * - the template picker fills the reply box without reloading the page;
 * - due times count down.
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
    function tick() {
      var now = Date.now();
      clocks.forEach(function (clock) {
        var due = Date.parse(clock.dataset.due);
        if (isNaN(due)) { return; }
        var left = due - now;
        var overdue = left < 0;
        var minutes = Math.floor(Math.abs(left) / 60000);
        var format = overdue ? clock.dataset.fmtOverdue : clock.dataset.fmtLeft;
        if (!format) { return; }
        clock.classList.toggle('overdue', overdue);
        clock.textContent = format.replace('{h}', String(Math.floor(minutes / 60)))
          .replace('{m}', String(minutes % 60));
      });
    }
    setInterval(tick, 30000);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-check-url]').forEach(liveCheck);
    var picker = document.getElementById('template-picker');
    if (picker) { templatePicker(picker); }
    countdowns();
  });
})();
