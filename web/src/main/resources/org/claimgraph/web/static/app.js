// claimgraph web UI: the article page's highlights and side panel. No inline script anywhere (the
// Content-Security-Policy forbids it); everything here reads the server-rendered, escaped page.
(function () {
  'use strict';

  function showNotes(ids) {
    var panel = document.getElementById('panel');
    if (!panel) {
      return;
    }
    panel.querySelectorAll('.note').forEach(function (note) {
      note.hidden = ids.indexOf(note.id) < 0;
    });
    var hint = panel.querySelector('.hint');
    if (hint) {
      hint.hidden = ids.length > 0;
    }
  }

  function select(piece) {
    document.querySelectorAll('.m.selected').forEach(function (other) {
      other.classList.remove('selected');
    });
    piece.classList.add('selected');
    showNotes((piece.getAttribute('data-notes') || '').split(' ').filter(Boolean));
  }

  // Highlights the statement named by the address's #s<id>, scrolls it into view and explains it.
  function showTarget() {
    var id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (malformed) {
      return; // not an address this page wrote
    }
    if (!id) {
      return;
    }
    var target = document.getElementById(id);
    if (!target || !target.hasAttribute('data-s')) {
      return;
    }
    document.querySelectorAll('.m.current').forEach(function (other) {
      other.classList.remove('current');
    });
    document.querySelectorAll('.m[data-s]').forEach(function (piece) {
      if (piece.getAttribute('data-s').split(' ').indexOf(id) >= 0) {
        piece.classList.add('current');
      }
    });
    target.scrollIntoView({block: 'center'});
    var notes = (target.getAttribute('data-notes') || '').split(' ').filter(Boolean);
    showNotes(notes.slice(0, 1));
  }

  document.addEventListener('DOMContentLoaded', function () {
    var text = document.getElementById('text');
    if (text) {
      text.addEventListener('click', function (event) {
        var piece = event.target.closest('.m');
        if (piece) {
          select(piece);
        }
      });
      text.addEventListener('keydown', function (event) {
        var piece = event.target.closest('.m');
        if (piece && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          select(piece);
        }
      });
      showTarget();
      window.addEventListener('hashchange', showTarget);
    }
  });
})();
