// Keeps the campaign countdown ticking. The server renders the correct value (its clock); this only refreshes it
// each minute from the target instant (UTC) in data-target, so the browser's time zone does not matter.
(function () {
    const el = document.getElementById('campaign-countdown');
    if (!el) return;
    const target = Date.parse(el.dataset.target);
    const value = el.querySelector('.countdown-value');
    if (isNaN(target) || !value) return;
    function tick() {
        const left = Math.max(0, target - Date.now());
        const minutes = Math.floor(left / 60000);
        const days = Math.floor(minutes / 1440), hours = Math.floor((minutes % 1440) / 60), mins = minutes % 60;
        value.textContent = `${days} ${el.dataset.labelDays} ${hours} ${el.dataset.labelHours} ${mins} ${el.dataset.labelMinutes}`;
    }
    setInterval(tick, 60000);
})();
