// Print buttons of the duty pages (no inline script).
document.querySelectorAll('[data-print]').forEach(b => b.addEventListener('click', () => window.print()));
