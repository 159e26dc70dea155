// Every page: forms and buttons that cannot be undone ask first (data-confirm holds the localised question).
// Without JavaScript the form still works, only without the question.
document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!(form instanceof HTMLFormElement)) return;
    var asking = e.submitter && e.submitter.hasAttribute('data-confirm') ? e.submitter
        : form.hasAttribute('data-confirm') ? form : null;
    if (asking && !window.confirm(asking.getAttribute('data-confirm'))) e.preventDefault();
});
